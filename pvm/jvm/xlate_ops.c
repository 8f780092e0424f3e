/*
 * xlate_ops.c - the pvm code of one JVM instruction (xlate.h has the
 * register layout and the rules of the lazy operand stack).
 *
 * Java's int operations are pvm's own (32-bit, wrapping); longs, floats,
 * conversions, array creation and type tests are XOPs; fields are slots or
 * globals; virtual and interface calls are CALLM by the method's key, other
 * calls GETG + CALL of the method's global; `new`, the static accesses and
 * static calls of another class test its `<ready>` global first.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pvm/jvm/jvmops.h"
#include "pvm/jvm/xlate.h"
#include "pvm/opcodes.h"
#include "pvm/xops.h"

int xl_indy(xs *s, uint16_t idx);

static const char *
class_global(xs *s, const char *cn)
{
	if (cn[0] == '[') {
		jv_array_use(s->x, cn);
		return cn;
	}
	jv_class *c = xl_cls(s, cn);
	return c ? c->pvname : NULL;
}

static int
arith(xs *s, uint8_t op)
{
	static const uint8_t iops[] = { OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD };
	static const int lops[] = { PV_XOP_LADD, PV_XOP_LSUB, PV_XOP_LMUL, PV_XOP_LDIV,
		                    PV_XOP_LREM };
	static const int fops[] = { PV_XOP_FADD, PV_XOP_FSUB, PV_XOP_FMUL, PV_XOP_FDIV,
		                    PV_XOP_FREM };
	int n = (op - JVM_IADD) / 4, ty = (op - JVM_IADD) % 4;
	uint32_t pb, pa;
	sent b = xl_pop(s, &pb), a = xl_pop(s, &pa);
	uint32_t d = s->L + pa;
	char t = "IJFD"[ty];
	if (ty == 0 && b.k == EK_INT && (n == 0 || n == 1) && b.iv >= -127 && b.iv <= 127) {
		uint32_t ra = xl_reg(s, &a, pa);
		xl_abc(s, n == 0 ? OP_ADDI : OP_SUBI, d, ra, (uint32_t)(uint8_t)(int8_t)b.iv);
		xl_push_reg(s, t, d);
		return 0;
	}
	uint32_t ra = xl_reg(s, &a, pa), rb = xl_reg(s, &b, pb);
	if (ty == 0 || ty == 3)
		xl_abc(s, iops[n], d, ra, rb);
	else
		xl_xop(s, ty == 1 ? lops[n] : fops[n], d, ra, rb);
	xl_push_reg(s, t, d);
	return 0;
}

static int
bitop(xs *s, uint8_t op)
{
	uint32_t pb, pa;
	uint32_t rb = xl_popr(s, &pb), ra = xl_popr(s, &pa), d = s->L + pa;
	int lng;
	if (op >= JVM_ISHL && op <= JVM_LUSHR) {
		static const int x[] = { -OP_SHL,     PV_XOP_LSHL,  -OP_SHR,
			                 PV_XOP_LSHR, PV_XOP_IUSHR, PV_XOP_LUSHR };
		int v = x[op - JVM_ISHL];
		lng = (op - JVM_ISHL) % 2;
		if (v < 0)
			xl_abc(s, -v, d, ra, rb);
		else
			xl_xop(s, v, d, ra, rb);
	} else {
		static const int x[] = { -OP_BAND,   PV_XOP_LAND, -OP_BOR,
			                 PV_XOP_LOR, -OP_BXOR,    PV_XOP_LXOR };
		int v = x[op - JVM_IAND];
		lng = (op - JVM_IAND) % 2;
		if (v < 0)
			xl_abc(s, -v, d, ra, rb);
		else
			xl_xop(s, v, d, ra, rb);
	}
	xl_push_reg(s, lng ? 'J' : 'I', d);
	return 0;
}

static int
convert(xs *s, uint8_t op)
{
	static const char to[] = "JFDIFDIJDIJFIII";
	static const int x[] = { -1,         PV_XOP_I2F, PV_XOP_I2D, PV_XOP_L2I, PV_XOP_L2F,
		                 PV_XOP_L2D, PV_XOP_F2I, PV_XOP_F2L, -1,         PV_XOP_D2I,
		                 PV_XOP_D2L, PV_XOP_D2F, PV_XOP_I2B, PV_XOP_I2C, PV_XOP_I2S };
	int n = op - JVM_I2L;
	uint32_t p;
	sent e = xl_pop(s, &p);
	if (x[n] < 0) { /* i2l, f2d: the same value */
		e.t = to[n];
		s->st[s->sp++] = e;
		if (xl_wide(e.t))
			s->st[s->sp++] = (sent){ 'h', EK_REG, 0, 0 };
		return 0;
	}
	uint32_t r = xl_reg(s, &e, p);
	xl_xop(s, x[n], s->L + p, r, 0);
	xl_push_reg(s, to[n], s->L + p);
	return 0;
}

static int
compare_jump(xs *s, uint8_t op, uint32_t target)
{
	uint32_t pa, pb;
	if (op == JVM_IFNULL || op == JVM_IFNONNULL) {
		uint32_t r = xl_popr(s, NULL);
		xl_canon_all(s);
		xl_jump(s, op == JVM_IFNULL ? OP_JF : OP_JT, r, 0, 0, target);
		return 0;
	}
	if (op >= JVM_IFEQ && op <= JVM_IFLE) {
		uint32_t r = xl_popr(s, NULL);
		xl_canon_all(s);
		switch (op) {
		case JVM_IFEQ:
			xl_jump(s, OP_JEQ, r, s->Z, 1, target);
			break;
		case JVM_IFNE:
			xl_jump(s, OP_JEQ, r, s->Z, 0, target);
			break;
		case JVM_IFLT:
			xl_jump(s, OP_JLTI, r, 0, 1, target);
			break;
		case JVM_IFGE:
			xl_jump(s, OP_JLTI, r, 0, 0, target);
			break;
		case JVM_IFGT:
			xl_jump(s, OP_JGTI, r, 0, 1, target);
			break;
		default:
			xl_jump(s, OP_JLEI, r, 0, 1, target);
			break;
		}
		return 0;
	}
	sent b = xl_pop(s, &pb), a = xl_pop(s, &pa);
	if (b.k == EK_INT && b.iv >= -128 && b.iv <= 127 && op >= JVM_IF_ICMPLT &&
	    op <= JVM_IF_ICMPLE) {
		uint32_t ra = xl_reg(s, &a, pa), k = (uint32_t)(uint8_t)(int8_t)b.iv;
		xl_canon_all(s);
		switch (op) {
		case JVM_IF_ICMPLT:
			xl_jump(s, OP_JLTI, ra, k, 1, target);
			break;
		case JVM_IF_ICMPGE:
			xl_jump(s, OP_JLTI, ra, k, 0, target);
			break;
		case JVM_IF_ICMPGT:
			xl_jump(s, OP_JGTI, ra, k, 1, target);
			break;
		default:
			xl_jump(s, OP_JLEI, ra, k, 1, target);
			break;
		}
		return 0;
	}
	uint32_t ra = xl_reg(s, &a, pa), rb = xl_reg(s, &b, pb);
	xl_canon_all(s);
	switch (op) {
	case JVM_IF_ICMPEQ:
		xl_jump(s, OP_JEQ, ra, rb, 1, target);
		break;
	case JVM_IF_ICMPNE:
		xl_jump(s, OP_JEQ, ra, rb, 0, target);
		break;
	case JVM_IF_ACMPEQ:
		xl_jump(s, OP_JIS, ra, rb, 1, target);
		break;
	case JVM_IF_ACMPNE:
		xl_jump(s, OP_JIS, ra, rb, 0, target);
		break;
	case JVM_IF_ICMPLT:
		xl_jump(s, OP_JLT, ra, rb, 1, target);
		break;
	case JVM_IF_ICMPGE:
		xl_jump(s, OP_JLT, ra, rb, 0, target);
		break;
	case JVM_IF_ICMPGT:
		xl_jump(s, OP_JLT, rb, ra, 1, target);
		break;
	default:
		xl_jump(s, OP_JLE, ra, rb, 1, target);
		break;
	}
	return 0;
}

static int
switch_(xs *s)
{
	uint32_t d, *tg;
	int32_t *v;
	uint32_t key = xl_popr(s, NULL);
	xl_canon_all(s);
	int n = xl_switch(s, s->pc, &d, &v, &tg);
	for (int i = 0; i < n; i++) {
		if (tg[i] == d)
			continue;
		if (v[i] >= -128 && v[i] <= 127) {
			/* v <= x and x <= v, as two immediate tests */
			xl_abc(s, OP_JLEI, key, (uint32_t)(uint8_t)(int8_t)v[i], 0);
			xl_emit(s, 2);
			xl_jump(s, OP_JGEI, key, (uint32_t)(uint8_t)(int8_t)v[i], 1, tg[i]);
		} else {
			xl_loadint(s, s->X, v[i]);
			xl_jump(s, OP_JEQ, key, s->X, 1, tg[i]);
		}
	}
	xl_jump(s, OP_JMP, 0, 0, 0, d);
	free(v);
	free(tg);
	return 0;
}

static int
ldc(xs *s, uint16_t idx)
{
	const jcf_cp *k = &s->cf->cp[idx];
	uint32_t r = s->L + s->sp;
	switch (k->tag) {
	case 3:
		xl_push_int(s, 'I', k->i);
		return 0;
	case 4:
		xl_abx(s, OP_LOADK, r, xl_kflt(s, (double)k->f));
		xl_push_reg(s, 'F', r);
		return 0;
	case 5:
		if (k->l >= INT32_MIN && k->l <= INT32_MAX) {
			xl_push_int(s, 'J', (int32_t)k->l);
			return 0;
		}
		xl_loadint(s, s->X, (int32_t)(k->l >> 32));
		xl_loadint(s, s->X + 1, (int32_t)(uint32_t)k->l);
		xl_xop(s, PV_XOP_LMAKE, r, s->X, s->X + 1);
		xl_push_reg(s, 'J', r);
		return 0;
	case 6:
		xl_abx(s, OP_LOADK, r, xl_kflt(s, k->d));
		xl_push_reg(s, 'D', r);
		return 0;
	case 8: {
		const char *str = jcf_utf8(s->cf, k->a);
		if (!str)
			return xl_fail(s, "bad string constant");
		xl_abx(s, OP_LOADK, r, xl_kstr(s, str));
		xl_push_reg(s, 'A', r);
		return 0;
	}
	case 7: {
		const char *g = class_global(s, jcf_classname(s->cf, idx));
		if (!g)
			return -1;
		xl_getg(s, r, g);
		xl_push_reg(s, 'A', r);
		return 0;
	}
	default:
		return xl_fail(s, "ldc of constant kind %u is not supported", k->tag);
	}
}

/* dup_x1, dup_x2, dup2_x1, dup2_x2, swap: the slots involved are read into
 * temporaries, permuted, and made canonical (no reference may point up). */
static int
shuffle(xs *s, uint8_t op)
{
	int cnt = (op >= JVM_DUP2 && op <= JVM_DUP2_X2) ? 2 : 1;
	int under = op == JVM_DUP_X1 || op == JVM_DUP2_X1 || op == JVM_SWAP ? 1 : 2;
	uint32_t n = (uint32_t)(cnt + under), base = s->sp - n, t = 0;
	for (uint32_t p = base; p < s->sp; p++) {
		sent *e = &s->st[p];
		if (e->t != 'h' && e->k == EK_REG && e->r >= s->L && e->r < s->L + s->S) {
			xl_abc(s, OP_MOVE, s->X + t, e->r, 0);
			e->r = (uint16_t)(s->X + t++);
		}
	}
	sent old[4];
	memcpy(old, &s->st[base], n * sizeof(sent));
	if (op == JVM_SWAP) {
		s->st[base] = old[1];
		s->st[base + 1] = old[0];
	} else {
		/* [under..][top cnt] -> [top cnt][under..][top cnt] */
		memcpy(&s->st[base], &old[under], (size_t)cnt * sizeof(sent));
		memcpy(&s->st[base + (uint32_t)cnt], old, n * sizeof(sent));
		s->sp += (uint32_t)cnt;
	}
	for (uint32_t p = s->sp; p-- > base;)
		xl_canon(s, p);
	return 0;
}

static int
array_store(xs *s, uint8_t op)
{
	uint32_t pv;
	sent v = xl_pop(s, &pv);
	uint32_t ri = xl_popr(s, NULL), ra = xl_popr(s, NULL), rv;
	if (op == JVM_BASTORE || op == JVM_CASTORE || op == JVM_SASTORE) {
		if (v.k == EK_INT) {
			int32_t x = v.iv;
			x = op == JVM_BASTORE   ? (int8_t)x
			    : op == JVM_CASTORE ? (uint16_t)x
			                        : (int16_t)x;
			xl_loadint(s, s->X, x);
		} else
			xl_xop(s,
			       op == JVM_BASTORE   ? PV_XOP_I2B
			       : op == JVM_CASTORE ? PV_XOP_I2C
			                           : PV_XOP_I2S,
			       s->X, v.r, 0);
		rv = s->X;
	} else
		rv = xl_reg(s, &v, pv);
	if (op == JVM_AASTORE)
		xl_xop(s, PV_XOP_ASTORE, s->X, ra, rv);
	xl_abc(s, OP_SETIDX, ra, ri, rv);
	return 0;
}

static int
store_local(xs *s, uint32_t r)
{
	uint32_t p;
	sent e = xl_pop(s, &p);
	xl_local_written(s, r);
	if (e.k == EK_INT)
		xl_loadint(s, r, e.iv);
	else if (e.r != r)
		xl_abc(s, OP_MOVE, r, e.r, 0);
	return 0;
}

static int
newarray(xs *s, uint8_t op, const uint8_t *c)
{
	char desc[600];
	if (op == JVM_NEWARRAY) {
		static const char t[] = "????ZCFDBSIJ";
		if (c[1] < 4 || c[1] > 11)
			return xl_fail(s, "newarray of type %u", c[1]);
		desc[0] = '[';
		desc[1] = t[c[1]];
		desc[2] = 0;
	} else {
		const char *cn = jcf_classname(s->cf, xl_u16(c + 1));
		if (!cn || strlen(cn) + 4 > sizeof desc)
			return xl_fail(s, "bad class");
		if (cn[0] != '[' && !xl_cls(s, cn))
			return -1;
		snprintf(desc, sizeof desc, cn[0] == '[' ? "[%s" : "[L%s;", cn);
	}
	uint32_t p, r = xl_popr(s, &p), d = s->L + p;
	xl_getg(s, s->X, class_global(s, desc));
	xl_xop(s, PV_XOP_NEWA, d, r, s->X);
	xl_push_reg(s, 'A', d);
	return 0;
}

static int
multianewarray(xs *s, const uint8_t *c)
{
	const char *cn = jcf_classname(s->cf, xl_u16(c + 1));
	uint32_t dims = c[3], depth = 0;
	if (!cn)
		return xl_fail(s, "bad class");
	while (cn[depth] == '[')
		depth++;
	if (dims == 0 || dims > depth || s->sp < dims)
		return xl_fail(s, "bad multianewarray");
	class_global(s, cn);
	uint32_t base = s->sp - dims;
	for (uint32_t p = s->sp; p-- > base;)
		xl_canon(s, p);
	xl_abc(s, OP_NEWARR, s->X, s->L + base, dims);
	s->sp = base;
	xl_getg(s, s->T, "phantom/jrt/Rt.multiNewArray([ILjava/lang/Object;)Ljava/lang/Object;");
	xl_abc(s, OP_MOVE, s->T + 1, s->X, 0);
	xl_getg(s, s->T + 2, cn);
	xl_abc(s, OP_CALL, s->T, 2, 0);
	xl_use_regs(s, s->T + 3);
	xl_push_result(s, 'A', s->T, base);
	return 0;
}

static int
typecheck(xs *s, uint8_t op, uint16_t idx)
{
	const char *g = class_global(s, jcf_classname(s->cf, idx));
	if (!g)
		return -1;
	uint32_t p;
	sent e = xl_pop(s, &p);
	uint32_t r = xl_reg(s, &e, p);
	xl_getg(s, s->X, g);
	if (op == JVM_CHECKCAST) {
		xl_xop(s, PV_XOP_CAST, s->X, r, s->X);
		s->st[s->sp++] = e;
	} else {
		xl_xop(s, PV_XOP_INSTOF, s->L + p, r, s->X);
		xl_push_reg(s, 'I', s->L + p);
	}
	return 0;
}

int
xl_insn(xs *s)
{
	const uint8_t *c = s->k->code + s->pc;
	uint8_t op = c[0];
	uint32_t p, r;
	if (op >= JVM_ICONST_M1 && op <= JVM_ICONST_5) {
		xl_push_int(s, 'I', op - JVM_ICONST_0);
		return 0;
	}
	if (op >= JVM_ILOAD_0 && op <= JVM_ALOAD_3) {
		xl_push_reg(s, "IJFDA"[(op - JVM_ILOAD_0) / 4], (uint32_t)(op - JVM_ILOAD_0) % 4);
		return 0;
	}
	if (op >= JVM_ILOAD && op <= JVM_ALOAD) {
		xl_push_reg(s, "IJFDA"[op - JVM_ILOAD], c[1]);
		return 0;
	}
	if (op >= JVM_ISTORE_0 && op <= JVM_ASTORE_3)
		return store_local(s, (uint32_t)(op - JVM_ISTORE_0) % 4);
	if (op >= JVM_ISTORE && op <= JVM_ASTORE)
		return store_local(s, c[1]);
	if (op >= JVM_IALOAD && op <= JVM_SALOAD) {
		uint32_t ri = xl_popr(s, NULL), ra = xl_popr(s, &p);
		xl_abc(s, OP_GETIDX, s->L + p, ra, ri);
		xl_push_reg(s, "IJFDAIII"[op - JVM_IALOAD], s -> L + p);
		return 0;
	}
	if (op >= JVM_IASTORE && op <= JVM_SASTORE)
		return array_store(s, op);
	if (op >= JVM_IADD && op <= JVM_DREM)
		return arith(s, op);
	if (op >= JVM_INEG && op <= JVM_DNEG) {
		r = xl_popr(s, &p);
		if (op == JVM_LNEG)
			xl_xop(s, PV_XOP_LNEG, s->L + p, r, 0);
		else
			xl_abc(s, OP_NEG, s->L + p, r, 0);
		xl_push_reg(s, "IJFD"[op - JVM_INEG], s -> L + p);
		return 0;
	}
	if (op >= JVM_ISHL && op <= JVM_LXOR)
		return bitop(s, op);
	if (op >= JVM_I2L && op <= JVM_I2S)
		return convert(s, op);
	if (op >= JVM_LCMP && op <= JVM_DCMPG) {
		static const int x[] = { PV_XOP_LCMP, PV_XOP_FCMPL, PV_XOP_FCMPG, PV_XOP_DCMPL,
			                 PV_XOP_DCMPG };
		uint32_t rb = xl_popr(s, NULL), ra = xl_popr(s, &p);
		xl_xop(s, x[op - JVM_LCMP], s->L + p, ra, rb);
		xl_push_reg(s, 'I', s->L + p);
		return 0;
	}
	if ((op >= JVM_IFEQ && op <= JVM_IF_ACMPNE) || op == JVM_IFNULL || op == JVM_IFNONNULL)
		return compare_jump(s, op, s->pc + (uint32_t)(int16_t)xl_u16(c + 1));
	if (op >= JVM_IRETURN && op <= JVM_ARETURN) {
		r = xl_popr(s, NULL);
		xl_sync_exit(s);
		xl_abc(s, OP_RET, r, 0, 0);
		return 0;
	}
	switch (op) {
	case JVM_NOP:
		return 0;
	case JVM_ACONST_NULL:
		xl_abc(s, OP_LOADNIL, s->L + s->sp, 0, 0);
		xl_push_reg(s, 'A', s->L + s->sp);
		return 0;
	case JVM_LCONST_0:
	case JVM_LCONST_1:
		xl_push_int(s, 'J', op - JVM_LCONST_0);
		return 0;
	case JVM_FCONST_0:
	case JVM_FCONST_1:
	case JVM_FCONST_2:
	case JVM_DCONST_0:
	case JVM_DCONST_1: {
		int dbl = op >= JVM_DCONST_0;
		double v = dbl ? op - JVM_DCONST_0 : op - JVM_FCONST_0;
		xl_abx(s, OP_LOADK, s->L + s->sp, xl_kflt(s, v));
		xl_push_reg(s, dbl ? 'D' : 'F', s->L + s->sp);
		return 0;
	}
	case JVM_BIPUSH:
		xl_push_int(s, 'I', (int8_t)c[1]);
		return 0;
	case JVM_SIPUSH:
		xl_push_int(s, 'I', (int16_t)xl_u16(c + 1));
		return 0;
	case JVM_LDC:
		return ldc(s, c[1]);
	case JVM_LDC_W:
	case JVM_LDC2_W:
		return ldc(s, xl_u16(c + 1));
	case JVM_POP:
	case JVM_POP2:
		s->sp -= op == JVM_POP ? 1 : 2;
		return 0;
	case JVM_DUP:
		s->st[s->sp] = s->st[s->sp - 1];
		s->sp++;
		return 0;
	case JVM_DUP2:
		s->st[s->sp] = s->st[s->sp - 2];
		s->st[s->sp + 1] = s->st[s->sp - 1];
		s->sp += 2;
		return 0;
	case JVM_DUP_X1:
	case JVM_DUP_X2:
	case JVM_DUP2_X1:
	case JVM_DUP2_X2:
	case JVM_SWAP:
		return shuffle(s, op);
	case JVM_IINC:
	case JVM_WIDE: {
		if (op == JVM_WIDE && c[1] != JVM_IINC) {
			uint8_t o = c[1];
			uint32_t l = xl_u16(c + 2);
			if (o >= JVM_ILOAD && o <= JVM_ALOAD) {
				xl_push_reg(s, "IJFDA"[o - JVM_ILOAD], l);
				return 0;
			}
			return store_local(s, l);
		}
		uint32_t l = op == JVM_WIDE ? xl_u16(c + 2) : c[1];
		int32_t v = op == JVM_WIDE ? (int16_t)xl_u16(c + 4) : (int8_t)c[2];
		xl_local_written(s, l);
		if (v >= -127 && v <= 127)
			xl_abc(s, OP_ADDI, l, l, (uint32_t)(uint8_t)(int8_t)v);
		else {
			xl_loadint(s, s->X, v);
			xl_abc(s, OP_ADD, l, l, s->X);
		}
		return 0;
	}
	case JVM_GOTO:
		xl_canon_all(s);
		xl_jump(s, OP_JMP, 0, 0, 0, s->pc + (uint32_t)(int16_t)xl_u16(c + 1));
		return 0;
	case JVM_GOTO_W:
		xl_canon_all(s);
		xl_jump(s, OP_JMP, 0, 0, 0, s->pc + (uint32_t)xl_s32(c + 1));
		return 0;
	case JVM_TABLESWITCH:
	case JVM_LOOKUPSWITCH:
		return switch_(s);
	case JVM_RETURN:
		xl_sync_exit(s);
		xl_abc(s, OP_RETNIL, 0, 0, 0);
		return 0;
	case JVM_GETSTATIC:
	case JVM_PUTSTATIC:
	case JVM_GETFIELD:
	case JVM_PUTFIELD:
		return xl_field(s, op, xl_u16(c + 1));
	case JVM_INVOKEVIRTUAL:
	case JVM_INVOKESPECIAL:
	case JVM_INVOKESTATIC:
	case JVM_INVOKEINTERFACE:
		return xl_invoke(s, op, xl_u16(c + 1));
	case JVM_INVOKEDYNAMIC:
		return xl_indy(s, xl_u16(c + 1));
	case JVM_NEW: {
		const char *cn = jcf_classname(s->cf, xl_u16(c + 1));
		jv_class *k = cn ? xl_cls(s, cn) : NULL;
		if (!k)
			return -1;
		if ((k->builtin || k->foreign) && strcmp(cn, "java/lang/Object") != 0) {
			s->st[s->sp++] = (sent){ 'U', EK_INT, 0, (int32_t)s->pc };
			return 0;
		}
		xl_initcheck(s, k);
		r = s->L + s->sp;
		xl_getg(s, r, k->pvname);
		xl_abc(s, OP_NEW, r, 0, 0);
		xl_push_reg(s, 'A', r);
		return 0;
	}
	case JVM_NEWARRAY:
	case JVM_ANEWARRAY:
		return newarray(s, op, c);
	case JVM_MULTIANEWARRAY:
		return multianewarray(s, c);
	case JVM_ARRAYLENGTH:
		r = xl_popr(s, &p);
		xl_xop(s, PV_XOP_ALEN, s->L + p, r, 0);
		xl_push_reg(s, 'I', s->L + p);
		return 0;
	case JVM_ATHROW:
		r = xl_popr(s, NULL);
		xl_xop(s, PV_XOP_NULLCHK, s->X, r, 0);
		xl_abc(s, OP_THROW, r, 0, 0);
		return 0;
	case JVM_CHECKCAST:
	case JVM_INSTANCEOF:
		return typecheck(s, op, xl_u16(c + 1));
	case JVM_MONITORENTER:
	case JVM_MONITOREXIT:
		r = xl_popr(s, NULL);
		xl_monitor(s, r, op == JVM_MONITORENTER);
		return 0;
	default:
		return xl_fail(s, "opcode 0x%02x is not supported", op);
	}
}
