/*
 * disasm.c - a readable listing of a class image: classes, functions and
 * every instruction with its operands decoded from opcodes.def.
 */
#include <stdio.h>
#include <string.h>
#include "classimage.h"
#include "disasm.h"
#include "opcodes.h"
#include "xops.h"

typedef void (*outfn)(const char *s, void *ctx);

static void
konst(const pv_image *im, const pvi_proto *p, uint32_t k, char *buf, size_t n)
{
	if (k >= p->nk) {
		snprintf(buf, n, "K?%u", k);
		return;
	}
	const pvi_const *c = &p->k[k];
	if (c->kind == PVI_KINT)
		snprintf(buf, n, "%d", c->i);
	else if (c->kind == PVI_KFLOAT)
		snprintf(buf, n, "%g", c->f);
	else
		snprintf(buf, n, "\"%.40s\"", c->s < im->nstr ? im->str[c->s] : "?");
}

static int
operand(char *buf, size_t n, char kind, int32_t v)
{
	switch (kind) {
	case '_':
		return 0;
	case 'R':
		return snprintf(buf, n, " r%d", v);
	case 'U':
		return snprintf(buf, n, " u%d", v);
	case 'F':
		return snprintf(buf, n, " f%d", v);
	case 'P':
		return snprintf(buf, n, " fn%d", v);
	case 'K':
	case 'G':
		return snprintf(buf, n, " k%d", v);
	default:
		return snprintf(buf, n, " %d", v);
	}
}

static void
insn(const pv_image *im, const pvi_proto *p, uint32_t pc, char *buf, size_t n)
{
	uint32_t i = p->code[pc], op = I_OP(i);
	if (op >= OP_N) {
		snprintf(buf, n, "%5u  ???", pc);
		return;
	}
	const pv_opinfo *o = &pv_ops[op];
	uint32_t next = pc + pv_op_len(op);
	size_t at = (size_t)snprintf(buf, n, "%5u  [%4d] %-9s", pc, p->lines[pc], o->name);
	char k[64] = "";
	if (o->fmt == FMT_SJ) {
		snprintf(buf + at, n - at, " -> %d", (int)(next + I_sJ(i)));
		return;
	}
	at += operand(buf + at, n - at, o->a, (int32_t)I_A(i));
	if (o->fmt == FMT_ABx || o->fmt == FMT_AsBx) {
		int32_t b = o->fmt == FMT_ABx ? (int32_t)I_Bx(i) : I_sBx(i);
		at += operand(buf + at, n - at, o->b, b);
		if (o->b == 'K' || o->b == 'G')
			konst(im, p, (uint32_t)b, k, sizeof k);
	} else if (o->w == 'X') { /* the extended operation's operands, then its name */
		uint32_t w = pc + 1 < p->ncode ? p->code[pc + 1] : PV_XOP_N;
		int nargs = w < PV_XOP_N ? pv_xop_info[w].nargs : 2;
		at += operand(buf + at, n - at, o->b, (int32_t)I_B(i));
		if (nargs > 1)
			at += operand(buf + at, n - at, o->c, (int32_t)I_C(i));
		if (w < PV_XOP_N)
			at += (size_t)snprintf(buf + at, n - at, " %s", pv_xop_info[w].name);
		else
			at += (size_t)snprintf(buf + at, n - at, " xop?%u", w);
	} else {
		at += operand(buf + at, n - at, o->b, o->b == 'S' ? I_sB(i) : (int32_t)I_B(i));
		at += operand(buf + at, n - at, o->c, o->c == 'S' ? I_sC(i) : (int32_t)I_C(i));
	}
	if (o->w == 'J' && pc + 1 < p->ncode)
		at += snprintf(buf + at, n - at, " -> %d", (int)(next + (int32_t)p->code[pc + 1]));
	if (o->w == 'M' && pc + 1 < p->ncode) {
		uint32_t w = p->code[pc + 1];
		konst(im, p, w & 0xffff, k, sizeof k);
		at += snprintf(buf + at, n - at, " ic%u", w >> 16);
	}
	if (k[0] && at < n)
		snprintf(buf + at, n - at, "\t; %s", k);
}

static void
proto(const pv_image *im, uint32_t pi, outfn out, void *ctx)
{
	const pvi_proto *p = &im->proto[pi];
	char buf[256];
	snprintf(buf, sizeof buf,
	         "\nfunction %u %s (%s) params=%u%s regs=%u upvalues=%u caches=%u\n", pi,
	         im->str[p->name], im->str[p->file], p->nparams, p->is_method ? "+this" : "",
	         p->nregs, p->nupv, p->nic);
	out(buf, ctx);
	for (uint32_t c = 0; c < p->nchild; c++) {
		snprintf(buf, sizeof buf, "  fn%u = function %u\n", c, p->child[c]);
		out(buf, ctx);
	}
	for (uint32_t pc = 0; pc < p->ncode; pc += pv_op_len(I_OP(p->code[pc]))) {
		insn(im, p, pc, buf, sizeof buf - 1);
		strcat(buf, "\n");
		out(buf, ctx);
	}
}

void
pvi_disasm(const pv_image *im, outfn out, void *ctx)
{
	char buf[256];
	for (uint32_t i = 0; i < im->nclass; i++) {
		const pvi_class *c = &im->cls[i];
		snprintf(buf, sizeof buf, "class %s extends %s (%u fields)\n", im->str[c->name],
		         c->super == PVI_NONE ? "Object" : im->str[c->super], c->nfields);
		out(buf, ctx);
		for (uint32_t m = 0; m < c->nmethods; m++) {
			snprintf(buf, sizeof buf, "  method %s = function %u\n",
			         im->str[c->methods[m].name], c->methods[m].proto);
			out(buf, ctx);
		}
	}
	for (uint32_t i = 0; i < im->nfunc; i++) {
		snprintf(buf, sizeof buf, "def %s = function %u\n", im->str[im->func[i].name],
		         im->func[i].proto);
		out(buf, ctx);
	}
	for (uint32_t i = 0; i < im->nvar; i++) {
		snprintf(buf, sizeof buf, "var %s\n", im->str[im->var[i]]);
		out(buf, ctx);
	}
	for (uint32_t i = 0; i < im->nproto; i++)
		proto(im, i, out, ctx);
}
