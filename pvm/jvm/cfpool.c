/*
 * cfpool.c - the constant pool of a class file (JVMS §4.4): reading it,
 * checking every cross-reference, the grammar of names and descriptors
 * (§4.2, §4.3) and the checked accessors.
 *
 * read_cp takes the entries as they are (only Utf8 is decoded: modified
 * UTF-8 must be well-formed); cf_check_cp then checks every reference in
 * three passes, each relying on the one before: entries that name Utf8
 * texts (Class, NameAndType, ...), then those that name them (the refs,
 * Dynamic, InvokeDynamic), then method handles, which name refs. After it
 * any reference a valid entry holds may be followed without a check.
 */
#include <stdio.h>
#include <string.h>
#include "cfread.h"

/* ---------------------------------------------------------------- names and descriptors */

/* Past one field type at p, or NULL (arrays of at most 255 dimensions). */
static const char *
field_type(const char *p)
{
	int dims = 0;
	while (*p == '[') {
		if (++dims > 255)
			return NULL;
		p++;
	}
	switch (*p) {
	case 'B':
	case 'C':
	case 'D':
	case 'F':
	case 'I':
	case 'J':
	case 'S':
	case 'Z':
		return p + 1;
	case 'L': {
		int seg = 0;
		for (p++; *p != ';'; p++) {
			if (!*p || *p == '.' || *p == '[')
				return NULL;
			if (*p == '/') {
				if (!seg)
					return NULL;
				seg = 0;
			} else
				seg++;
		}
		return seg ? p + 1 : NULL;
	}
	default:
		return NULL;
	}
}

int
jcf_field_desc_ok(const char *d)
{
	const char *e = d ? field_type(d) : NULL;
	return e && !*e;
}

int
jcf_desc_slots(const char *d)
{
	return d && (*d == 'J' || *d == 'D') ? 2 : 1;
}

/* Past the ')' of method descriptor desc, counting its parameters; NULL if
 * the parameters are malformed or take more than 255 slots. */
static const char *
params(const char *desc, uint32_t *np, uint32_t *slots)
{
	*np = *slots = 0;
	if (!desc || *desc != '(')
		return NULL;
	const char *p = desc + 1;
	while (*p != ')') {
		const char *e = field_type(p);
		if (!e)
			return NULL;
		*slots += jcf_desc_slots(p);
		++*np;
		p = e;
	}
	return *slots <= 255 ? p + 1 : NULL;
}

int
jcf_desc_params(const char *desc, uint16_t *nparams, uint16_t *slots)
{
	uint32_t np, sl;
	const char *p = params(desc, &np, &sl);
	if (!p || !(*p == 'V' ? !p[1] : jcf_field_desc_ok(p)))
		return -1;
	if (nparams)
		*nparams = (uint16_t)np;
	if (slots)
		*slots = (uint16_t)sl;
	return 0;
}

char
jcf_desc_ret(const char *desc)
{
	uint32_t np, sl;
	const char *p = params(desc, &np, &sl);
	if (!p || !(*p == 'V' ? !p[1] : jcf_field_desc_ok(p)))
		return 0;
	return *p;
}

/* A Utf8 entry's text has no NUL inside. */
int
cf_plain(const jcf_cp *e)
{
	return strlen(e->s) == e->slen;
}

/* A field or method name: no . ; [ / (JVMS §4.2.2). */
int
cf_unqualified_ok(const jcf_cp *e)
{
	return e->slen && cf_plain(e) && !strpbrk(e->s, ".;[/");
}

int
cf_method_name_ok(const jcf_cp *e)
{
	if (!strcmp(e->s, "<init>") || !strcmp(e->s, "<clinit>"))
		return 1;
	return cf_unqualified_ok(e) && !strpbrk(e->s, "<>");
}

/* A CONSTANT_Class name: a binary name in internal form or an array
 * descriptor. */
int
cf_class_name_ok(const jcf_cp *e)
{
	if (!cf_plain(e) || !e->slen)
		return 0;
	if (e->s[0] == '[')
		return jcf_field_desc_ok(e->s);
	int seg = 0;
	for (const char *p = e->s; *p; p++) {
		if (*p == '.' || *p == ';' || *p == '[')
			return 0;
		if (*p == '/') {
			if (!seg)
				return 0;
			seg = 0;
		} else
			seg++;
	}
	return seg > 0;
}

int
cf_class_dims(const char *name)
{
	int n = 0;
	while (name[n] == '[')
		n++;
	return n;
}

/* ---------------------------------------------------------------- constant pool */

static const char *const tagnames[21] = {
	[0] = "unusable slot",
	[JCF_UTF8] = "Utf8",
	[JCF_INTEGER] = "Integer",
	[JCF_FLOAT] = "Float",
	[JCF_LONG] = "Long",
	[JCF_DOUBLE] = "Double",
	[JCF_CLASS] = "Class",
	[JCF_STRING] = "String",
	[JCF_FIELDREF] = "Fieldref",
	[JCF_METHODREF] = "Methodref",
	[JCF_IMETHODREF] = "InterfaceMethodref",
	[JCF_NAMETYPE] = "NameAndType",
	[JCF_MHANDLE] = "MethodHandle",
	[JCF_MTYPE] = "MethodType",
	[JCF_DYNAMIC] = "Dynamic",
	[JCF_INDY] = "InvokeDynamic",
	[JCF_MODULE] = "Module",
	[JCF_PACKAGE] = "Package",
};

const char *
cf_tagname(uint8_t tag)
{
	return tag < 21 && tagnames[tag] ? tagnames[tag] : "?";
}

const jcf_cp *
jcf_entry(const jcf_class *c, uint16_t idx, uint8_t tag)
{
	if (!c || !idx || idx >= c->ncp || c->cp[idx].tag != tag)
		return NULL;
	return &c->cp[idx];
}

const jcf_cp *
cf_want(cfr *r, uint16_t idx, uint8_t tag, const char *what)
{
	const jcf_class *c = r->c;
	if (!idx || idx >= c->ncp) {
		cf_fail(r, "%s: constant %u is outside the constant pool (1..%u)", what, idx,
		        c->ncp - 1u);
		return NULL;
	}
	if (c->cp[idx].tag != tag) {
		cf_fail(r, "%s: constant %u is a %s, not a %s", what, idx,
		        cf_tagname(c->cp[idx].tag), cf_tagname(tag));
		return NULL;
	}
	return &c->cp[idx];
}

/* Modified UTF-8 (JVMS §4.4.7) to standard UTF-8 in out (room for n
 * bytes: the result is never longer); its length, or -1 if malformed. */
static long
mutf8(const uint8_t *p, uint32_t n, char *out)
{
	uint32_t i = 0, o = 0;
	while (i < n) {
		uint32_t c = p[i], cp;
		if (c == 0 || c >= 0xf0)
			return -1;
		if (c < 0x80) {
			out[o++] = (char)c;
			i++;
			continue;
		}
		if ((c & 0xe0) == 0xc0) {
			if (i + 1 >= n || (p[i + 1] & 0xc0) != 0x80)
				return -1;
			cp = (c & 0x1f) << 6 | (p[i + 1] & 0x3f);
			i += 2;
		} else if ((c & 0xf0) == 0xe0) {
			if (i + 2 >= n || (p[i + 1] & 0xc0) != 0x80 || (p[i + 2] & 0xc0) != 0x80)
				return -1;
			cp = (c & 0x0f) << 12 | (p[i + 1] & 0x3f) << 6 | (p[i + 2] & 0x3f);
			i += 3;
			if (cp >= 0xd800 && cp <= 0xdbff && i + 2 < n && p[i] == 0xed &&
			    (p[i + 1] & 0xf0) == 0xb0 && (p[i + 2] & 0xc0) == 0x80) {
				uint32_t lo = 0xd000 | (p[i + 1] & 0x3f) << 6 | (p[i + 2] & 0x3f);
				cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
				i += 3;
			}
		} else
			return -1;
		if (cp < 0x80)
			out[o++] = (char)cp;
		else if (cp < 0x800) {
			out[o++] = (char)(0xc0 | cp >> 6);
			out[o++] = (char)(0x80 | (cp & 0x3f));
		} else if (cp < 0x10000) {
			out[o++] = (char)(0xe0 | cp >> 12);
			out[o++] = (char)(0x80 | (cp >> 6 & 0x3f));
			out[o++] = (char)(0x80 | (cp & 0x3f));
		} else {
			out[o++] = (char)(0xf0 | cp >> 18);
			out[o++] = (char)(0x80 | (cp >> 12 & 0x3f));
			out[o++] = (char)(0x80 | (cp >> 6 & 0x3f));
			out[o++] = (char)(0x80 | (cp & 0x3f));
		}
	}
	return o;
}

int
cf_read_cp(cfr *r)
{
	jcf_class *c = r->c;
	c->ncp = cf_u2(r);
	if (r->bad)
		return -1;
	if (!c->ncp)
		return cf_fail(r, "constant pool count 0");
	/* an entry takes at least 3 bytes a slot (an empty Utf8) */
	if ((size_t)(c->ncp - 1) * 3 > r->lim - r->at)
		return cf_fail(r, "truncated at byte %zu (a constant pool of %u entries)", r->n,
		               c->ncp - 1u);
	c->cp = cf_alloc(r, c->ncp * sizeof(jcf_cp));
	if (!c->cp)
		return -1;
	for (uint32_t i = 1; i < c->ncp; i++) {
		jcf_cp *e = &c->cp[i];
		e->tag = cf_u1(r);
		switch (e->tag) {
		case JCF_UTF8: {
			uint16_t n = cf_u2(r);
			if (!cf_need(r, n))
				return -1;
			char *s = cf_alloc(r, n + 1u);
			if (!s)
				return -1;
			long k = mutf8(r->b + r->at, n, s);
			if (k < 0)
				return cf_fail(r, "constant %u: malformed modified UTF-8", i);
			r->at += n;
			e->s = s;
			e->slen = (uint32_t)k;
			break;
		}
		case JCF_INTEGER:
			e->i = (int32_t)cf_u4(r);
			break;
		case JCF_FLOAT: {
			uint32_t u = cf_u4(r);
			memcpy(&e->f, &u, 4);
			break;
		}
		case JCF_LONG:
		case JCF_DOUBLE: {
			uint64_t u = (uint64_t)cf_u4(r) << 32;
			u |= cf_u4(r);
			if (e->tag == JCF_LONG)
				e->l = (int64_t)u;
			else
				memcpy(&e->d, &u, 8);
			if (!r->bad && i + 1 >= c->ncp)
				return cf_fail(
					r, "constant %u: a %s takes two slots, past the pool's end",
					i, cf_tagname(e->tag));
			i++; /* the unusable second slot */
			break;
		}
		case JCF_CLASS:
		case JCF_STRING:
		case JCF_MTYPE:
		case JCF_MODULE:
		case JCF_PACKAGE:
			e->a = cf_u2(r);
			break;
		case JCF_MHANDLE:
			e->a = cf_u1(r);
			e->b = cf_u2(r);
			break;
		case JCF_FIELDREF:
		case JCF_METHODREF:
		case JCF_IMETHODREF:
		case JCF_NAMETYPE:
		case JCF_DYNAMIC:
		case JCF_INDY:
			e->a = cf_u2(r);
			e->b = cf_u2(r);
			break;
		default:
			if (!r->bad)
				return cf_fail(r, "constant %u: unknown tag %u", i, e->tag);
		}
		if (r->bad)
			return -1;
	}
	return 0;
}

/* NameAndType idx, its name and descriptor checked as a field's (method
 * 0) or a method's (1). */
static int
check_nat(cfr *r, uint16_t idx, int method, const char *what, const jcf_cp **name)
{
	const jcf_cp *nt = cf_want(r, idx, JCF_NAMETYPE, what);
	if (!nt)
		return -1;
	/* pass 1 checked the NameAndType's texts */
	const jcf_cp *n = &r->c->cp[nt->a], *d = &r->c->cp[nt->b];
	if (!(method ? cf_method_name_ok(n) : cf_unqualified_ok(n)))
		return cf_fail(r, "%s: bad %s name '%s'", what, method ? "method" : "field", n->s);
	if (method) {
		uint16_t np, sl;
		if (jcf_desc_params(d->s, &np, &sl) || !cf_plain(d))
			return cf_fail(r, "%s: bad method descriptor '%s'", what, d->s);
		if (n->s[0] == '<' && (strcmp(n->s, "<init>") || jcf_desc_ret(d->s) != 'V'))
			return cf_fail(r, "%s: a reference to %s%s", what, n->s, d->s);
	} else if (!cf_plain(d) || !jcf_field_desc_ok(d->s))
		return cf_fail(r, "%s: bad field descriptor '%s'", what, d->s);
	if (name)
		*name = n;
	return 0;
}

static int
check_mhandle(cfr *r, const jcf_cp *e, const char *what)
{
	const jcf_class *c = r->c;
	uint8_t kind = (uint8_t)e->a;
	uint8_t want = kind <= 4 ? JCF_FIELDREF : kind == 9 ? JCF_IMETHODREF : JCF_METHODREF;
	if (kind < 1 || kind > 9)
		return cf_fail(r, "%s: unknown method handle kind %u", what, kind);
	if ((kind == 6 || kind == 7) && c->major >= 52 && e->b && e->b < c->ncp &&
	    c->cp[e->b].tag == JCF_IMETHODREF)
		want = JCF_IMETHODREF;
	const jcf_cp *ref = cf_want(r, e->b, want, what);
	if (!ref)
		return -1;
	const jcf_cp *nt = &c->cp[ref->b];
	const char *name = c->cp[nt->a].s;
	if (kind == 8 ? strcmp(name, "<init>") != 0 : name[0] == '<')
		return cf_fail(r, "%s: a method handle of kind %u to %s", what, kind, name);
	return 0;
}

/* The cross-references of every entry, once all of the pool has been read:
 * pass 0 the entries that name Utf8 texts, 1 those that name them, 2 the
 * method handles. */
static int
check_entry(cfr *r, uint32_t i, int pass)
{
	const jcf_cp *e = &r->c->cp[i];
	char what[48];
	snprintf(what, sizeof what, "constant %u (%s)", i, cf_tagname(e->tag));
	switch (e->tag) {
	case JCF_CLASS: {
		const jcf_cp *n = pass ? NULL : cf_want(r, e->a, JCF_UTF8, what);
		if (!pass && !n)
			return -1;
		if (n && !cf_class_name_ok(n))
			return cf_fail(r, "%s: bad class name '%s'", what, n->s);
		return 0;
	}
	case JCF_STRING:
	case JCF_MODULE:
	case JCF_PACKAGE:
		return pass || cf_want(r, e->a, JCF_UTF8, what) ? 0 : -1;
	case JCF_NAMETYPE:
		return pass || (cf_want(r, e->a, JCF_UTF8, what) &&
		                cf_want(r, e->b, JCF_UTF8, what))
		               ? 0
		               : -1;
	case JCF_MTYPE: {
		const jcf_cp *d = pass ? NULL : cf_want(r, e->a, JCF_UTF8, what);
		if (!pass && !d)
			return -1;
		if (d && (jcf_desc_params(d->s, NULL, NULL) || !cf_plain(d)))
			return cf_fail(r, "%s: bad method descriptor '%s'", what, d->s);
		return 0;
	}
	case JCF_FIELDREF:
	case JCF_METHODREF:
	case JCF_IMETHODREF:
		if (pass != 1)
			return 0;
		return cf_want(r, e->a, JCF_CLASS, what) &&
		                       !check_nat(r, e->b, e->tag != JCF_FIELDREF, what, NULL)
		               ? 0
		               : -1;
	case JCF_DYNAMIC:
	case JCF_INDY:
		return pass != 1 ? 0 : check_nat(r, e->b, e->tag == JCF_INDY, what, NULL);
	case JCF_MHANDLE:
		return pass != 2 ? 0 : check_mhandle(r, e, what);
	}
	return 0;
}

int
cf_check_cp(cfr *r)
{
	for (int pass = 0; pass < 3; pass++)
		for (uint32_t i = 1; i < r->c->ncp; i++)
			if (check_entry(r, i, pass))
				return -1;
	return 0;
}

const char *
jcf_utf8(const jcf_class *c, uint16_t idx)
{
	const jcf_cp *e = jcf_entry(c, idx, JCF_UTF8);
	return e ? e->s : NULL;
}

const char *
jcf_classname(const jcf_class *c, uint16_t idx)
{
	const jcf_cp *e = jcf_entry(c, idx, JCF_CLASS);
	return e ? jcf_utf8(c, e->a) : NULL;
}

int
jcf_nametype(const jcf_class *c, uint16_t idx, const char **name, const char **desc)
{
	const jcf_cp *e = jcf_entry(c, idx, JCF_NAMETYPE);
	const char *n = e ? jcf_utf8(c, e->a) : NULL, *d = e ? jcf_utf8(c, e->b) : NULL;
	if (!n || !d)
		return -1;
	if (name)
		*name = n;
	if (desc)
		*desc = d;
	return 0;
}

int
jcf_ref(const jcf_class *c, uint16_t idx, const char **cls, const char **name, const char **desc)
{
	if (!c || !idx || idx >= c->ncp)
		return -1;
	const jcf_cp *e = &c->cp[idx];
	if (e->tag != JCF_FIELDREF && e->tag != JCF_METHODREF && e->tag != JCF_IMETHODREF)
		return -1;
	const char *k = jcf_classname(c, e->a);
	if (!k || jcf_nametype(c, e->b, name, desc))
		return -1;
	if (cls)
		*cls = k;
	return 0;
}
