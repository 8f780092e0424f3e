/*
 * cfcode.c - a method's Code attribute (JVMS §4.7.3): reading it, and the
 * checks that make the bytecode safe to walk (a structural subset of
 * §4.9/§4.10, without type inference: the translator infers the types).
 *
 * After cf_check_code: every byte of the code belongs to exactly one known
 * instruction (starts[] marks them) that ends inside the code; every
 * branch and switch target and every exception-table start, end and
 * handler lands on an instruction start (an end may be the code's length);
 * constant-pool operands have the tag their instruction needs; locals are
 * below max_locals, a long or double's two slots included; the last
 * instruction does not fall through; jsr and ret do not occur.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cfread.h"

/* ---------------------------------------------------------------- decoding */

/* The instruction at pc (< len): its length, or 0 and why. */
static uint32_t
insn_len(const uint8_t *code, uint32_t pc, uint32_t len, const char **why)
{
	uint8_t op = code[pc];
	uint64_t n;
	*why = "runs past the end of the code";
	if (!jvm_ops[op].name) {
		*why = "unknown opcode";
		return 0;
	}
	if (jvm_ops[op].len)
		return jvm_ops[op].len <= len - pc ? jvm_ops[op].len : 0;
	uint32_t p = (pc + 4) & ~3u; /* the table, after 0..3 bytes of padding */
	switch (op) {
	case JVM_TABLESWITCH: {
		if ((uint64_t)p + 12 > len)
			return 0;
		int32_t lo = jvm_s32(code + p + 4), hi = jvm_s32(code + p + 8);
		if (lo > hi) {
			*why = "low above high";
			return 0;
		}
		n = p + 12 + 4 * ((uint64_t)((int64_t)hi - lo) + 1);
		break;
	}
	case JVM_LOOKUPSWITCH: {
		if ((uint64_t)p + 8 > len)
			return 0;
		int32_t np = jvm_s32(code + p + 4);
		if (np < 0) {
			*why = "a negative number of pairs";
			return 0;
		}
		n = p + 8 + 8 * (uint64_t)np;
		break;
	}
	default: /* wide */
		if (pc + 1 >= len)
			return 0;
		op = code[pc + 1];
		if (op == JVM_IINC)
			n = pc + 6;
		else if ((op >= JVM_ILOAD && op <= JVM_ALOAD) ||
		         (op >= JVM_ISTORE && op <= JVM_ASTORE) || op == JVM_RET)
			n = pc + 4;
		else {
			*why = "modifies an instruction that has no wide form";
			return 0;
		}
	}
	return n <= len ? (uint32_t)(n - pc) : 0;
}

uint32_t
jvm_insn_len(const uint8_t *code, uint32_t pc, uint32_t len)
{
	const char *why;
	return code && pc < len ? insn_len(code, pc, len, &why) : 0;
}

int
jvm_insn_local(const uint8_t *code, uint32_t pc, uint32_t *idx)
{
	uint8_t op = code[pc];
	int wide = op == JVM_WIDE;
	if (wide)
		op = code[pc + 1];
	uint32_t ix = wide ? jvm_u16(code + pc + 2) : code[pc + 1];
	int k; /* 0..4: i l f d a */
	if (op >= JVM_ILOAD && op <= JVM_ALOAD)
		k = op - JVM_ILOAD;
	else if (op >= JVM_ISTORE && op <= JVM_ASTORE)
		k = op - JVM_ISTORE;
	else if (op == JVM_IINC || op == JVM_RET)
		k = 0;
	else if (op >= JVM_ILOAD_0 && op <= JVM_ALOAD_3) {
		k = (op - JVM_ILOAD_0) / 4;
		ix = (op - JVM_ILOAD_0) % 4u;
	} else if (op >= JVM_ISTORE_0 && op <= JVM_ASTORE_3) {
		k = (op - JVM_ISTORE_0) / 4;
		ix = (op - JVM_ISTORE_0) % 4u;
	} else
		return 0;
	*idx = ix;
	return k == 1 || k == 3 ? 2 : 1;
}

uint16_t
jcf_line_of(const jcf_code *k, uint32_t pc)
{
	if (!k || !k->nlines || pc < k->lines[0].pc)
		return 0;
	uint32_t lo = 0, hi = k->nlines; /* the last entry with .pc <= pc */
	while (hi - lo > 1) {
		uint32_t mid = (lo + hi) / 2;
		if (k->lines[mid].pc <= pc)
			lo = mid;
		else
			hi = mid;
	}
	return k->lines[lo].line;
}

/* ---------------------------------------------------------------- reading */

typedef struct lnent {
	uint16_t pc, line;
	uint32_t seq;
} lnent;

static int
cmp_line(const void *a, const void *b)
{
	const lnent *x = a, *y = b;
	if (x->pc != y->pc)
		return x->pc < y->pc ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* One LineNumberTable, appended to lines[*n] (room for cap). */
static int
read_lines(cfr *r, jcf_code *k, lnent **lines, uint32_t *n, uint32_t *cap)
{
	uint16_t cnt = cf_u2(r);
	if (!cf_need(r, cnt * 4u))
		return -1;
	if (*n + cnt > 65535)
		return cf_fail(r, "more than 65535 line numbers");
	if (*n + cnt > *cap) {
		uint32_t nc = (*n + cnt) * 2;
		lnent *nl = cf_alloc(r, nc * sizeof(lnent));
		if (!nl)
			return -1;
		if (*n)
			memcpy(nl, *lines, *n * sizeof(lnent));
		*lines = nl;
		*cap = nc;
	}
	for (uint32_t i = 0; i < cnt; i++) {
		lnent *e = &(*lines)[*n];
		e->pc = cf_u2(r);
		e->line = cf_u2(r);
		e->seq = *n;
		if (e->pc >= k->len)
			return cf_fail(r, "line number table: pc %u is past the code", e->pc);
		++*n;
	}
	return 0;
}

/* The attributes inside Code: LineNumberTable is kept, the rest skipped. */
static int
read_code_attrs(cfr *r, jcf_code *k)
{
	lnent *lines = NULL;
	uint32_t n = 0, cap = 0;
	uint16_t na = cf_u2(r);
	if (!cf_need(r, na * 6u))
		return -1;
	size_t lim = r->lim;
	const char *attr = r->attr;
	for (uint32_t i = 0; i < na; i++) {
		uint16_t ni = cf_u2(r);
		uint32_t len = cf_u4(r);
		if (!cf_need(r, len))
			return -1;
		const jcf_cp *name = cf_want(r, ni, JCF_UTF8, "attribute name");
		if (!name)
			return -1;
		size_t end = r->at + len;
		if (!strcmp(name->s, "LineNumberTable")) {
			r->lim = end;
			r->attr = name->s;
			if (read_lines(r, k, &lines, &n, &cap))
				return -1;
			if (r->at != end)
				return cf_fail(
					r, "%s attribute: %zu bytes left over after its contents",
					name->s, end - r->at);
			r->lim = lim;
			r->attr = attr;
		}
		r->at = end;
	}
	if (!n)
		return 0;
	qsort(lines, n, sizeof(lnent), cmp_line);
	k->lines = cf_alloc(r, n * sizeof(jcf_line));
	if (!k->lines)
		return -1;
	k->nlines = (uint16_t)n;
	for (uint32_t i = 0; i < n; i++) {
		k->lines[i].pc = lines[i].pc;
		k->lines[i].line = lines[i].line;
	}
	return 0;
}

int
cf_read_code(cfr *r, jcf_member *m)
{
	jcf_code *k = cf_alloc(r, sizeof *k);
	if (!k)
		return -1;
	k->max_stack = cf_u2(r);
	k->max_locals = cf_u2(r);
	uint32_t len = cf_u4(r);
	if (r->bad)
		return -1;
	if (len == 0 || len > 65535)
		return cf_fail(r, "code length %u is not within 1..65535", len);
	if (!cf_need(r, len))
		return -1;
	k->code = r->b + r->at;
	k->len = len;
	r->at += len;
	k->nexc = cf_u2(r);
	if (!cf_need(r, k->nexc * 8u))
		return -1;
	k->exc = cf_alloc(r, (k->nexc ? k->nexc : 1u) * sizeof(jcf_exc));
	if (!k->exc)
		return -1;
	for (uint32_t i = 0; i < k->nexc; i++) {
		k->exc[i].start = cf_u2(r);
		k->exc[i].end = cf_u2(r);
		k->exc[i].handler = cf_u2(r);
		k->exc[i].type = cf_u2(r);
	}
	if (read_code_attrs(r, k))
		return -1;
	m->code = k;
	return 0;
}

/* ---------------------------------------------------------------- checking */

/* The mnemonic in small letters, for messages. */
static const char *
mnemonic(uint8_t op, char *buf, size_t n)
{
	const char *s = jvm_ops[op].name;
	size_t i = 0;
	for (; s && s[i] && i + 1 < n; i++)
		buf[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	buf[i] = 0;
	return buf;
}

static int
target(cfr *r, const jcf_code *k, int64_t t)
{
	if (t < 0 || t >= k->len)
		return cf_fail(r, "jump to %lld outside the code", (long long)t);
	if (!k->starts[t])
		return cf_fail(r, "jump to %lld, inside an instruction", (long long)t);
	return 0;
}

static int
check_switch(cfr *r, const jcf_code *k, uint32_t pc)
{
	const uint8_t *code = k->code;
	uint32_t p = (pc + 4) & ~3u;
	if (target(r, k, (int64_t)pc + jvm_s32(code + p)))
		return -1;
	if (code[pc] == JVM_TABLESWITCH) {
		uint64_t n = (uint64_t)((int64_t)jvm_s32(code + p + 8) - jvm_s32(code + p + 4)) + 1;
		for (uint64_t i = 0; i < n; i++)
			if (target(r, k, (int64_t)pc + jvm_s32(code + p + 12 + 4 * i)))
				return -1;
		return 0;
	}
	int32_t np = jvm_s32(code + p + 4);
	for (int32_t i = 0; i < np; i++) {
		const uint8_t *e = code + p + 8 + 8 * (uint32_t)i;
		if (i && jvm_s32(e) <= jvm_s32(e - 8))
			return cf_fail(r, "lookupswitch keys not in increasing order");
		if (target(r, k, (int64_t)pc + jvm_s32(e + 4)))
			return -1;
	}
	return 0;
}

/* The category of what ldc (wide 0) or ldc2_w (wide 1) loads from e. */
static int
loadable(const jcf_class *c, const jcf_cp *e, int wide)
{
	switch (e->tag) {
	case JCF_INTEGER:
	case JCF_FLOAT:
	case JCF_STRING:
	case JCF_CLASS:
	case JCF_MTYPE:
	case JCF_MHANDLE:
		return !wide;
	case JCF_LONG:
	case JCF_DOUBLE:
		return wide;
	case JCF_DYNAMIC: {
		const char *d = c->cp[c->cp[e->b].b].s;
		return (jcf_desc_slots(d) == 2) == wide;
	}
	}
	return 0;
}

/* A method ref (or, from Java 8, an interface method ref where iface
 * allows) for invoke op; its name and argument slots. */
static const jcf_cp *
invoke_ref(cfr *r, uint8_t op, uint16_t idx, const char *what)
{
	const jcf_class *c = r->c;
	uint8_t tag = op == JVM_INVOKEINTERFACE ? JCF_IMETHODREF : JCF_METHODREF;
	if ((op == JVM_INVOKESPECIAL || op == JVM_INVOKESTATIC) && c->major >= 52 && idx &&
	    idx < c->ncp && c->cp[idx].tag == JCF_IMETHODREF)
		tag = JCF_IMETHODREF;
	const jcf_cp *e = cf_want(r, idx, tag, what);
	if (!e)
		return NULL;
	const char *name = c->cp[c->cp[e->b].a].s;
	if (name[0] == '<' && op != JVM_INVOKESPECIAL) {
		cf_fail(r, "%s of %s", what, name);
		return NULL;
	}
	return e;
}

/* The constant-pool operand of the instruction at pc, if any. */
static int
check_cp_operand(cfr *r, const jcf_code *k, uint32_t pc)
{
	const jcf_class *c = r->c;
	const uint8_t *code = k->code;
	uint8_t op = code[pc];
	uint16_t idx = op == JVM_LDC ? code[pc + 1] : jvm_u16(code + pc + 1);
	char what[20];
	mnemonic(op, what, sizeof what);
	switch (op) {
	case JVM_LDC:
	case JVM_LDC_W:
	case JVM_LDC2_W:
		if (!idx || idx >= c->ncp)
			return cf_fail(r, "%s of constant %u, outside the constant pool", what,
			               idx);
		if (!loadable(c, &c->cp[idx], op == JVM_LDC2_W))
			return cf_fail(r, "%s of constant %u, a %s it cannot load", what, idx,
			               cf_tagname(c->cp[idx].tag));
		return 0;
	case JVM_GETSTATIC:
	case JVM_PUTSTATIC:
	case JVM_GETFIELD:
	case JVM_PUTFIELD:
		return cf_want(r, idx, JCF_FIELDREF, what) ? 0 : -1;
	case JVM_INVOKEVIRTUAL:
	case JVM_INVOKESPECIAL:
	case JVM_INVOKESTATIC:
	case JVM_INVOKEINTERFACE: {
		const jcf_cp *e = invoke_ref(r, op, idx, what);
		if (!e)
			return -1;
		if (op == JVM_INVOKEINTERFACE) {
			uint16_t slots;
			jcf_desc_params(c->cp[c->cp[e->b].b].s, NULL, &slots);
			if (code[pc + 3] != slots + 1 || code[pc + 4])
				return cf_fail(r,
				               "invokeinterface count %u (the arguments take %u)",
				               code[pc + 3], slots + 1u);
		}
		return 0;
	}
	case JVM_INVOKEDYNAMIC:
		if (code[pc + 3] || code[pc + 4])
			return cf_fail(r, "invokedynamic with nonzero bytes 3 and 4");
		return cf_want(r, idx, JCF_INDY, what) ? 0 : -1;
	case JVM_NEW:
	case JVM_ANEWARRAY:
	case JVM_CHECKCAST:
	case JVM_INSTANCEOF:
	case JVM_MULTIANEWARRAY: {
		const jcf_cp *e = cf_want(r, idx, JCF_CLASS, what);
		if (!e)
			return -1;
		int dims = cf_class_dims(c->cp[e->a].s);
		if (op == JVM_NEW && dims)
			return cf_fail(r, "new of an array type");
		if (op == JVM_ANEWARRAY && dims >= 255)
			return cf_fail(r, "anewarray of more than 255 dimensions");
		if (op == JVM_MULTIANEWARRAY && (code[pc + 3] < 1 || code[pc + 3] > dims))
			return cf_fail(r, "multianewarray of %u dimensions of %s", code[pc + 3],
			               c->cp[e->a].s);
		return 0;
	}
	}
	return 0;
}

/* Everything about one decoded instruction but its own length. */
static int
check_insn(cfr *r, const jcf_code *k, uint32_t pc)
{
	const uint8_t *code = k->code;
	uint8_t op = code[pc];
	const char *kinds = jvm_ops[op].operands;
	uint32_t q = pc + 1, idx;
	int slots = jvm_insn_local(code, pc, &idx);
	if (slots && idx + slots > k->max_locals)
		return cf_fail(r, "local %u%s is not below max_locals %u", idx,
		               slots == 2 ? " (and the next: a long or double)" : "",
		               k->max_locals);
	if (op == JVM_TABLESWITCH || op == JVM_LOOKUPSWITCH)
		return check_switch(r, k, pc);
	if (op == JVM_NEWARRAY && (code[pc + 1] < 4 || code[pc + 1] > 11))
		return cf_fail(r, "newarray of unknown type %u", code[pc + 1]);
	if (strchr(kinds, 'j') && target(r, k, (int64_t)pc + jvm_s16(code + q)))
		return -1;
	if (strchr(kinds, 'J') && target(r, k, (int64_t)pc + jvm_s32(code + q)))
		return -1;
	return check_cp_operand(r, k, pc);
}

static int
check_exceptions(cfr *r, const jcf_code *k)
{
	for (uint32_t i = 0; i < k->nexc; i++) {
		const jcf_exc *e = &k->exc[i];
		if (e->start >= k->len || !k->starts[e->start])
			return cf_fail(r,
			               "exception table entry %u: start %u is not an instruction",
			               i, e->start);
		if (e->end <= e->start || e->end > k->len ||
		    (e->end < k->len && !k->starts[e->end]))
			return cf_fail(
				r,
				"exception table entry %u: end %u is not an instruction after "
				"start %u",
				i, e->end, e->start);
		if (e->handler >= k->len || !k->starts[e->handler])
			return cf_fail(r,
			               "exception table entry %u: handler %u is not an instruction",
			               i, e->handler);
		if (e->type) {
			char what[48];
			snprintf(what, sizeof what, "exception table entry %u: catch type", i);
			const jcf_cp *t = cf_want(r, e->type, JCF_CLASS, what);
			if (!t)
				return -1;
			if (cf_class_dims(r->c->cp[t->a].s))
				return cf_fail(r, "%s is an array type", what);
		}
	}
	return 0;
}

static int
falls_through(uint8_t op)
{
	return !((op >= JVM_IRETURN && op <= JVM_RETURN) || op == JVM_ATHROW || op == JVM_GOTO ||
	         op == JVM_GOTO_W || op == JVM_TABLESWITCH || op == JVM_LOOKUPSWITCH);
}

int
cf_check_code(cfr *r, const jcf_member *m)
{
	jcf_code *k = m->code;
	if (!k)
		return 0;
	r->m = m;
	r->is_method = 1;
	uint32_t self = !(m->flags & JCF_ACC_STATIC);
	if (k->max_locals < m->argslots + self)
		return cf_fail(r, "max_locals %u is below the %u slots of the parameters",
		               k->max_locals, m->argslots + self);
	uint8_t *st = cf_alloc(r, k->len);
	if (!st)
		return -1;
	k->starts = st;
	uint32_t last = 0;
	for (uint32_t pc = 0, n; pc < k->len; pc += n) {
		const char *why;
		uint8_t op = k->code[pc];
		char name[20];
		r->pc = pc;
		if (!jvm_ops[op].name)
			return cf_fail(r, "unknown opcode 0x%02x", op);
		if (op == JVM_JSR || op == JVM_JSR_W || op == JVM_RET ||
		    (op == JVM_WIDE && pc + 1 < k->len && k->code[pc + 1] == JVM_RET))
			return cf_fail(r, "jsr/ret (subroutines, before Java 6) are not supported");
		if (!(n = insn_len(k->code, pc, k->len, &why)))
			return cf_fail(r, "%s %s", mnemonic(op, name, sizeof name), why);
		st[pc] = 1;
		last = pc;
	}
	for (uint32_t pc = 0; pc < k->len; pc++) {
		r->pc = pc;
		if (st[pc] && check_insn(r, k, pc))
			return -1;
	}
	r->pc = last;
	if (falls_through(k->code[last]))
		return cf_fail(r, "the code falls off its end");
	r->pc = -1;
	if (check_exceptions(r, k))
		return -1;
	r->m = NULL;
	return 0;
}
