/*
 * xlate_call.c - the calls and field accesses of a translated method:
 * virtual and interface calls are CALLM by the method's key (its receiver
 * and arguments in their canonical registers when they lie packed), every
 * other call GETG + CALL of the method's global with the values moved into
 * the call area; instance fields are slots, static fields globals; `new`,
 * static fields and static calls of another class test its <ready> first.
 */
#include <stdlib.h>
#include <string.h>
#include "pvm/jvm/jvmops.h"
#include "pvm/jvm/xlate.h"
#include "pvm/opcodes.h"

void
xl_initcheck(xs *s, jv_class *d)
{
	if (d == s->c || jv_is_subclass(s->c, d) || strcmp(d->name, "java/lang/Object") == 0)
		return;
	char *g = jv_gname(d, "<ready>");
	xl_getg(s, s->T, g); /* the call area: nothing lives there */
	free(g);
	xl_abc(s, OP_JT, s->T, 0, 0);
	xl_emit(s, 2);
	g = jv_gname(d, "<jinit>");
	xl_getg(s, s->T, g);
	free(g);
	xl_abc(s, OP_CALL, s->T, 0, 0);
	xl_use_regs(s, s->T + 1);
}

/* The n argument values on top of the stack (popped): their entries and
 * positions, the first argument first. */
static int
take_args(xs *s, int nvals, sent *e, uint32_t *pos)
{
	for (int i = nvals; i-- > 0;) {
		if (s->sp == 0)
			return xl_fail(s, "the operand stack underflows");
		e[i] = xl_pop(s, &pos[i]);
	}
	return 0;
}

static int
desc_nvals(const char *desc, char *types, char *ret)
{
	const char *t[256], *r;
	int n = xl_params(desc, t, 256, &r);
	for (int i = 0; i < n; i++)
		types[i] = xl_ftype(t[i][0]);
	*ret = n < 0 || r[0] == 'V' ? 'V' : xl_ftype(r[0]);
	return n;
}

/* The result of a call left in register r, pushed at slot pos. */
void
xl_push_result(xs *s, char ret, uint32_t r, uint32_t pos)
{
	if (ret == 'V')
		return;
	if (r != s->L + pos)
		xl_abc(s, OP_MOVE, s->L + pos, r, 0);
	s->sp = pos;
	xl_push_reg(s, ret, s->L + pos);
}

/* GETG T = global g; T+1.. = the n values; CALL. */
static void
call_global(xs *s, const char *g, sent *e, uint32_t *pos, int n, char ret, uint32_t at)
{
	xl_getg(s, s->T, g);
	for (int i = 0; i < n; i++) {
		if (e[i].k == EK_INT)
			xl_loadint(s, s->T + 1 + (uint32_t)i, e[i].iv);
		else
			xl_abc(s, OP_MOVE, s->T + 1 + (uint32_t)i, e[i].r, 0);
	}
	(void)pos;
	xl_abc(s, OP_CALL, s->T, (uint32_t)n, 0);
	xl_use_regs(s, s->T + 1 + (uint32_t)n);
	xl_push_result(s, ret, s->T, at);
}

static uint32_t
new_ic(xs *s)
{
	return s->nic++;
}

/* The value a `new` (pc id) stood for as U is made, in T: every copy of
 * the U is it. */
static void
made(xs *s, int32_t id)
{
	for (uint32_t p = 0; p < s->sp; p++)
		if (s->st[p].t == 'U' && (s->st[p].iv == id || s->st[p].iv == -1 || id == -1)) {
			xl_abc(s, OP_MOVE, s->L + p, s->T, 0);
			s->st[p] = (sent){ 'A', EK_REG, (uint16_t)(s->L + p), 0 };
		}
}

/*
 * A call of a method of a stub of a .ph class (phantom/ph/X is the .ph
 * class X): `new X(args)` (at its <init>) is the .ph `new X(args)`, every
 * copy of the U the object made; an instance method is the .ph method of
 * its plain name and argument count; phantom/ph/Lib's static methods are
 * the .ph functions of their names. A Java boolean (0 or 1) goes as a
 * .ph boolean and comes back as 0 or 1; everything else is the same value
 * in both languages.
 */
static int
call_foreign(xs *s, uint8_t op, jv_class *owner, const char *name, const char *desc, sent *e,
             int nvals, uint32_t at)
{
	const char *t[256], *r;
	int n = xl_params(desc, t, 256, &r), init = strcmp(name, "<init>") == 0;
	uint32_t a = s->T;
	if (op == JVM_INVOKESTATIC) {
		if (strcmp(owner->name, JV_FOREIGN_LIB) != 0)
			return xl_fail(s,
			               "%s.%s: a static method of a .ph class (only %s's, the .ph "
			               "functions, can be called)",
			               owner->name, name, JV_FOREIGN_LIB);
		xl_getg(s, a, name);
	} else if (init)
		xl_getg(s, a, owner->pvname);
	else if (op == JVM_INVOKESPECIAL)
		return xl_fail(s, "%s.%s: a super call into a .ph class", owner->name, name);
	else
		xl_abc(s, OP_MOVE, a, xl_reg(s, &e[0], at), 0);
	for (int i = 0; i < n; i++) {
		sent *v = &e[nvals - n + i];
		uint32_t d = a + 1 + (uint32_t)i;
		if (t[i][0] == 'Z' && v->k == EK_INT)
			xl_abc(s, OP_LOADBOOL, d, v->iv != 0, 0);
		else if (t[i][0] == 'Z') { /* d = (v > 0): a .ph boolean */
			xl_abc(s, OP_LOADBOOL, d, 1, 0);
			xl_abc(s, OP_JGTI, v->r, 0, 1);
			xl_emit(s, 1);
			xl_abc(s, OP_LOADBOOL, d, 0, 0);
		} else if (v->k == EK_INT)
			xl_loadint(s, d, v->iv);
		else
			xl_abc(s, OP_MOVE, d, v->r, 0);
	}
	if (op == JVM_INVOKESTATIC)
		xl_abc(s, OP_CALL, a, (uint32_t)n, 0);
	else if (init)
		xl_abc(s, OP_NEW, a, (uint32_t)n, 0);
	else {
		uint32_t ic = new_ic(s);
		xl_abc(s, OP_CALLM, a, (uint32_t)n, 0);
		xl_emit(s, xl_kstr(s, name) | ic << 16);
	}
	xl_use_regs(s, a + 1 + (uint32_t)n);
	if (init)
		made(s, e[0].iv);
	else if (r[0] == 'Z') { /* 1 if the .ph result is true, else 0 */
		uint32_t d = s->L + at;
		xl_loadint(s, d, 1);
		xl_abc(s, OP_JT, a, 0, 0);
		xl_emit(s, 1);
		xl_loadint(s, d, 0);
		s->sp = at;
		xl_push_reg(s, 'I', d);
	} else if (r[0] != 'V')
		xl_push_result(s, xl_ftype(r[0]), a, at);
	return 0;
}

/* Receiver and arguments at slot pos and up: CALLM (or SUPER) by key. */
static void
call_method(xs *s, int op, const char *key, sent *e, uint32_t *pos, int n, char ret)
{
	int packed = 1;
	for (int i = 0; i < n; i++)
		if (pos[i] != pos[0] + (uint32_t)i)
			packed = 0;
	uint32_t a;
	if (packed) {
		for (int i = n; i-- > 0;) {
			s->st[pos[i]] = e[i];
			xl_canon(s, pos[i]);
		}
		a = s->L + pos[0];
	} else {
		for (int i = 0; i < n; i++) {
			if (e[i].k == EK_INT)
				xl_loadint(s, s->T + (uint32_t)i, e[i].iv);
			else
				xl_abc(s, OP_MOVE, s->T + (uint32_t)i, e[i].r, 0);
		}
		a = s->T;
	}
	uint32_t ic = new_ic(s);
	xl_abc(s, op, a, (uint32_t)(n - 1), 0);
	xl_emit(s, xl_kstr(s, key) | ic << 16);
	xl_use_regs(s, a + (uint32_t)n);
	xl_push_result(s, ret, a, pos[0]);
}

int
xl_invoke(xs *s, uint8_t op, uint16_t idx)
{
	const char *cn, *name, *desc;
	if (jcf_ref(s->cf, idx, &cn, &name, &desc) != 0)
		return xl_fail(s, "bad method reference");
	char types[256], ret;
	int n = desc_nvals(desc, types, &ret), recv = op != JVM_INVOKESTATIC;
	if (n < 0)
		return xl_fail(s, "bad descriptor %s", desc);
	sent e[257];
	uint32_t pos[257];
	if (take_args(s, n + recv, e, pos))
		return -1;
	uint32_t at = s->sp; /* where the result goes (there may be no argument) */
	char *key = jv_key(name, desc);
	int rc = 0;
	if (cn[0] == '[') { /* an array's clone() and Object's methods */
		if (strcmp(name, "clone") == 0)
			call_global(
				s,
				"phantom/jrt/Rt.arrayClone(Ljava/lang/Object;)Ljava/lang/Object;",
				e, pos, 1, 'A', pos[0]);
		else
			call_method(s, OP_CALLM, key, e, pos, n + 1, ret);
		free(key);
		return 0;
	}
	jv_class *c = xl_cls(s, cn), *owner = NULL;
	if (!c) {
		free(key);
		return -1;
	}
	jcf_member *m = jv_method_find(s->x, c, name, desc, &owner);
	if (!m) {
		free(key);
		return xl_fail(s, "method %s.%s%s is not available", cn, name, desc);
	}
	int is_private = (m->flags & 0x0002) != 0, is_native = (m->flags & 0x0100) != 0;
	if (owner->foreign) {
		rc = call_foreign(s, op, owner, name, desc, e, n + recv, at);
		goto out;
	}
	if (op == JVM_INVOKESPECIAL && strcmp(name, "<init>") == 0) {
		if (strcmp(owner->name, "java/lang/Object") == 0)
			goto out; /* nothing to do */
		if (owner->builtin) {
			/* new String(...): a factory makes the value; every copy of the U is it */
			int32_t id = e[0].iv;
			char *fdesc = malloc(strlen(desc) + 24);
			strcpy(fdesc, desc);
			strcpy(strrchr(fdesc, ')') + 1, "Ljava/lang/String;");
			char *g = jv_key("jnew", fdesc), *gg = jv_gname(owner, g);
			free(fdesc);
			free(g);
			call_global(s, gg, e + 1, pos + 1, n, 'V', pos[0]);
			free(gg);
			made(s, id);
			goto out;
		}
		char *g = jv_gname(owner, key);
		call_global(s, g, e, pos, n + 1, 'V', pos[0]);
		free(g);
		goto out;
	}
	if (op == JVM_INVOKESTATIC) {
		xl_initcheck(s, owner);
		char *g = jv_gname(owner, key);
		call_global(s, g, e, pos, n, ret, at);
		free(g);
		goto out;
	}
	if ((is_private && !is_native) ||
	    (op == JVM_INVOKESPECIAL && jv_is_iface(owner) && !is_native)) {
		char *g = jv_gname(owner, key);
		call_global(s, g, e, pos, n + 1, ret, pos[0]);
		free(g);
		goto out;
	}
	call_method(s, op == JVM_INVOKESPECIAL ? OP_SUPER : OP_CALLM, key, e, pos, n + 1, ret);
out:
	free(key);
	return rc;
}

int
xl_field(xs *s, uint8_t op, uint16_t idx)
{
	const char *cn, *name, *desc;
	if (jcf_ref(s->cf, idx, &cn, &name, &desc) != 0)
		return xl_fail(s, "bad field reference");
	jv_class *c = xl_cls(s, cn);
	if (!c)
		return -1;
	if (c->foreign)
		return xl_fail(s,
		               "field %s.%s: the fields of a .ph class are not reachable from "
		               "Java (call its methods)",
		               cn, name);
	char t = xl_ftype(desc[0]);
	uint32_t pos;
	if (op == JVM_GETSTATIC || op == JVM_PUTSTATIC) {
		jv_class *o = jv_static_owner(s->x, c, name, desc);
		if (!o)
			return xl_fail(s, "static field %s.%s is not available", cn, name);
		xl_initcheck(s, o);
		char *g = jv_gname(o, name);
		uint32_t k = xl_kstr(s, g);
		free(g);
		if (op == JVM_GETSTATIC) {
			xl_abx(s, OP_GETG, s->L + s->sp, k);
			xl_push_reg(s, t, s->L + s->sp);
		} else {
			uint32_t r = xl_popr(s, NULL);
			xl_abx(s, OP_SETG, r, k);
		}
		return 0;
	}
	int slot = jv_field_slot(s->x, c, name, desc);
	if (slot < 0)
		return xl_fail(s, "field %s.%s is not available", cn, name);
	if (slot > 255)
		return xl_fail(s, "class %s has more than 256 instance fields", cn);
	if (op == JVM_GETFIELD) {
		uint32_t o = xl_popr(s, &pos);
		xl_abc(s, OP_GETF, s->L + pos, o, (uint32_t)slot);
		xl_push_reg(s, t, s->L + pos);
		return 0;
	}
	uint32_t v = xl_popr(s, NULL), o = xl_popr(s, NULL);
	xl_abc(s, OP_SETF, o, (uint32_t)slot, v);
	return 0;
}
