/*
 * xlate.c - one JVM method to pvm register code: pass 1 (the operand
 * stack's slot types at every reachable pc, by abstract interpretation over
 * the control flow), the exception regions, the emitter and its jump
 * fix-ups, and the driver. xlate_ops.c emits each instruction.
 *
 * Exception regions: the pcs that share one list of exception-table
 * entries (in table order) form a region. While code of region R runs,
 * exactly one pvm handler of this frame is pushed: R's (none for region 0).
 * Falling from one region into another pops and pushes on the way; a jump
 * between regions goes through a trampoline that does. R's handler lands in
 * its dispatch block, which tests the entries' catch classes in table
 * order and enters the first match with the exception as the only stack
 * slot, or throws it on to the caller.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pvm/jvm/jvmops.h"
#include "pvm/jvm/xlate.h"
#include "pvm/opcodes.h"
#include "pvm/xops.h"

int
xl_fail(xs *s, const char *fmt, ...)
{
	char msg[300];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return jv_fail(s->x, "%s.%s%s: bytecode %u: %s", s->c->name, s->m->name, s->m->desc, s->pc,
	               msg);
}

/* ---------------------------------------------------------------- regions */

static int
regions(xs *s)
{
	uint32_t len = s->k->len;
	s->region = calloc(len, sizeof(uint16_t));
	s->rlist = calloc(1, sizeof(uint16_t *));
	s->rlen = calloc(1, sizeof(uint16_t));
	s->nregion = 1;
	if (s->k->nexc == 0 && !s->sync)
		return 0;
	/* a synchronized method: a last catch-all entry (number nexc) covers
	 * it all, and gives the monitor back before the exception leaves */
	uint16_t *cur = malloc((s->k->nexc + 1u) * sizeof(uint16_t));
	for (uint32_t pc = 0; pc < len; pc++) {
		uint16_t n = 0;
		for (uint16_t e = 0; e < s->k->nexc; e++)
			if (pc >= s->k->exc[e].start && pc < s->k->exc[e].end)
				cur[n++] = e;
		if (s->sync)
			cur[n++] = s->k->nexc;
		if (n == 0)
			continue;
		uint32_t r;
		for (r = 1; r < s->nregion; r++)
			if (s->rlen[r] == n && memcmp(s->rlist[r], cur, n * sizeof(uint16_t)) == 0)
				break;
		if (r == s->nregion) {
			if (r >= 65535) {
				free(cur);
				return xl_fail(s, "too many exception regions");
			}
			s->rlist = realloc(s->rlist, (r + 1) * sizeof(uint16_t *));
			s->rlen = realloc(s->rlen, (r + 1) * sizeof(uint16_t));
			s->rlist[r] = malloc(n * sizeof(uint16_t));
			memcpy(s->rlist[r], cur, n * sizeof(uint16_t));
			s->rlen[r] = n;
			s->nregion++;
		}
		s->region[pc] = (uint16_t)r;
	}
	free(cur);
	return 0;
}

/* ---------------------------------------------------------------- emitter */

void
xl_emit(xs *s, uint32_t w)
{
	if (s->ncode == s->capcode) {
		s->capcode = s->capcode ? s->capcode * 2 : 64;
		s->code = realloc(s->code, s->capcode * sizeof(uint32_t));
		s->lines = realloc(s->lines, s->capcode * sizeof(int32_t));
	}
	s->lines[s->ncode] = s->line;
	s->code[s->ncode++] = w;
}

void
xl_abc(xs *s, int op, uint32_t a, uint32_t b, uint32_t c)
{
	xl_emit(s, MK_ABC(op, a, b, c));
}

void
xl_abx(xs *s, int op, uint32_t a, uint32_t bx)
{
	xl_emit(s, MK_ABx(op, a, bx));
}

void
xl_xop(xs *s, int xop, uint32_t a, uint32_t b, uint32_t c)
{
	xl_emit(s, MK_ABC(OP_XOP, a, b, c));
	xl_emit(s, (uint32_t)xop);
}

static void
addfix(xs *s, uint32_t at, uint32_t target, int kind, int sj)
{
	if (s->nfix == s->capfix) {
		s->capfix = s->capfix ? s->capfix * 2 : 16;
		s->fix = realloc(s->fix, s->capfix * sizeof(jfix));
	}
	s->fix[s->nfix++] = (jfix){ at, target, (uint8_t)kind, (uint8_t)sj };
}

static void
emit_to(xs *s, int op, uint32_t a, uint32_t b, uint32_t c, uint32_t target, int kind)
{
	if (op == OP_JMP) {
		addfix(s, s->ncode, target, kind, 1);
		xl_emit(s, OP_JMP);
		return;
	}
	xl_abc(s, op, a, b, c);
	addfix(s, s->ncode, target, kind, 0);
	xl_emit(s, 0);
}

void
xl_jump(xs *s, int op, uint32_t a, uint32_t b, uint32_t c, uint32_t target)
{
	if (s->region[target] == s->cur) {
		emit_to(s, op, a, b, c, target, FIX_PC);
		return;
	}
	if (s->ntr == s->captr) {
		s->captr = s->captr ? s->captr * 2 : 8;
		s->tr = realloc(s->tr, s->captr * sizeof(tramp));
	}
	s->tr[s->ntr] = (tramp){ target, s->cur };
	emit_to(s, op, a, b, c, s->ntr++, FIX_TRAMP);
}

/* Pop the handler of region `from`, push the one of region `to`. */
static void
transition(xs *s, uint16_t from, uint16_t to)
{
	if (from == to)
		return;
	if (from)
		xl_abc(s, OP_ENDTRY, 0, 0, 0);
	if (to) {
		xl_abc(s, OP_TRY, s->L, 0, 0);
		addfix(s, s->ncode, to, FIX_REGION, 0);
		xl_emit(s, 0);
	}
}

static uint32_t
addk(xs *s, pvi_const k)
{
	for (uint32_t i = 0; i < s->nk; i++)
		if (s->K[i].kind == k.kind &&
		    (k.kind == PVI_KINT   ? s->K[i].i == k.i
		     : k.kind == PVI_KSTR ? s->K[i].s == k.s
		                          : memcmp(&s->K[i].f, &k.f, sizeof k.f) == 0))
			return i;
	if (s->nk == s->capk) {
		s->capk = s->capk ? s->capk * 2 : 16;
		s->K = realloc(s->K, s->capk * sizeof(pvi_const));
	}
	s->K[s->nk] = k;
	return s->nk++;
}

uint32_t
xl_kint(xs *s, int32_t v)
{
	return addk(s, (pvi_const){ .kind = PVI_KINT, .i = v });
}

uint32_t
xl_kflt(xs *s, double d)
{
	return addk(s, (pvi_const){ .kind = PVI_KFLOAT, .f = d });
}

uint32_t
xl_kstr(xs *s, const char *str)
{
	return addk(s, (pvi_const){ .kind = PVI_KSTR, .s = jv_str(s->x, str) });
}

void
xl_loadint(xs *s, uint32_t r, int32_t v)
{
	if (v >= -32768 && v <= 32767)
		xl_abx(s, OP_LOADI, r, (uint32_t)(uint16_t)(int16_t)v);
	else
		xl_abx(s, OP_LOADK, r, xl_kint(s, v));
}

void
xl_getg(xs *s, uint32_t r, const char *gname)
{
	xl_abx(s, OP_GETG, r, xl_kstr(s, gname));
}

/* ---------------------------------------------------------------- stack */

void
xl_push_reg(xs *s, char t, uint32_t r)
{
	s->st[s->sp++] = (sent){ t, EK_REG, (uint16_t)r, 0 };
	if (xl_wide(t))
		s->st[s->sp++] = (sent){ 'h', EK_REG, 0, 0 };
}

void
xl_push_int(xs *s, char t, int32_t v)
{
	s->st[s->sp++] = (sent){ t, EK_INT, 0, v };
	if (xl_wide(t))
		s->st[s->sp++] = (sent){ 'h', EK_REG, 0, 0 };
}

/* Pop one value (both slots of a long or double); its slot position. */
sent
xl_pop(xs *s, uint32_t *pos)
{
	if (s->sp == 0) { /* pass 1 checked every pop: a converter bug */
		xl_fail(s, "internal error: the operand stack underflows");
		*pos = 0;
		return (sent){ 'A', EK_REG, 0, 0 };
	}
	if (s->sp && s->st[s->sp - 1].t == 'h')
		s->sp--;
	sent e = s->st[--s->sp];
	*pos = s->sp;
	return e;
}

/* The register holding e (which was at slot pos): an int constant is
 * loaded into pos's canonical register. */
uint32_t
xl_reg(xs *s, sent *e, uint32_t pos)
{
	if (e->k == EK_INT) {
		xl_loadint(s, s->L + pos, e->iv);
		e->k = EK_REG;
		e->r = (uint16_t)(s->L + pos);
	}
	return e->r;
}

void
xl_canon(xs *s, uint32_t pos)
{
	sent *e = &s->st[pos];
	if (e->t == 'h')
		return;
	if (e->t == 'U' && e->k == EK_INT) {
		xl_abc(s, OP_LOADNIL, s->L + pos, 0, 0);
		*e = (sent){ 'U', EK_REG, (uint16_t)(s->L + pos), e->iv };
		return;
	}
	uint32_t r = xl_reg(s, e, pos);
	if (r != s->L + pos) {
		xl_abc(s, OP_MOVE, s->L + pos, r, 0);
		e->r = (uint16_t)(s->L + pos);
	}
}

/* Every entry canonical, the top first (references point down). */
void
xl_canon_all(xs *s)
{
	for (uint32_t p = s->sp; p-- > 0;)
		xl_canon(s, p);
}

/* Register r (a local) is about to change: entries reading it first. */
void
xl_local_written(xs *s, uint32_t r)
{
	for (uint32_t p = s->sp; p-- > 0;)
		if (s->st[p].k == EK_REG && s->st[p].r == r && s->st[p].t != 'h')
			xl_canon(s, p);
}

/* ---------------------------------------------------------------- driver */

static void
enter_label(xs *s, uint32_t pc)
{
	const char *t = s->tin[pc];
	s->sp = (uint32_t)strlen(t);
	for (uint32_t p = 0; p < s->sp; p++)
		s->st[p] = (sent){ t[p], EK_REG, (uint16_t)(s->L + p), t[p] == 'U' ? -1 : 0 };
}

/* Parameters arrive packed (one register each, `this` first); the JVM's
 * locals give a long or double two slots. */
static void
prologue(xs *s)
{
	const char *t[256], *ret;
	uint32_t val = (s->m->flags & 0x0008) ? 0 : 1, slot = val;
	uint32_t from[256], to[256], n = 0;
	int np = xl_params(s->m->desc, t, 256, &ret);
	for (int i = 0; i < np; i++) {
		from[n] = val++;
		to[n++] = slot;
		slot += xl_wide(t[i][0]) ? 2 : 1;
	}
	for (uint32_t i = n; i-- > 0;)
		if (from[i] != to[i])
			xl_abc(s, OP_MOVE, to[i], from[i], 0);
	if (s->needz)
		xl_loadint(s, s->Z, 0);
	if (s->sync) {
		if (s->m->flags & 0x0008)
			xl_getg(s, s->LK, s->c->pvname);
		else
			xl_abc(s, OP_MOVE, s->LK, 0, 0);
		xl_monitor(s, s->LK, 1);
	}
}

/* Rt.monitorEnter/monitorExit(R[r]): restartable natives. */
void
xl_monitor(xs *s, uint32_t r, int enter)
{
	xl_getg(s, s->T,
	        enter ? "phantom/jrt/Rt.monitorEnter(Ljava/lang/Object;)V"
	              : "phantom/jrt/Rt.monitorExit(Ljava/lang/Object;)V");
	xl_abc(s, OP_MOVE, s->T + 1, r, 0);
	xl_abc(s, OP_CALL, s->T, 1, 0);
}

void
xl_sync_exit(xs *s)
{
	if (s->sync)
		xl_monitor(s, s->LK, 0);
}

static void
dispatch(xs *s, uint16_t r)
{
	for (uint16_t i = 0; i < s->rlen[r]; i++) {
		if (s->rlist[r][i] == s->k->nexc) { /* the synchronized method's */
			xl_sync_exit(s);
			break;
		}
		const jcf_exc *e = &s->k->exc[s->rlist[r][i]];
		uint32_t skip = 0;
		if (e->type) {
			const char *cn = jcf_classname(s->cf, e->type);
			jv_class *cc = cn ? jv_class_get(s->x, cn) : NULL;
			if (!cc) {
				xl_fail(s, "catch of an unknown class %s", cn ? cn : "?");
				return;
			}
			xl_getg(s, s->X, cc->pvname);
			xl_xop(s, PV_XOP_INSTOF, s->X, s->L, s->X);
			xl_abc(s, OP_JGTI, s->X, 0, 0);
			skip = s->ncode;
			xl_emit(s, 0);
		}
		s->cur = 0;
		transition(s, 0, s->region[e->handler]);
		s->cur = s->region[e->handler];
		emit_to(s, OP_JMP, 0, 0, 0, e->handler, FIX_PC);
		if (skip)
			s->code[skip] = s->ncode - (skip + 1);
	}
	xl_abc(s, OP_THROW, s->L, 0, 0);
}

static int
fixups(xs *s, uint32_t *tramp_at, uint32_t *disp_at)
{
	for (uint32_t i = 0; i < s->nfix; i++) {
		jfix *f = &s->fix[i];
		uint32_t to = f->kind == FIX_PC       ? s->label[f->target]
		              : f->kind == FIX_REGION ? disp_at[f->target]
		                                      : tramp_at[f->target];
		if (to == UINT32_MAX)
			return jv_fail(s->x, "%s.%s%s: internal error: an unplaced jump target",
			               s->c->name, s->m->name, s->m->desc);
		int32_t off = (int32_t)to - (int32_t)(f->at + 1);
		if (f->sj)
			s->code[f->at] = MK_SJ(OP_JMP, (uint32_t)off & 0xffffff);
		else
			s->code[f->at] = (uint32_t)off;
	}
	return 0;
}

static int
pass2(xs *s)
{
	uint32_t len = s->k->len;
	int falls = 1; /* into pc 0 from the prologue, with an empty stack */
	s->cur = 0;
	s->sp = 0;
	s->line = jcf_line_of(s->k, 0);
	prologue(s);
	for (uint32_t pc = 0; pc < len; pc++) {
		if (!s->k->starts[pc] || !s->tin[pc])
			continue;
		s->pc = pc;
		if (falls) {
			if (s->target[pc])
				xl_canon_all(s);
			transition(s, s->cur, s->region[pc]);
		}
		s->cur = s->region[pc];
		if (!falls || s->target[pc])
			enter_label(s, pc);
		s->label[pc] = s->ncode;
		s->line = jcf_line_of(s->k, pc);
		if (xl_insn(s) != 0)
			return -1;
		uint32_t out[2];
		xl_succ(s, pc, out, &falls);
		uint8_t op = s->k->code[pc];
		if (op == JVM_TABLESWITCH || op == JVM_LOOKUPSWITCH)
			falls = 0;
	}
	uint32_t *tramp_at = malloc((s->ntr + 1) * sizeof(uint32_t));
	uint32_t *disp_at = malloc(s->nregion * sizeof(uint32_t));
	for (uint32_t i = 0; i < s->ntr; i++) {
		tramp_at[i] = s->ncode;
		transition(s, s->tr[i].from, s->region[s->tr[i].target]);
		emit_to(s, OP_JMP, 0, 0, 0, s->tr[i].target, FIX_PC);
	}
	for (uint16_t r = 1; r < s->nregion; r++) {
		disp_at[r] = s->ncode;
		dispatch(s, r);
	}
	int rc = s->x->failed ? -1 : fixups(s, tramp_at, disp_at);
	free(tramp_at);
	free(disp_at);
	return rc;
}

static void
xs_free(xs *s)
{
	if (s->tin)
		for (uint32_t i = 0; i < s->k->len; i++)
			free(s->tin[i]);
	free(s->tin);
	free(s->target);
	free(s->region);
	for (uint32_t r = 0; r < s->nregion; r++)
		free(s->rlist[r]);
	free(s->rlist);
	free(s->rlen);
	free(s->code);
	free(s->lines);
	free(s->label);
	free(s->fix);
	free(s->tr);
	free(s->K);
}

uint32_t
jv_xlate(jv_ctx *x, jv_class *c, jcf_member *m)
{
	xs s = { .x = x, .c = c, .m = m, .k = m->code, .cf = c->cf };
	const jcf_code *k = m->code;
	int is_static = (m->flags & 0x0008) != 0;
	uint32_t nargs = m->nparams + !is_static;
	/* Z below the stack: a CALLM's frame starts at its receiver's slot and
	 * overlays everything above it */
	s.Z = k->max_locals > nargs ? k->max_locals : nargs;
	s.LK = s.Z + 1; /* a synchronized method's monitor object */
	s.L = s.Z + 2;
	s.sync = (m->flags & 0x0020) != 0;
	s.S = k->max_stack;
	s.X = s.L + s.S;
	s.T = s.X + XL_NX;
	if (s.T + 2 > 255) {
		jv_fail(x, "%s.%s%s: too many locals and stack slots (%u + %u) for pvm's registers",
		        c->name, m->name, m->desc, s.L, s.S);
		return PVI_NONE;
	}
	s.nregs = s.T + 2;
	s.tin = calloc(k->len, sizeof(char *));
	s.target = calloc(k->len, 1);
	s.label = malloc(k->len * sizeof(uint32_t));
	memset(s.label, 0xff, k->len * sizeof(uint32_t));
	uint32_t pi = PVI_NONE;
	int ok = regions(&s) == 0 && xl_pass1(&s) == 0 && pass2(&s) == 0;
	if (ok && s.nregs > 255) {
		jv_fail(x, "%s.%s%s: a call needs register %u: more than pvm's 255", c->name,
		        m->name, m->desc, s.nregs - 1);
		ok = 0;
	}
	if (ok) {
		char *key = jv_key(m->name, m->desc);
		if (s.nregs < s.T + 2)
			s.nregs = s.T + 2;
		pi = xl_proto(&s, key, c->cf->source ? c->cf->source : c->name, !is_static,
		              (uint16_t)m->nparams);
		free(key);
	}
	xs_free(&s);
	return pi;
}

/* ---------------------------------------------------------------- helpers */

uint32_t
xl_proto(xs *s, const char *name, const char *file, int is_method, uint16_t nparams)
{
	uint32_t pi = jv_proto_new(s->x, name, file, is_method, nparams);
	pvi_proto *p = &s->x->im->proto[pi];
	p->nregs = (uint16_t)s->nregs;
	p->nic = s->nic;
	p->ncode = s->ncode;
	p->code = s->code;
	p->lines = s->lines;
	p->nk = s->nk;
	p->k = s->K;
	s->code = NULL;
	s->lines = NULL;
	s->K = NULL;
	return pi;
}

int
xl_params(const char *desc, const char **t, int max, const char **ret)
{
	int n = 0;
	const char *p = desc + 1;
	while (*p && *p != ')') {
		if (n == max)
			return -1;
		t[n++] = p;
		while (*p == '[')
			p++;
		if (*p == 'L')
			p = strchr(p, ';');
		if (!p)
			return -1;
		p++;
	}
	*ret = *p == ')' ? p + 1 : p;
	return n;
}

void
xl_use_regs(xs *s, uint32_t top)
{
	if (top + 1 > s->nregs)
		s->nregs = top + 1;
}

uint32_t
xl_popr(xs *s, uint32_t *pos)
{
	uint32_t p;
	sent e = xl_pop(s, &p);
	if (pos)
		*pos = p;
	return xl_reg(s, &e, p);
}

jv_class *
xl_cls(xs *s, const char *name)
{
	jv_class *c = jv_class_get(s->x, name);
	if (!c && !s->x->failed)
		xl_fail(s, "class %s is not available", name);
	return c;
}
