/*
 * verify.c - the class-image verifier.
 *
 * Checks every structural fact the interpreter relies on without checking
 * it again at run time: string, constant, nested-function and upvalue
 * indices in range; registers below nregs (including the register ranges of
 * calls and literals); jump targets inside the code and on an instruction
 * start; no fall-through off the end; operand kinds (a global or a method
 * name must be a string constant, an extended operation one of xops.def
 * with its unused operand 0); method, function and initialiser shapes
 * (a method has `this` in R[0]; only nested functions capture upvalues).
 * A refusal names the function, the word and the rule broken.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "classimage.h"
#include "opcodes.h"
#include "verify.h"
#include "xops.h"

typedef struct vctx {
	const pv_image *im;
	const pvi_proto *p;
	uint32_t pi, at;
	char *err;
	size_t errn;
	int bad;
} vctx;

static int
vfail(vctx *v, const char *fmt, const char *what)
{
	if (v->bad++)
		return -1;
	char msg[160];
	snprintf(msg, sizeof msg, fmt, what);
	if (v->p) {
		const char *name = v->p->name < v->im->nstr ? v->im->str[v->p->name] : "?";
		snprintf(v->err, v->errn, "bad class image: function %u (%s), word %u: %s", v->pi,
		         name, v->at, msg);
	} else
		snprintf(v->err, v->errn, "bad class image: %s", msg);
	return -1;
}

static int
check_str(vctx *v, uint32_t s, const char *what)
{
	return s < v->im->nstr ? 0 : vfail(v, "%s: string index out of range", what);
}

static int
check_kstr(vctx *v, uint32_t k)
{
	if (k >= v->p->nk)
		return vfail(v, "%s", "constant index out of range");
	if (v->p->k[k].kind != PVI_KSTR)
		return vfail(v, "%s", "operand must be a string constant");
	return 0;
}

static int
check_operand(vctx *v, char kind, int32_t val, const char *which)
{
	const pvi_proto *p = v->p;
	switch (kind) {
	case '_':
		return val == 0 ? 0 : vfail(v, "unused operand %s is not 0", which);
	case 'R':
		return val < p->nregs ? 0 : vfail(v, "register operand %s out of range", which);
	case 'K':
		return (uint32_t)val < p->nk ? 0
		                             : vfail(v, "constant operand %s out of range", which);
	case 'G':
		return check_kstr(v, (uint32_t)val);
	case 'U':
		return val < p->nupv ? 0 : vfail(v, "upvalue operand %s out of range", which);
	case 'P':
		return (uint32_t)val < p->nchild
		               ? 0
		               : vfail(v, "function operand %s out of range", which);
	default: /* I S F N: any value; ranges are checked per opcode */
		return 0;
	}
}

static int
check_range(vctx *v, uint32_t i)
{
	uint32_t op = I_OP(i), a = I_A(i), b = I_B(i), c = I_C(i);
	uint32_t n = v->p->nregs;
	switch (op) {
	case OP_CALL:
	case OP_CALLM:
	case OP_SUPER:
	case OP_NEW:
		return a + b < n ? 0 : vfail(v, "%s", "call arguments beyond the registers");
	case OP_NEWARR:
		return b + c <= n ? 0 : vfail(v, "%s", "array literal beyond the registers");
	case OP_NEWMAP:
		return b + 2 * c <= n ? 0 : vfail(v, "%s", "map literal beyond the registers");
	case OP_FORPREP:
	case OP_FORNEXT:
		return a + 1 < n ? 0 : vfail(v, "%s", "loop registers beyond the registers");
	default:
		return 0;
	}
}

static int
check_jump(vctx *v, int64_t target, const uint8_t *starts)
{
	if (target < 0 || target >= v->p->ncode)
		return vfail(v, "%s", "jump target outside the code");
	if (!starts[target])
		return vfail(v, "%s", "jump target inside an instruction");
	return 0;
}

static int
check_insn(vctx *v, uint32_t pc, const uint8_t *starts, int pass)
{
	const pvi_proto *p = v->p;
	uint32_t i = p->code[pc], op = I_OP(i);
	const pv_opinfo *o = &pv_ops[op];
	uint32_t next = pc + (o->fmt == FMT_ABCW ? 2 : 1);
	if (pass == 1) {
		if (o->fmt == FMT_SJ)
			return check_jump(v, (int64_t)next + I_sJ(i), starts);
		if (o->w == 'J')
			return check_jump(v, (int64_t)next + (int32_t)p->code[pc + 1], starts);
		return 0;
	}
	if (o->fmt == FMT_SJ)
		return 0;
	if (check_operand(v, o->a, (int32_t)I_A(i), "A"))
		return -1;
	if (o->fmt == FMT_ABx || o->fmt == FMT_AsBx)
		return check_operand(v, o->b, o->fmt == FMT_ABx ? (int32_t)I_Bx(i) : 0, "Bx");
	if (check_operand(v, o->b, (int32_t)I_B(i), "B") ||
	    check_operand(v, o->c, (int32_t)I_C(i), "C") || check_range(v, i))
		return -1;
	if (o->w == 'M') {
		uint32_t w = p->code[pc + 1];
		if (check_kstr(v, w & 0xffff))
			return -1;
		if ((w >> 16) >= p->nic)
			return vfail(v, "%s", "inline cache index out of range");
	}
	if (o->w == 'X') {
		uint32_t w = p->code[pc + 1];
		if (w >= PV_XOP_N)
			return vfail(v, "%s", "unknown extended operation");
		if (pv_xop_info[w].nargs < 2 && I_C(i) != 0)
			return vfail(v, "unused operand %s is not 0", "C");
	}
	return 0;
}

static int
check_code(vctx *v)
{
	const pvi_proto *p = v->p;
	if (p->ncode == 0)
		return vfail(v, "%s", "empty code");
	uint8_t *starts = calloc(p->ncode, 1);
	uint32_t pc = 0, last = 0;
	int rc = 0;
	while (pc < p->ncode && rc == 0) {
		v->at = pc;
		uint32_t op = I_OP(p->code[pc]);
		if (op >= OP_N) {
			rc = vfail(v, "%s", "unknown opcode");
			break;
		}
		if (pc + pv_op_len(op) > p->ncode) {
			rc = vfail(v, "%s", "instruction runs past the end");
			break;
		}
		starts[pc] = 1;
		last = pc;
		rc = check_insn(v, pc, starts, 0);
		pc += pv_op_len(op);
	}
	for (pc = 0; pc < p->ncode && rc == 0; pc += pv_op_len(I_OP(p->code[pc]))) {
		v->at = pc;
		rc = check_insn(v, pc, starts, 1);
	}
	free(starts);
	if (rc)
		return rc;
	uint32_t lop = I_OP(p->code[last]);
	v->at = last;
	if (lop != OP_RET && lop != OP_RETNIL && lop != OP_JMP && lop != OP_THROW)
		return vfail(v, "%s", "code can run off its end");
	return 0;
}

static int
check_child(vctx *v, uint32_t ci)
{
	const pv_image *im = v->im;
	if (ci <= v->pi || ci >= im->nproto)
		return vfail(v, "%s", "nested function index not after its parent");
	const pvi_proto *c = &im->proto[ci];
	for (uint32_t u = 0; u < c->nupv; u++) {
		uint32_t idx = c->upv[2 * u + 1];
		if (c->upv[2 * u] > 1)
			return vfail(v, "%s", "bad upvalue descriptor");
		if (c->upv[2 * u] ? idx >= v->p->nregs : idx >= v->p->nupv)
			return vfail(v, "%s", "upvalue captures outside its parent");
	}
	return 0;
}

static int
check_proto(vctx *v)
{
	const pvi_proto *p = v->p;
	if (check_str(v, p->name, "name") || check_str(v, p->file, "file"))
		return -1;
	if (p->nregs > 255 || p->nparams + p->is_method > p->nregs)
		return vfail(v, "%s", "parameters do not fit the registers");
	if (p->is_method > 1)
		return vfail(v, "%s", "bad method flag");
	if (p->lang > PV_LANG_JAVA)
		return vfail(v, "%s", "bad language");
	for (uint32_t k = 0; k < p->nk; k++)
		if (p->k[k].kind == PVI_KSTR && check_str(v, p->k[k].s, "constant"))
			return -1;
	for (uint32_t c = 0; c < p->nchild; c++)
		if (check_child(v, p->child[c]))
			return -1;
	return check_code(v);
}

/* Shape of a function reached from the image's tables. */
static int
check_entry(vctx *v, uint32_t proto, int method, const char *what)
{
	if (proto >= v->im->nproto)
		return vfail(v, "%s: function index out of range", what);
	const pvi_proto *p = &v->im->proto[proto];
	if (p->is_method != method)
		return vfail(v, "%s: wrong kind of function", what);
	if (p->nupv)
		return vfail(v, "%s: top-level function captures upvalues", what);
	return 0;
}

static int
check_class(vctx *v, const pvi_class *c)
{
	if (check_str(v, c->name, "class name"))
		return -1;
	if (c->super != PVI_NONE && check_str(v, c->super, "superclass"))
		return -1;
	if (c->nfields < c->super_nfields || c->nfields > 65535)
		return vfail(v, "class %s: bad field count", v->im->str[c->name]);
	for (uint32_t f = 0; f < c->nfields; f++)
		if (check_str(v, c->fields[f], "field name"))
			return -1;
	for (uint32_t m = 0; m < c->nmethods; m++)
		if (check_str(v, c->methods[m].name, "method name") ||
		    check_entry(v, c->methods[m].proto, 1, "method"))
			return -1;
	if (c->finit >= 0) {
		if (check_entry(v, (uint32_t)c->finit, 1, "field initialiser"))
			return -1;
		if (v->im->proto[c->finit].nparams != 0)
			return vfail(v, "%s", "field initialiser takes arguments");
	} else if (c->finit != -1)
		return vfail(v, "%s", "bad field initialiser index");
	return 0;
}

int
pvi_verify(const pv_image *im, char *err, size_t errn)
{
	vctx v = { im, NULL, 0, 0, err, errn, 0 };
	for (v.pi = 0; v.pi < im->nproto; v.pi++) {
		v.p = &im->proto[v.pi];
		v.at = 0;
		if (check_proto(&v))
			return -1;
	}
	v.p = NULL;
	for (uint32_t i = 0; i < im->nclass; i++)
		if (check_class(&v, &im->cls[i]))
			return -1;
	for (uint32_t i = 0; i < im->nfunc; i++)
		if (check_str(&v, im->func[i].name, "function name") ||
		    check_entry(&v, im->func[i].proto, 0, "function"))
			return -1;
	for (uint32_t i = 0; i < im->nvar; i++)
		if (check_str(&v, im->var[i], "variable name"))
			return -1;
	for (uint32_t i = 0; i < im->ninit; i++) {
		if (check_entry(&v, im->init[i], 0, "initialiser"))
			return -1;
		if (im->proto[im->init[i]].nparams)
			return vfail(&v, "%s", "initialiser takes arguments");
	}
	return 0;
}
