/*
 * fuzz_classfile.c - libFuzzer target: bytes as a JVM class file, through
 * jcf_read (pvm/jvm/classfile.h), the Java front end's first step.
 *
 * Oracles, besides the sanitizers and the leak check: a refused class has
 * a one-line error message; on an accepted class, everything classfile.h
 * promises holds when checked again from outside: the code decodes with
 * jvm_insn_len from 0 exactly onto the instruction starts and ends at its
 * length, locals are below max_locals, exception ranges and handlers sit on
 * starts, line numbers are sorted and within the code, every constant-pool
 * reference entry resolves through the checked accessors, and every
 * member's descriptor parses. Invariant: no input crashes or hangs the
 * reader, and what it accepts the translator may walk without checks.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pvm/jvm/classfile.h"
#include "pvm/jvm/jvmops.h"
#include "fuzz_vm.h"

static void
check_code(const jcf_member *m)
{
	const jcf_code *k = m->code;
	uint32_t pc = 0, n, idx;
	if (!k)
		return;
	if (!k->len || k->len > 65535 || !k->starts)
		fz_fail("bad code length", m->name);
	for (uint32_t i = 0; i < k->len; i++)
		if (k->starts[i] > 1)
			fz_fail("starts[] not 0/1", m->name);
	for (; pc < k->len; pc += n) {
		if (!k->starts[pc] || !(n = jvm_insn_len(k->code, pc, k->len)))
			fz_fail("instruction start disagrees with jvm_insn_len", m->name);
		for (uint32_t i = 1; i < n; i++)
			if (k->starts[pc + i])
				fz_fail("start inside an instruction", m->name);
		uint8_t op = k->code[pc];
		if (op == JVM_JSR || op == JVM_JSR_W || op == JVM_RET || !jvm_ops[op].name)
			fz_fail("jsr/ret or unknown opcode accepted", m->name);
		int slots = jvm_insn_local(k->code, pc, &idx);
		if (slots && idx + slots > k->max_locals)
			fz_fail("local above max_locals accepted", m->name);
		(void)jcf_line_of(k, pc);
	}
	if (pc != k->len)
		fz_fail("code does not end on an instruction end", m->name);
	for (uint32_t i = 0; i < k->nexc; i++) {
		const jcf_exc *e = &k->exc[i];
		if (e->start >= e->end || e->end > k->len || !k->starts[e->start] ||
		    (e->end < k->len && !k->starts[e->end]) || e->handler >= k->len ||
		    !k->starts[e->handler])
			fz_fail("bad exception range accepted", m->name);
	}
	for (uint32_t i = 0; i < k->nlines; i++)
		if (k->lines[i].pc >= k->len || (i && k->lines[i].pc < k->lines[i - 1].pc))
			fz_fail("line numbers unsorted or past the code", m->name);
}

static void
check_class(const jcf_class *c)
{
	if (!c->name || (!c->super && strcmp(c->name, "java/lang/Object")))
		fz_fail("class without a name or superclass", c->name);
	for (uint32_t i = 0; i < c->nifaces; i++)
		if (!c->ifaces[i])
			fz_fail("NULL interface", c->name);
	for (uint32_t i = 0; i <= c->ncp; i++) { /* ncp itself: out of range */
		const char *cls, *name, *desc;
		uint8_t tag = i < c->ncp ? c->cp[i].tag : 0;
		int ref = tag == JCF_FIELDREF || tag == JCF_METHODREF || tag == JCF_IMETHODREF;
		if ((jcf_ref(c, (uint16_t)i, &cls, &name, &desc) == 0) != ref)
			fz_fail("jcf_ref disagrees with the tag", c->name);
		if (ref && (!cls || !name || !desc))
			fz_fail("a ref resolves to NULL", c->name);
		if ((jcf_classname(c, (uint16_t)i) != NULL) != (tag == JCF_CLASS))
			fz_fail("jcf_classname disagrees with the tag", c->name);
		if ((jcf_utf8(c, (uint16_t)i) != NULL) != (tag == JCF_UTF8))
			fz_fail("jcf_utf8 disagrees with the tag", c->name);
		if ((jcf_nametype(c, (uint16_t)i, &name, &desc) == 0) != (tag == JCF_NAMETYPE))
			fz_fail("jcf_nametype disagrees with the tag", c->name);
	}
	for (uint32_t i = 0; i < c->nfields; i++)
		if (!jcf_field_desc_ok(c->fields[i].desc) || c->fields[i].code)
			fz_fail("field with a bad descriptor or code", c->fields[i].name);
	for (uint32_t i = 0; i < c->nmethods; i++) {
		const jcf_member *m = &c->methods[i];
		uint16_t np, sl;
		if (jcf_desc_params(m->desc, &np, &sl) || np != m->nparams || sl != m->argslots ||
		    !jcf_desc_ret(m->desc))
			fz_fail("method descriptor disagrees", m->name);
		if (!m->code != !!(m->flags & (JCF_ACC_ABSTRACT | JCF_ACC_NATIVE)))
			fz_fail("code present exactly when neither abstract nor native", m->name);
		check_code(m);
	}
	for (uint32_t i = 0; i < c->nbsm; i++)
		if (!jcf_entry(c, c->bsm[i].mh, JCF_MHANDLE))
			fz_fail("bootstrap method without a MethodHandle", c->name);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[512];
	jcf_class *c = jcf_read(data, size, err, sizeof err);
	if (!c) {
		if (!err[0] || strchr(err, '\n'))
			fz_fail("refusal without a one-line message", err);
		return 0;
	}
	check_class(c);
	jcf_free(c);
	return 0;
}
