/*
 * classfile.c - reading a JVM class file (JVMS §4): the header, the
 * class's names, fields, methods and attributes, and the reader's
 * primitives (cfread.h). The constant pool is cfpool.c, code cfcode.c.
 *
 * Nothing is trusted: a count is checked against the bytes left before
 * anything is allocated for it, every read is bounds-checked (cfread.h),
 * every constant-pool reference is checked for range and tag before it is
 * followed, and the class is returned only when everything, code included
 * (cfcode.c), has been checked. Every allocation goes to the class's arena,
 * so a refusal part-way frees all by freeing the class.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cfread.h"

/* ---------------------------------------------------------------- memory */

struct jcf_mem {
	struct jcf_mem *next;
	size_t used, cap;
};

#define MEM_HDR   ((sizeof(struct jcf_mem) + 15) & ~(size_t)15)
#define MEM_BLOCK 16384

void *
cf_alloc(cfr *r, size_t n)
{
	jcf_class *c = r->c;
	if (n > ((size_t)-1 >> 2)) {
		cf_fail(r, "out of memory");
		return NULL;
	}
	n = (n + 7) & ~(size_t)7;
	struct jcf_mem *m = c->mem;
	if (!m || m->cap - m->used < n) {
		size_t cap = n > MEM_BLOCK / 4 ? n : MEM_BLOCK;
		struct jcf_mem *b = malloc(MEM_HDR + cap);
		if (!b) {
			cf_fail(r, "out of memory");
			return NULL;
		}
		b->cap = cap;
		b->used = 0;
		if (m && cap == n) { /* a big one: the current block stays in front */
			b->next = m->next;
			m->next = b;
		} else {
			b->next = m;
			c->mem = b;
		}
		m = b;
	}
	void *p = (char *)m + MEM_HDR + m->used;
	m->used += n;
	memset(p, 0, n);
	return p;
}

void
jcf_free(jcf_class *c)
{
	if (!c)
		return;
	for (struct jcf_mem *m = c->mem, *next; m; m = next) {
		next = m->next;
		free(m);
	}
	free(c);
}

/* ---------------------------------------------------------------- reading */

int
cf_fail(cfr *r, const char *fmt, ...)
{
	if (r->bad++ || !r->errn)
		return -1;
	char msg[256], where[320] = "", at[32] = "";
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (r->m && r->is_method)
		snprintf(where, sizeof where, "method %s%s: ", r->m->name, r->m->desc);
	else if (r->m)
		snprintf(where, sizeof where, "field %s: ", r->m->name);
	if (r->pc >= 0)
		snprintf(at, sizeof at, "bytecode %ld: ", r->pc);
	snprintf(r->err, r->errn, "%s%s%s%s%s", r->cls ? r->cls : "", r->cls ? ": " : "", where, at,
	         msg);
	for (char *p = r->err; *p; p++) /* one line, whatever the names hold */
		if ((unsigned char)*p < 0x20)
			*p = '?';
	return -1;
}

int
cf_need(cfr *r, size_t k)
{
	if (r->bad)
		return 0;
	if (k <= r->lim - r->at)
		return 1;
	if (r->attr)
		cf_fail(r, "%s attribute: its contents overrun its length", r->attr);
	else
		cf_fail(r, "truncated at byte %zu", r->n);
	return 0;
}

uint8_t
cf_u1(cfr *r)
{
	return cf_need(r, 1) ? r->b[r->at++] : 0;
}

uint16_t
cf_u2(cfr *r)
{
	if (!cf_need(r, 2))
		return 0;
	r->at += 2;
	return jvm_u16(r->b + r->at - 2);
}

uint32_t
cf_u4(cfr *r)
{
	if (!cf_need(r, 4))
		return 0;
	r->at += 4;
	return jvm_u32(r->b + r->at - 4);
}

/* ---------------------------------------------------------------- members */

/* The ConstantValue idx fits the field's type. */
static int
check_constval(cfr *r, const jcf_member *f, uint16_t idx)
{
	uint8_t want;
	switch (f->desc[0]) {
	case 'J':
		want = JCF_LONG;
		break;
	case 'F':
		want = JCF_FLOAT;
		break;
	case 'D':
		want = JCF_DOUBLE;
		break;
	case 'I':
	case 'S':
	case 'C':
	case 'B':
	case 'Z':
		want = JCF_INTEGER;
		break;
	default:
		if (strcmp(f->desc, "Ljava/lang/String;"))
			return cf_fail(r, "a ConstantValue for a field of type %s", f->desc);
		want = JCF_STRING;
	}
	return cf_want(r, idx, want, "ConstantValue") ? 0 : -1;
}

static int
check_field_flags(cfr *r, const jcf_member *f)
{
	uint16_t fl = f->flags;
	int acc = !!(fl & JCF_ACC_PUBLIC) + !!(fl & JCF_ACC_PRIVATE) + !!(fl & JCF_ACC_PROTECTED);
	if (acc > 1)
		return cf_fail(r, "more than one of public, private, protected");
	if ((fl & JCF_ACC_FINAL) && (fl & JCF_ACC_VOLATILE))
		return cf_fail(r, "both final and volatile");
	if (r->c->flags & JCF_ACC_INTERFACE) {
		uint16_t must = JCF_ACC_PUBLIC | JCF_ACC_STATIC | JCF_ACC_FINAL;
		if ((fl & must) != must || (fl & ~(must | JCF_ACC_SYNTHETIC)))
			return cf_fail(
				r,
				"an interface's field must be public static final (flags 0x%04x)",
				fl);
	}
	return 0;
}

static int
check_method_flags(cfr *r, const jcf_member *m)
{
	uint16_t fl = m->flags;
	int acc = !!(fl & JCF_ACC_PUBLIC) + !!(fl & JCF_ACC_PRIVATE) + !!(fl & JCF_ACC_PROTECTED);
	int iface = (r->c->flags & JCF_ACC_INTERFACE) != 0;
	int init = !strcmp(m->name, "<init>"), clinit = !strcmp(m->name, "<clinit>");
	if (clinit) {
		if (!(fl & JCF_ACC_STATIC) || strcmp(m->desc, "()V"))
			return cf_fail(r, "<clinit> must be static with descriptor ()V");
		return 0;
	}
	if (acc > 1)
		return cf_fail(r, "more than one of public, private, protected");
	if (iface) {
		if (init)
			return cf_fail(r, "an interface has no constructor");
		if (fl &
		    (JCF_ACC_PROTECTED | JCF_ACC_FINAL | JCF_ACC_SYNCHRONIZED | JCF_ACC_NATIVE))
			return cf_fail(r,
			               "an interface's method may not be protected, final, "
			               "synchronized or native (flags 0x%04x)",
			               fl);
		if (r->c->major < 52 && (fl & (JCF_ACC_PUBLIC | JCF_ACC_ABSTRACT)) !=
		                                (JCF_ACC_PUBLIC | JCF_ACC_ABSTRACT))
			return cf_fail(
				r, "an interface's method must be public abstract before Java 8");
		if (acc != 1)
			return cf_fail(r, "an interface's method must be public or private");
	}
	if ((fl & JCF_ACC_ABSTRACT) && (fl & (JCF_ACC_PRIVATE | JCF_ACC_STATIC | JCF_ACC_FINAL |
	                                      JCF_ACC_SYNCHRONIZED | JCF_ACC_NATIVE)))
		return cf_fail(r,
		               "abstract with private, static, final, synchronized or native "
		               "(flags 0x%04x)",
		               fl);
	if (init && (fl & (JCF_ACC_STATIC | JCF_ACC_FINAL | JCF_ACC_SYNCHRONIZED | JCF_ACC_NATIVE |
	                   JCF_ACC_ABSTRACT)))
		return cf_fail(r,
		               "a constructor may not be static, final, synchronized, native or "
		               "abstract (flags 0x%04x)",
		               fl);
	return 0;
}

/* The attributes of member m, or of the class (m NULL). */
static int read_attrs(cfr *r, jcf_member *m, int method);

static int
read_member(cfr *r, jcf_member *m, int method)
{
	const char *kind = method ? "method" : "field";
	char what[24];
	m->flags = cf_u2(r);
	uint16_t ni = cf_u2(r), di = cf_u2(r);
	if (r->bad)
		return -1;
	snprintf(what, sizeof what, "%s name", kind);
	const jcf_cp *n = cf_want(r, ni, JCF_UTF8, what);
	snprintf(what, sizeof what, "%s descriptor", kind);
	const jcf_cp *d = n ? cf_want(r, di, JCF_UTF8, what) : NULL;
	if (!d)
		return -1;
	m->name = n->s;
	m->desc = d->s;
	r->m = m;
	r->is_method = method;
	if (!(method ? cf_method_name_ok(n) : cf_unqualified_ok(n)))
		return cf_fail(r, "bad %s name", kind);
	if (method) {
		uint16_t self = !(m->flags & JCF_ACC_STATIC);
		if (!cf_plain(d) || jcf_desc_params(m->desc, &m->nparams, &m->argslots))
			return cf_fail(r, "bad method descriptor");
		if (m->argslots + self > 255)
			return cf_fail(r, "parameters take more than 255 slots");
		if (!strcmp(m->name, "<init>") && jcf_desc_ret(m->desc) != 'V')
			return cf_fail(r, "a constructor must return void");
		if (check_method_flags(r, m))
			return -1;
	} else {
		if (!cf_plain(d) || !jcf_field_desc_ok(m->desc))
			return cf_fail(r, "bad field descriptor '%s'", m->desc);
		if (check_field_flags(r, m))
			return -1;
	}
	if (read_attrs(r, m, method))
		return -1;
	if (method) {
		int body = !(m->flags & (JCF_ACC_ABSTRACT | JCF_ACC_NATIVE));
		if (body && !m->code)
			return cf_fail(r, "no Code attribute");
		if (!body && m->code)
			return cf_fail(r, "an abstract or native method with a Code attribute");
	}
	r->m = NULL;
	return 0;
}

static uint32_t
hash_member(const jcf_member *m)
{
	uint32_t h = 2166136261u;
	for (const char *p = m->name; *p; p++)
		h = (h ^ (uint8_t)*p) * 16777619u;
	for (const char *p = m->desc; *p; p++)
		h = (h ^ (uint8_t)*p) * 16777619u;
	return h;
}

/* No two members share a name and descriptor. */
static int
check_dups(cfr *r, jcf_member *ms, uint16_t n, int method)
{
	uint32_t cap = 16;
	while (cap < 2u * n)
		cap *= 2;
	uint16_t *slot = cf_alloc(r, cap * sizeof(uint16_t)); /* member + 1, 0 = empty */
	if (!slot)
		return -1;
	for (uint32_t i = 0; i < n; i++) {
		uint32_t h = hash_member(&ms[i]) & (cap - 1);
		for (; slot[h]; h = (h + 1) & (cap - 1)) {
			const jcf_member *o = &ms[slot[h] - 1];
			if (!strcmp(o->name, ms[i].name) && !strcmp(o->desc, ms[i].desc)) {
				r->m = &ms[i];
				r->is_method = method;
				return cf_fail(r, "defined twice");
			}
		}
		slot[h] = (uint16_t)(i + 1);
	}
	return 0;
}

static int
read_members(cfr *r, int method)
{
	jcf_class *c = r->c;
	uint16_t n = cf_u2(r);
	/* a member takes at least 8 bytes */
	if (!cf_need(r, n * 8u))
		return -1;
	jcf_member *ms = n ? cf_alloc(r, n * sizeof(jcf_member)) : NULL;
	if (n && !ms)
		return -1;
	if (method) {
		c->nmethods = n;
		c->methods = ms;
	} else {
		c->nfields = n;
		c->fields = ms;
	}
	for (uint32_t i = 0; i < n; i++)
		if (read_member(r, &ms[i], method))
			return -1;
	return check_dups(r, ms, n, method);
}

/* ---------------------------------------------------------------- attributes */

static int
read_bsm(cfr *r)
{
	jcf_class *c = r->c;
	if (c->bsm)
		return cf_fail(r, "two BootstrapMethods attributes");
	uint16_t n = cf_u2(r);
	if (!cf_need(r, n * 4u))
		return -1;
	c->bsm = cf_alloc(r, (n ? n : 1u) * sizeof(jcf_bsm));
	if (!c->bsm)
		return -1;
	c->nbsm = n;
	for (uint32_t i = 0; i < n; i++) {
		jcf_bsm *b = &c->bsm[i];
		char what[48];
		snprintf(what, sizeof what, "bootstrap method %u", i);
		b->mh = cf_u2(r);
		b->nargs = cf_u2(r);
		if (!cf_need(r, b->nargs * 2u) || !cf_want(r, b->mh, JCF_MHANDLE, what))
			return -1;
		b->args = cf_alloc(r, (b->nargs ? b->nargs : 1u) * sizeof(uint16_t));
		if (!b->args)
			return -1;
		for (uint32_t j = 0; j < b->nargs; j++) {
			uint16_t a = b->args[j] = cf_u2(r);
			uint8_t t = a && a < c->ncp ? c->cp[a].tag : 0;
			if (t != JCF_INTEGER && t != JCF_FLOAT && t != JCF_LONG &&
			    t != JCF_DOUBLE && t != JCF_CLASS && t != JCF_STRING &&
			    t != JCF_MHANDLE && t != JCF_MTYPE && t != JCF_DYNAMIC)
				return cf_fail(r, "%s: argument %u (constant %u) is not loadable",
				               what, j, a);
		}
	}
	return 0;
}

static int
read_inner(cfr *r)
{
	jcf_class *c = r->c;
	uint16_t n = cf_u2(r);
	if (!cf_need(r, n * 8u))
		return -1;
	c->inner = cf_alloc(r, (n ? n : 1u) * sizeof(jcf_inner));
	if (!c->inner)
		return -1;
	c->ninner = n;
	for (uint32_t i = 0; i < n; i++) {
		jcf_inner *e = &c->inner[i];
		e->inner = cf_u2(r);
		e->outer = cf_u2(r);
		e->name = cf_u2(r);
		e->flags = cf_u2(r);
		if (!cf_want(r, e->inner, JCF_CLASS, "InnerClasses") ||
		    (e->outer && !cf_want(r, e->outer, JCF_CLASS, "InnerClasses")) ||
		    (e->name && !cf_want(r, e->name, JCF_UTF8, "InnerClasses")))
			return -1;
	}
	return 0;
}

/* One attribute of the class (m NULL), a field or a method; the reader
 * stands after its length, lim at its end. 1 if it was read (it must then
 * fill its length exactly), 0 if it is one to skip, -1 if bad. */
static int
read_attr(cfr *r, jcf_member *m, int method, const char *name)
{
	jcf_class *c = r->c;
	int rc = 0;
	if (m && !method && (m->flags & JCF_ACC_STATIC) && !strcmp(name, "ConstantValue")) {
		/* as the JVM, only a static field's (javac gives final instance
		 * fields one too; the constructor sets them) */
		m->constval = cf_u2(r);
		rc = r->bad ? -1 : check_constval(r, m, m->constval);
	} else if (m && method && !strcmp(name, "Code")) {
		rc = m->code ? cf_fail(r, "two Code attributes") : cf_read_code(r, m);
	} else if (m) {
		return 0;
	} else if (!strcmp(name, "SourceFile")) {
		const jcf_cp *s = cf_want(r, cf_u2(r), JCF_UTF8, "SourceFile");
		c->source = s ? s->s : NULL;
		rc = s ? 0 : -1;
	} else if (!strcmp(name, "NestHost")) {
		const jcf_cp *s = cf_want(r, cf_u2(r), JCF_CLASS, "NestHost");
		c->nest_host = s ? c->cp[s->a].s : NULL;
		rc = s ? 0 : -1;
	} else if (!strcmp(name, "BootstrapMethods")) {
		rc = read_bsm(r);
	} else if (!strcmp(name, "InnerClasses")) {
		rc = read_inner(r);
	} else
		return 0;
	return rc ? -1 : 1;
}

static int
read_attrs(cfr *r, jcf_member *m, int method)
{
	uint16_t n = cf_u2(r);
	if (!cf_need(r, n * 6u))
		return -1;
	for (uint32_t i = 0; i < n; i++) {
		uint16_t ni = cf_u2(r);
		uint32_t len = cf_u4(r);
		if (!cf_need(r, len))
			return -1;
		const jcf_cp *name = cf_want(r, ni, JCF_UTF8, "attribute name");
		if (!name)
			return -1;
		size_t end = r->at + len;
		r->lim = end;
		r->attr = name->s;
		int got = read_attr(r, m, method, name->s);
		if (got > 0 && r->at != end)
			got = cf_fail(r, "%s attribute: %zu bytes left over after its contents",
			              name->s, end - r->at);
		if (got < 0)
			return -1;
		r->at = end;
		r->lim = r->n;
		r->attr = NULL;
	}
	return 0;
}

/* ---------------------------------------------------------------- the class */

static int
check_class_flags(cfr *r)
{
	uint16_t fl = r->c->flags;
	if (fl & JCF_ACC_MODULE)
		return cf_fail(r, "a module descriptor (module-info), not a class");
	if (fl & JCF_ACC_INTERFACE) {
		if (!(fl & JCF_ACC_ABSTRACT) ||
		    (fl & (JCF_ACC_FINAL | JCF_ACC_SUPER | JCF_ACC_ENUM)))
			return cf_fail(r,
			               "an interface must be abstract and not final, super or enum "
			               "(flags 0x%04x)",
			               fl);
	} else if ((fl & JCF_ACC_ANNOTATION) || ((fl & JCF_ACC_FINAL) && (fl & JCF_ACC_ABSTRACT)))
		return cf_fail(r, "bad class flags 0x%04x", fl);
	return 0;
}

/* A Class entry naming a class, not an array. */
static const char *
plain_class(cfr *r, uint16_t idx, const char *what)
{
	const jcf_cp *e = cf_want(r, idx, JCF_CLASS, what);
	if (!e)
		return NULL;
	const char *name = r->c->cp[e->a].s;
	if (name[0] == '[') {
		cf_fail(r, "%s: %s is an array type", what, name);
		return NULL;
	}
	return name;
}

static int
read_header(cfr *r)
{
	jcf_class *c = r->c;
	uint32_t magic = cf_u4(r);
	if (!r->bad && magic != 0xCAFEBABEu)
		return cf_fail(r, "not a class file (magic 0x%08X, not 0xCAFEBABE)", magic);
	c->minor = cf_u2(r);
	c->major = cf_u2(r);
	if (r->bad)
		return -1;
	if (c->major > JCF_MAJOR_MAX)
		return cf_fail(
			r, "class file version %u.%u is newer than this converter supports (%u)",
			c->major, c->minor, JCF_MAJOR_MAX);
	if (c->major < JCF_MAJOR_MIN)
		return cf_fail(r, "class file version %u.%u is older than Java 1.1 (%u)", c->major,
		               c->minor, JCF_MAJOR_MIN);
	if (c->major >= 56 && c->minor == 0xffff)
		return cf_fail(r, "class file version %u.%u uses preview features (not supported)",
		               c->major, c->minor);
	if (cf_read_cp(r))
		return -1;
	c->flags = cf_u2(r);
	c->this_idx = cf_u2(r);
	c->super_idx = cf_u2(r);
	if (r->bad)
		return -1;
	/* the name, for the errors from here on, if this_class looks right */
	const jcf_cp *t = jcf_entry(c, c->this_idx, JCF_CLASS);
	if (t && jcf_entry(c, t->a, JCF_UTF8))
		r->cls = c->cp[t->a].s;
	if (cf_check_cp(r) || check_class_flags(r))
		return -1;
	if (!(c->name = plain_class(r, c->this_idx, "this_class")))
		return -1;
	if (!strcmp(c->name, "java/lang/Object")) {
		if (c->super_idx)
			return cf_fail(r, "java/lang/Object with a superclass");
	} else if (!(c->super = plain_class(r, c->super_idx, "super_class")))
		return -1;
	if ((c->flags & JCF_ACC_INTERFACE) && (!c->super || strcmp(c->super, "java/lang/Object")))
		return cf_fail(r, "an interface's superclass must be java/lang/Object");
	c->nifaces = cf_u2(r);
	if (!cf_need(r, c->nifaces * 2u))
		return -1;
	c->ifaces = cf_alloc(r, (c->nifaces ? c->nifaces : 1u) * sizeof(char *));
	if (!c->ifaces)
		return -1;
	for (uint32_t i = 0; i < c->nifaces; i++)
		if (!(c->ifaces[i] = plain_class(r, cf_u2(r), "interface")))
			return -1;
	return 0;
}

/* Dynamic and InvokeDynamic entries name a bootstrap method there is. */
static int
check_bsm_refs(cfr *r)
{
	const jcf_class *c = r->c;
	for (uint32_t i = 1; i < c->ncp; i++) {
		const jcf_cp *e = &c->cp[i];
		if ((e->tag == JCF_DYNAMIC || e->tag == JCF_INDY) && e->a >= c->nbsm)
			return cf_fail(r, "constant %u (%s): names bootstrap method %u, of %u", i,
			               cf_tagname(e->tag), e->a, c->nbsm);
	}
	return 0;
}

static int
read_class(cfr *r)
{
	jcf_class *c = r->c;
	if (read_header(r) || read_members(r, 0) || read_members(r, 1) || read_attrs(r, NULL, 0))
		return -1;
	if (r->at != r->n)
		return cf_fail(r, "%zu bytes after the end of the class", r->n - r->at);
	if (check_bsm_refs(r))
		return -1;
	for (uint32_t i = 0; i < c->nmethods; i++)
		if (cf_check_code(r, &c->methods[i]))
			return -1;
	return 0;
}

jcf_class *
jcf_read(const uint8_t *buf, size_t len, char *err, size_t errn)
{
	cfr r = { .n = len, .lim = len, .pc = -1, .err = err, .errn = errn };
	if (errn)
		err[0] = 0;
	jcf_class *c = calloc(1, sizeof *c);
	if (!c) {
		if (errn)
			snprintf(err, errn, "out of memory");
		return NULL;
	}
	r.c = c;
	uint8_t *copy = cf_alloc(&r, len ? len : 1);
	if (copy) {
		memcpy(copy, buf, len);
		r.b = copy;
	}
	if (!copy || read_class(&r) || r.bad) {
		if (errn && !err[0])
			snprintf(err, errn, "bad class file");
		jcf_free(c);
		return NULL;
	}
	return c;
}

/* ---------------------------------------------------------------- accessors */

static const jcf_member *
find(const jcf_member *ms, uint16_t n, const char *name, const char *desc)
{
	for (uint32_t i = 0; i < n; i++)
		if (!strcmp(ms[i].name, name) && !strcmp(ms[i].desc, desc))
			return &ms[i];
	return NULL;
}

const jcf_member *
jcf_find_method(const jcf_class *c, const char *name, const char *desc)
{
	return find(c->methods, c->nmethods, name, desc);
}

const jcf_member *
jcf_find_field(const jcf_class *c, const char *name, const char *desc)
{
	return find(c->fields, c->nfields, name, desc);
}
