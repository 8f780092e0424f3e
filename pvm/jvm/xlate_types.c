/*
 * xlate_types.c - pass 1 of a method's translation: the operand stack's
 * slot types at every reachable pc, by abstract interpretation over the
 * control flow (exception handlers included), with the JVM verifier's
 * type checks on every pop. A long or double takes two slots (J or D, then
 * h), an unmade `new String` is U. Pass 2 (xlate.c) trusts what this
 * accepts: every pop it makes was checked here.
 */
#include <stdlib.h>
#include <string.h>
#include "pvm/jvm/jvmops.h"
#include "pvm/jvm/xlate.h"


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
		if (w ? k->t[k->n - 1] != 'h' || top != t : top != t && !(t == 'A' && top == 'U'))
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
	const char *t[256], *r;
	int n = xl_params(desc, t, 256, &r), slots = 0;
	if (n < 0)
		return -1;
	for (int i = 0; i < n; i++)
		slots += xl_wide(t[i][0]) ? 2 : 1;
	*ret = r[0] == 'V' ? 'V' : xl_ftype(r[0]);
	return slots;
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
	const char *t[256], *r;
	int n = xl_params(desc, t, 256, &r);
	if (n < 0)
		return xl_fail(s, "bad descriptor %s", desc);
	for (int i = n; i-- > 0;)
		if (tpop1(s, k, xl_ftype(t[i][0])))
			return -1;
	return 0;
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
		return jcf_desc_ret(s->m->desc) == 'V'
		               ? 0
		               : xl_fail(s, "return in a method with a value");
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
		return ldc_type(s, xl_u16(c + 1), &t) ?: tpush(s, k, t);
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
		int under = op == JVM_DUP || op == JVM_DUP2         ? 0
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
		if (jcf_ref(s->cf, xl_u16(c + 1), &cls, &name, &desc) != 0)
			return xl_fail(s, "bad field reference");
		t = xl_ftype(desc[0]);
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
		if (jcf_ref(s->cf, xl_u16(c + 1), &cls, &name, &desc) != 0)
			return xl_fail(s, "bad method reference");
		if ((n = desc_slots(desc, &r)) < 0)
			return xl_fail(s, "bad descriptor %s", desc);
		if (tpop_args(s, k, desc) || (op != JVM_INVOKESTATIC && tpop1(s, k, 'A')))
			return -1;
		if (op == JVM_INVOKESPECIAL && strcmp(name, "<init>") == 0 &&
		    (strcmp(cls, "java/lang/String") == 0 || jv_foreign_name(cls))) {
			/* the String (the .ph object) is made by the call: every copy of the U is it */
			for (int i = 0; i < k->n; i++)
				if (k->t[i] == 'U')
					k->t[i] = 'A';
		}
		return r == 'V' ? 0 : tpush(s, k, r);
	case JVM_INVOKEDYNAMIC: {
		uint16_t idx = xl_u16(c + 1);
		if (idx == 0 || idx >= s->cf->ncp || s->cf->cp[idx].tag != 18 ||
		    jcf_nametype(s->cf, s->cf->cp[idx].b, &name, &desc) != 0)
			return xl_fail(s, "bad invokedynamic");
		if ((n = desc_slots(desc, &r)) < 0)
			return xl_fail(s, "bad descriptor %s", desc);
		return tpop_args(s, k, desc) ?: (r == 'V' ? 0 : tpush(s, k, r));
	}
	case JVM_NEW:
		cls = jcf_classname(s->cf, xl_u16(c + 1));
		return tpush(s, k,
		             cls && (strcmp(cls, "java/lang/String") == 0 || jv_foreign_name(cls))
		                     ? 'U'
		                     : 'A');
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
int
xl_succ(xs *s, uint32_t pc, uint32_t *out, int *falls)
{
	const uint8_t *c = s->k->code + pc;
	uint8_t op = c[0];
	int n = 0;
	*falls = 1;
	if ((op >= JVM_IFEQ && op <= JVM_IF_ACMPNE) || op == JVM_IFNULL || op == JVM_IFNONNULL)
		out[n++] = pc + (uint32_t)(int16_t)xl_u16(c + 1);
	else if (op == JVM_GOTO) {
		out[n++] = pc + (uint32_t)(int16_t)xl_u16(c + 1);
		*falls = 0;
	} else if (op == JVM_GOTO_W) {
		out[n++] = pc + (uint32_t)xl_s32(c + 1);
		*falls = 0;
	} else if ((op >= JVM_IRETURN && op <= JVM_RETURN) || op == JVM_ATHROW)
		*falls = 0;
	else if (op == JVM_TABLESWITCH || op == JVM_LOOKUPSWITCH)
		*falls = 0; /* the targets: xl_switch_targets */
	return n;
}

/* The switch at pc: its default and cases (values, targets); count. */
int
xl_switch(xs *s, uint32_t pc, uint32_t *dflt, int32_t **vals, uint32_t **tgts)
{
	const uint8_t *c = s->k->code;
	uint32_t p = (pc + 4) & ~3u;
	*dflt = pc + (uint32_t)xl_s32(c + p);
	int n;
	if (c[pc] == JVM_TABLESWITCH) {
		int32_t lo = xl_s32(c + p + 4), hi = xl_s32(c + p + 8);
		n = (int)((int64_t)hi - lo + 1);
		*vals = malloc((size_t)n * sizeof(int32_t));
		*tgts = malloc((size_t)n * sizeof(uint32_t));
		for (int i = 0; i < n; i++) {
			(*vals)[i] = lo + i;
			(*tgts)[i] = pc + (uint32_t)xl_s32(c + p + 12 + 4 * (uint32_t)i);
		}
	} else {
		n = xl_s32(c + p + 4);
		*vals = malloc((size_t)(n ? n : 1) * sizeof(int32_t));
		*tgts = malloc((size_t)(n ? n : 1) * sizeof(uint32_t));
		for (int i = 0; i < n; i++) {
			(*vals)[i] = xl_s32(c + p + 8 + 8 * (uint32_t)i);
			(*tgts)[i] = pc + (uint32_t)xl_s32(c + p + 12 + 8 * (uint32_t)i);
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

int
xl_pass1(xs *s)
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
		int falls, n = xl_succ(s, pc, out, &falls);
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
