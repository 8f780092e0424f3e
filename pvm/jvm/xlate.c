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

/* ---------------------------------------------------------------- pass 1 */

static char
ftype(char d)
{
	switch (d) {
	case 'J':
		return 'J';
	case 'F':
		return 'F';
	case 'D':
		return 'D';
	case 'L':
	case '[':
		return 'A';
	default:
		return 'I';
	}
}

bool
xl_wide(char t)
{
	return t == 'J' || t == 'D';
}

typedef struct tstk {
	char t[256];
	int n;
} tstk;

static int
tpush(xs *s, tstk *k, char t)
{
	if (k->n + 1 + xl_wide(t) > s->k->max_stack)
		return xl_fail(s, "the operand stack overflows max_stack %u", s->k->max_stack);
	k->t[k->n++] = t;
	if (xl_wide(t))
		k->t[k->n++] = 'h';
	return 0;
}

/* Pop values of the types ts names, the top first (J and D take two
 * slots; A also takes an unmade String): the JVM verifier's type check. */
static int
tpops(xs *s, tstk *k, const char *ts)
{
	for (; *ts; ts++) {
		char t = *ts;
		int w = xl_wide(t);
		if (k->n < 1 + w)
			return xl_fail(s, "the operand stack underflows");
		char top = k->t[k->n - 1 - w];
		if (w ? k->t[k->n - 1] != 'h' || top != t
		      : top != t && !(t == 'A' && top == 'U'))
			return xl_fail(s, "the operand stack holds %c where %c is wanted",
			               top == 'h' ? 'J' : top, t);
		k->n -= 1 + w;
	}
	return 0;
}

static int
tpop1(xs *s, tstk *k, char t)
{
	char ts[2] = { t, 0 };
	return tpops(s, k, ts);
}

/* No long or double split by a slot operation (pop, dup, swap). */
static int
twhole(xs *s, const tstk *k)
{
	for (int i = 0; i < k->n; i++)
		if ((k->t[i] == 'h') != (i > 0 && xl_wide(k->t[i - 1])))
			return xl_fail(s, "a long or double split on the operand stack");
	return 0;
}

static int
tpop(xs *s, tstk *k, int slots)
{
	if (k->n < slots)
		return xl_fail(s, "the operand stack underflows");
	k->n -= slots;
	return 0;
}

/* Slots of a method descriptor's parameters, and its return type. */
static int
desc_slots(const char *desc, char *ret)
{
	int n = 0;
	const char *p = desc + 1;
	while (*p && *p != ')') {
		char t = *p;
		while (*p == '[')
			p++;
		if (*p == 'L')
			p = strchr(p, ';');
		if (!p)
			return -1;
		p++;
		n += (t == 'J' || t == 'D') ? 2 : 1;
	}
	*ret = *p == ')' && p[1] != 'V' ? ftype(p[1]) : 'V';
	return n;
}

static int
ldc_type(xs *s, uint16_t idx, char *t)
{
	if (idx == 0 || idx >= s->cf->ncp)
		return xl_fail(s, "bad constant index %u", idx);
	switch (s->cf->cp[idx].tag) {
	case 3:
		*t = 'I';
		return 0;
	case 4:
		*t = 'F';
		return 0;
	case 5:
		*t = 'J';
		return 0;
	case 6:
		*t = 'D';
		return 0;
	case 7:
	case 8:
		*t = 'A';
		return 0;
	default:
		return xl_fail(s, "ldc of constant kind %u is not supported", s->cf->cp[idx].tag);
	}
}

/* Pop a method descriptor's arguments, the last first. */
static int
tpop_args(xs *s, tstk *k, const char *desc)
{
	char ts[256];
	int n = 0;
	for (const char *p = desc + 1; *p && *p != ')' && n < 255;) {
		ts[n++] = ftype(*p);
		while (*p == '[')
			p++;
		if (*p == 'L')
			p = strchr(p, ';');
		if (!p)
			return xl_fail(s, "bad descriptor %s", desc);
		p++;
	}
	for (int i = n; i-- > 0;)
		if (tpop1(s, k, ts[i]))
			return -1;
	return 0;
}

static uint16_t
u16(const uint8_t *c)
{
	return (uint16_t)(c[0] << 8 | c[1]);
}

static int32_t
s32(const uint8_t *c)
{
	return (int32_t)((uint32_t)c[0] << 24 | (uint32_t)c[1] << 16 | (uint32_t)c[2] << 8 | c[3]);
}

/* The slot types after the instruction at pc, from those before it. */
static int
tstep(xs *s, uint32_t pc, tstk *k)
{
	const uint8_t *c = s->k->code + pc;
	uint8_t op = c[0];
	const char *cls, *name, *desc;
	char t, r;
	int n;
	s->pc = pc;
	if (op >= JVM_ICONST_M1 && op <= JVM_SIPUSH)
		return tpush(s, k,
		             op <= JVM_ICONST_5   ? 'I'
		             : op <= JVM_LCONST_1 ? 'J'
		             : op <= JVM_FCONST_2 ? 'F'
		             : op <= JVM_DCONST_1 ? 'D'
		                                  : 'I');
	if (op >= JVM_ILOAD && op <= JVM_ALOAD)
		return tpush(s, k, "IJFDA"[op - JVM_ILOAD]);
	if (op >= JVM_ILOAD_0 && op <= JVM_ALOAD_3)
		return tpush(s, k, "IJFDA"[(op - JVM_ILOAD_0) / 4]);
	if (op >= JVM_IALOAD && op <= JVM_SALOAD)
		return tpops(s, k, "IA") ?: tpush(s, k, "IJFDAIII"[op - JVM_IALOAD]);
	if (op >= JVM_ISTORE && op <= JVM_ASTORE)
		return tpop1(s, k, "IJFDA"[op - JVM_ISTORE]);
	if (op >= JVM_ISTORE_0 && op <= JVM_ASTORE_3)
		return tpop1(s, k, "IJFDA"[(op - JVM_ISTORE_0) / 4]);
	if (op >= JVM_IASTORE && op <= JVM_SASTORE) {
		char ts[4] = { "IJFDAIII"[op - JVM_IASTORE], 'I', 'A', 0 };
		return tpops(s, k, ts);
	}
	if (op >= JVM_IADD && op <= JVM_DREM) {
		t = "IJFD"[(op - JVM_IADD) % 4];
		return tpop1(s, k, t) ?: tpop1(s, k, t) ?: tpush(s, k, t);
	}
	if (op >= JVM_INEG && op <= JVM_DNEG) {
		t = "IJFD"[(op - JVM_INEG) % 4];
		return tpop1(s, k, t) ?: tpush(s, k, t);
	}
	if (op >= JVM_ISHL && op <= JVM_LUSHR) {
		t = "IJ"[(op - JVM_ISHL) % 2];
		return tpop1(s, k, 'I') ?: tpop1(s, k, t) ?: tpush(s, k, t);
	}
	if (op >= JVM_IAND && op <= JVM_LXOR) {
		t = "IJ"[(op - JVM_IAND) % 2];
		return tpop1(s, k, t) ?: tpop1(s, k, t) ?: tpush(s, k, t);
	}
	if (op >= JVM_I2L && op <= JVM_I2S) {
		static const char from[] = "IIIJJJFFFDDDIII", to[] = "JFDIFDIJDIJFIII";
		n = op - JVM_I2L;
		return tpop1(s, k, from[n]) ?: tpush(s, k, to[n]);
	}
	if (op >= JVM_LCMP && op <= JVM_DCMPG) {
		t = op == JVM_LCMP ? 'J' : op <= JVM_FCMPG ? 'F' : 'D';
		return tpop1(s, k, t) ?: tpop1(s, k, t) ?: tpush(s, k, 'I');
	}
	if (op >= JVM_IFEQ && op <= JVM_IFLE)
		return tpop1(s, k, 'I');
	if (op >= JVM_IF_ICMPEQ && op <= JVM_IF_ACMPNE)
		return tpops(s, k, op >= JVM_IF_ACMPEQ ? "AA" : "II");
	if (op >= JVM_IRETURN && op <= JVM_ARETURN) {
		char r = jcf_desc_ret(s->m->desc);
		char want = r == 'L' || r == '[' ? 'A' : r == 'J' || r == 'F' || r == 'D' ? r : 'I';
		if ("IJFDA"[op - JVM_IRETURN] != want)
			return xl_fail(s, "a return of the wrong type");
		return tpop1(s, k, want);
	}
	if (op == JVM_RETURN)
		return jcf_desc_ret(s->m->desc) == 'V' ? 0 : xl_fail(s, "return in a method with a value");
	switch (op) {
	case JVM_NOP:
	case JVM_GOTO:
	case JVM_GOTO_W:
	case JVM_IINC:
		return 0;
	case JVM_ACONST_NULL:
		return tpush(s, k, 'A');
	case JVM_LDC:
		return ldc_type(s, c[1], &t) ?: tpush(s, k, t);
	case JVM_LDC_W:
	case JVM_LDC2_W:
		return ldc_type(s, u16(c + 1), &t) ?: tpush(s, k, t);
	case JVM_POP:
		return tpop(s, k, 1) ?: twhole(s, k);
	case JVM_POP2:
		return tpop(s, k, 2) ?: twhole(s, k);
	case JVM_DUP:
	case JVM_DUP_X1:
	case JVM_DUP_X2:
	case JVM_DUP2:
	case JVM_DUP2_X1:
	case JVM_DUP2_X2:
	case JVM_SWAP: {
		/* slot permutations: the words kept (count) and where the copies go (under) */
		int cnt = (op >= JVM_DUP2 && op <= JVM_DUP2_X2) ? 2 : 1;
		int under = op == JVM_DUP || op == JVM_DUP2       ? 0
		            : op == JVM_DUP_X1 || op == JVM_DUP2_X1 ? 1
		            : op == JVM_SWAP                        ? 1
		                                                    : 2;
		if (k->n < cnt + under)
			return xl_fail(s, "the operand stack underflows");
		if (op == JVM_SWAP) {
			char a = k->t[k->n - 1];
			k->t[k->n - 1] = k->t[k->n - 2];
			k->t[k->n - 2] = a;
			return twhole(s, k);
		}
		if (k->n + cnt > s->k->max_stack)
			return xl_fail(s, "the operand stack overflows max_stack");
		char top[2];
		memcpy(top, &k->t[k->n - cnt], (size_t)cnt);
		memmove(&k->t[k->n - cnt - under + cnt], &k->t[k->n - cnt - under],
		        (size_t)(cnt + under));
		memcpy(&k->t[k->n - cnt - under], top, (size_t)cnt);
		k->n += cnt;
		return twhole(s, k);
	}
	case JVM_TABLESWITCH:
	case JVM_LOOKUPSWITCH:
		return tpop1(s, k, 'I');
	case JVM_GETSTATIC:
	case JVM_PUTSTATIC:
	case JVM_GETFIELD:
	case JVM_PUTFIELD:
		if (jcf_ref(s->cf, u16(c + 1), &cls, &name, &desc) != 0)
			return xl_fail(s, "bad field reference");
		t = ftype(desc[0]);
		if (op == JVM_GETSTATIC)
			return tpush(s, k, t);
		if (op == JVM_PUTSTATIC)
			return tpop1(s, k, t);
		if (op == JVM_GETFIELD)
			return tpop1(s, k, 'A') ?: tpush(s, k, t);
		return tpop1(s, k, t) ?: tpop1(s, k, 'A');
	case JVM_INVOKEVIRTUAL:
	case JVM_INVOKESPECIAL:
	case JVM_INVOKESTATIC:
	case JVM_INVOKEINTERFACE:
		if (jcf_ref(s->cf, u16(c + 1), &cls, &name, &desc) != 0)
			return xl_fail(s, "bad method reference");
		if ((n = desc_slots(desc, &r)) < 0)
			return xl_fail(s, "bad descriptor %s", desc);
		if (tpop_args(s, k, desc) || (op != JVM_INVOKESTATIC && tpop1(s, k, 'A')))
			return -1;
		if (op == JVM_INVOKESPECIAL && strcmp(name, "<init>") == 0 &&
		    strcmp(cls, "java/lang/String") == 0) {
			/* the String is made by the call: every copy of the U is it */
			for (int i = 0; i < k->n; i++)
				if (k->t[i] == 'U')
					k->t[i] = 'A';
		}
		return r == 'V' ? 0 : tpush(s, k, r);
	case JVM_INVOKEDYNAMIC: {
		uint16_t idx = u16(c + 1);
		if (idx == 0 || idx >= s->cf->ncp || s->cf->cp[idx].tag != 18 ||
		    jcf_nametype(s->cf, s->cf->cp[idx].b, &name, &desc) != 0)
			return xl_fail(s, "bad invokedynamic");
		if ((n = desc_slots(desc, &r)) < 0)
			return xl_fail(s, "bad descriptor %s", desc);
		return tpop_args(s, k, desc) ?: (r == 'V' ? 0 : tpush(s, k, r));
	}
	case JVM_NEW:
		cls = jcf_classname(s->cf, u16(c + 1));
		return tpush(s, k, cls && strcmp(cls, "java/lang/String") == 0 ? 'U' : 'A');
	case JVM_NEWARRAY:
	case JVM_ANEWARRAY:
		return tpop1(s, k, 'I') ?: tpush(s, k, 'A');
	case JVM_ARRAYLENGTH:
	case JVM_CHECKCAST:
		return tpop1(s, k, 'A') ?: tpush(s, k, op == JVM_ARRAYLENGTH ? 'I' : 'A');
	case JVM_INSTANCEOF:
		return tpop1(s, k, 'A') ?: tpush(s, k, 'I');
	case JVM_ATHROW:
	case JVM_MONITORENTER:
	case JVM_MONITOREXIT:
	case JVM_IFNULL:
	case JVM_IFNONNULL:
		return tpop1(s, k, 'A');
	case JVM_MULTIANEWARRAY:
		for (int i = 0; i < c[3]; i++)
			if (tpop1(s, k, 'I'))
				return -1;
		return tpush(s, k, 'A');
	case JVM_WIDE:
		op = c[1];
		if (op == JVM_IINC)
			return 0;
		if (op >= JVM_ILOAD && op <= JVM_ALOAD)
			return tpush(s, k, "IJFDA"[op - JVM_ILOAD]);
		if (op >= JVM_ISTORE && op <= JVM_ASTORE)
			return tpop1(s, k, "IJFDA"[op - JVM_ISTORE]);
		return xl_fail(s, "bad wide instruction");
	default:
		return xl_fail(s, "opcode 0x%02x is not supported", op);
	}
}

/* Where control can go after the instruction at pc: up to n targets. */
static int
succ(xs *s, uint32_t pc, uint32_t *out, int *falls)
{
	const uint8_t *c = s->k->code + pc;
	uint8_t op = c[0];
	int n = 0;
	*falls = 1;
	if ((op >= JVM_IFEQ && op <= JVM_IF_ACMPNE) || op == JVM_IFNULL || op == JVM_IFNONNULL)
		out[n++] = pc + (uint32_t)(int16_t)u16(c + 1);
	else if (op == JVM_GOTO) {
		out[n++] = pc + (uint32_t)(int16_t)u16(c + 1);
		*falls = 0;
	} else if (op == JVM_GOTO_W) {
		out[n++] = pc + (uint32_t)s32(c + 1);
		*falls = 0;
	} else if ((op >= JVM_IRETURN && op <= JVM_RETURN) || op == JVM_ATHROW)
		*falls = 0;
	else if (op == JVM_TABLESWITCH || op == JVM_LOOKUPSWITCH)
		*falls = 0; /* the targets: xl_switch_targets */
	return n;
}

/* The switch at pc: its default and cases (values, targets); count. */
int xl_switch(xs *s, uint32_t pc, uint32_t *dflt, int32_t **vals, uint32_t **tgts);

int
xl_switch(xs *s, uint32_t pc, uint32_t *dflt, int32_t **vals, uint32_t **tgts)
{
	const uint8_t *c = s->k->code;
	uint32_t p = (pc + 4) & ~3u;
	*dflt = pc + (uint32_t)s32(c + p);
	int n;
	if (c[pc] == JVM_TABLESWITCH) {
		int32_t lo = s32(c + p + 4), hi = s32(c + p + 8);
		n = (int)((int64_t)hi - lo + 1);
		*vals = malloc((size_t)n * sizeof(int32_t));
		*tgts = malloc((size_t)n * sizeof(uint32_t));
		for (int i = 0; i < n; i++) {
			(*vals)[i] = lo + i;
			(*tgts)[i] = pc + (uint32_t)s32(c + p + 12 + 4 * (uint32_t)i);
		}
	} else {
		n = s32(c + p + 4);
		*vals = malloc((size_t)(n ? n : 1) * sizeof(int32_t));
		*tgts = malloc((size_t)(n ? n : 1) * sizeof(uint32_t));
		for (int i = 0; i < n; i++) {
			(*vals)[i] = s32(c + p + 8 + 8 * (uint32_t)i);
			(*tgts)[i] = pc + (uint32_t)s32(c + p + 12 + 8 * (uint32_t)i);
		}
	}
	return n;
}

static int
merge(xs *s, uint32_t to, const tstk *k, uint32_t *work, uint32_t *nwork)
{
	if (to >= s->k->len || !s->k->starts[to])
		return xl_fail(s, "jump to %u: not an instruction", to);
	if (!s->tin[to]) {
		s->tin[to] = malloc((size_t)k->n + 1);
		memcpy(s->tin[to], k->t, (size_t)k->n);
		s->tin[to][k->n] = 0;
		work[(*nwork)++] = to;
		return 0;
	}
	if ((int)strlen(s->tin[to]) != k->n)
		return xl_fail(s, "stack heights differ where control meets at %u", to);
	for (int i = 0; i < k->n; i++)
		if (s->tin[to][i] != k->t[i] && !(s->tin[to][i] == 'U' || k->t[i] == 'U'))
			return xl_fail(s, "stack types differ where control meets at %u", to);
	return 0;
}

static int
pass1(xs *s)
{
	uint32_t len = s->k->len;
	uint32_t *work = malloc((len + 1) * sizeof(uint32_t)), nwork = 0;
	tstk k = { .n = 0 };
	int rc = merge(s, 0, &k, work, &nwork);
	for (uint16_t e = 0; e < s->k->nexc && rc == 0; e++) {
		k.n = 1;
		k.t[0] = 'A';
		s->target[s->k->exc[e].handler] = 1;
	}
	while (rc == 0 && nwork) {
		uint32_t pc = work[--nwork];
		k.n = (int)strlen(s->tin[pc]);
		memcpy(k.t, s->tin[pc], (size_t)k.n);
		/* a handler covering pc is reached with the exception alone */
		for (uint16_t e = 0; e < s->k->nexc && rc == 0; e++)
			if (pc >= s->k->exc[e].start && pc < s->k->exc[e].end) {
				tstk h = { .n = 1, .t = { 'A' } };
				rc = merge(s, s->k->exc[e].handler, &h, work, &nwork);
			}
		if (rc || (rc = tstep(s, pc, &k)) != 0)
			break;
		uint32_t out[2];
		int falls, n = succ(s, pc, out, &falls);
		for (int i = 0; i < n && rc == 0; i++) {
			s->target[out[i]] = 1;
			rc = merge(s, out[i], &k, work, &nwork);
		}
		uint8_t op = s->k->code[pc];
		if (op == JVM_TABLESWITCH || op == JVM_LOOKUPSWITCH) {
			uint32_t d, *tg;
			int32_t *v;
			int m = xl_switch(s, pc, &d, &v, &tg);
			s->target[d] = 1;
			rc = merge(s, d, &k, work, &nwork);
			for (int i = 0; i < m && rc == 0; i++) {
				s->target[tg[i]] = 1;
				rc = merge(s, tg[i], &k, work, &nwork);
			}
			free(v);
			free(tg);
			s->needz = 1;
		}
		if (op == JVM_IFEQ || op == JVM_IFNE)
			s->needz = 1;
		if (falls && rc == 0) {
			uint32_t nx = pc + jvm_insn_len(s->k->code, pc, len);
			if (nx >= len) {
				s->pc = pc;
				rc = xl_fail(s, "the code falls off its end");
			} else
				rc = merge(s, nx, &k, work, &nwork);
		}
	}
	free(work);
	return rc;
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
	const char *p = s->m->desc + 1;
	uint32_t val = (s->m->flags & 0x0008) ? 0 : 1, slot = val;
	uint32_t from[256], to[256], n = 0;
	while (*p && *p != ')') {
		char t = *p;
		while (*p == '[')
			p++;
		if (*p == 'L')
			p = strchr(p, ';');
		p++;
		from[n] = val++;
		to[n++] = slot;
		slot += (t == 'J' || t == 'D') ? 2 : 1;
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
	xl_getg(s, s->T, enter ? "phantom/jrt/Rt.monitorEnter(Ljava/lang/Object;)V"
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
		succ(s, pc, out, &falls);
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
	int ok = regions(&s) == 0 && pass1(&s) == 0 && pass2(&s) == 0;
	if (ok && s.nregs > 255) {
		jv_fail(x, "%s.%s%s: a call needs register %u: more than pvm's 255", c->name,
		        m->name, m->desc, s.nregs - 1);
		ok = 0;
	}
	if (ok) {
		char *key = jv_key(m->name, m->desc);
		pi = jv_proto_new(x, key, c->cf->source ? c->cf->source : c->name, !is_static,
		                  (uint16_t)m->nparams);
		free(key);
		pvi_proto *p = &x->im->proto[pi];
		p->nregs = (uint16_t)(s.nregs > s.T + 2 ? s.nregs : s.T + 2);
		p->nic = s.nic;
		p->ncode = s.ncode;
		p->code = s.code;
		p->lines = s.lines;
		p->nk = s.nk;
		p->k = s.K;
		s.code = NULL;
		s.lines = NULL;
		s.K = NULL;
	}
	xs_free(&s);
	return pi;
}
