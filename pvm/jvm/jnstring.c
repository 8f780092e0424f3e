/*
 * jnstring.c - the natives of java.lang.String (jnatives.def): Java's
 * UTF-16 semantics over pvm's UTF-8 strings, through pvm/utf16.h.
 *
 * Invariant: a string made here is well-formed as utf16.h reads it (pairs
 * as 4-byte sequences, lone surrogates as 3-byte ones) and its nchars is
 * its number of sequences; a result equal to the receiver is the receiver
 * itself, as the JDK returns `this` when nothing changes.
 */
#include <string.h>
#include "pvm/utf16.h"
#include "jchar.h"
#include "jnatives.h"
#include "jthrow.h"

#define SELF   PV_STR(a[0])
#define SIOOBE "java/lang/StringIndexOutOfBoundsException"

/* ---------------------------------------------------------------- units */

typedef struct { /* walks a string unit by unit */
	const unsigned char *p;
	uint32_t n, at;
	int32_t low; /* the second unit of a pair, pending; -1 none */
} uit;

static void
uit_init(uit *it, pv_str *s, uint32_t byte)
{
	it->p = (const unsigned char *)s->s;
	it->n = s->len;
	it->at = byte;
	it->low = -1;
}

static int32_t
uit_next(uit *it)
{
	if (it->low >= 0) {
		int32_t u = it->low;
		it->low = -1;
		return u;
	}
	if (it->at >= it->n)
		return -1;
	int32_t cp;
	it->at += pv_u8_decode(it->p + it->at, it->n - it->at, &cp);
	if (cp >= 0x10000) {
		it->low = 0xdc00 + ((cp - 0x10000) & 0x3ff);
		return 0xd800 + ((cp - 0x10000) >> 10);
	}
	return cp;
}

/* An iterator at unit i of s. */
static void
uit_at(pv_vm *vm, uit *it, pv_str *s, uint32_t i)
{
	int mid;
	uit_init(it, s, pv_u16_offset(vm, s, i, &mid));
	if (mid)
		uit_next(it);
}

/* ---------------------------------------------------------------- building */

typedef struct { /* two passes: p NULL counts, then the bytes are written */
	char *p;
	size_t n;
} sink;

static void
sk_put(sink *k, const char *s, size_t n)
{
	if (k->p)
		memcpy(k->p + k->n, s, n);
	k->n += n;
}

static void
sk_cp(sink *k, int32_t cp)
{
	char b[4];
	sk_put(k, b, (size_t)pv_u8_encode(cp, b));
}

typedef void (*fill_fn)(pv_vm *vm, sink *k, pv_value *a);

/* The string fill writes (called twice); 0 when out of memory. */
static pv_value
build(pv_vm *vm, fill_fn fill, pv_value *a)
{
	sink k = { NULL, 0 };
	fill(vm, &k, a);
	pv_value r = pv_str_new(vm, NULL, k.n);
	if (!r)
		return PV_NULL;
	pv_str *o = PV_STR(r);
	k.p = o->s;
	k.n = 0;
	fill(vm, &k, a);
	o->s[k.n] = 0;
	uint32_t chars = 0;
	for (uint32_t i = 0; i < o->len; i++)
		chars += ((unsigned char)o->s[i] & 0xc0) != 0x80;
	o->nchars = chars;
	return r;
}

/* Same content as s: s itself. */
static pv_value
same_or(pv_value s, pv_value r)
{
	return r && pv_str_eq(PV_STR(r), PV_STR(s)) ? s : r;
}

static int32_t
get_val(const void *src, size_t i)
{
	return jn_int(((const pv_value *)src)[i]);
}

/* ---------------------------------------------------------------- making */

int
jn_str_fromchars(pv_vm *vm, pv_value *a, int n)
{
	pv_array *v = jn_arr(a[1]);
	int32_t off = jn_int(a[2]), cnt = jn_int(a[3]);
	if (!v)
		return jn_npe(vm);
	if (off < 0 || cnt < 0 || (uint32_t)off > v->len - (uint32_t)cnt || (uint32_t)cnt > v->len)
		return pv_jthrow(vm, SIOOBE, "offset %d, count %d, length %u", off, cnt, v->len);
	return jn_ret(vm, a, pv_u16_make(vm, &v->items->v[off], (size_t)cnt, get_val));
}

/* Length of a well-formed UTF-8 sequence at p (n bytes left), or 0; Java
 * refuses overlong forms, surrogates and code points past U+10FFFF. */
static uint32_t
utf8_ok(const unsigned char *p, uint32_t n)
{
	unsigned c = p[0];
	if (c < 0x80)
		return 1;
	uint32_t want = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 0;
	if (want == 0 || c > 0xf4 || n < want)
		return 0;
	for (uint32_t i = 1; i < want; i++)
		if ((p[i] & 0xc0) != 0x80)
			return 0;
	if ((c == 0xe0 && p[1] < 0xa0) || (c == 0xed && p[1] >= 0xa0) ||
	    (c == 0xf0 && p[1] < 0x90) || (c == 0xf4 && p[1] >= 0x90))
		return 0;
	return want;
}

/* The maximal prefix of a sequence that could still be well-formed:
 * what one U+FFFD replaces. */
static uint32_t
bad_len(const unsigned char *p, uint32_t n)
{
	uint32_t k = 1;
	unsigned c = p[0];
	uint32_t want = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 1;
	if (c > 0xf4)
		return 1;
	while (k < want && k < n && (p[k] & 0xc0) == 0x80) {
		if (k == 1 && ((c == 0xe0 && p[1] < 0xa0) || (c == 0xed && p[1] >= 0xa0) ||
		               (c == 0xf0 && p[1] < 0x90) || (c == 0xf4 && p[1] >= 0x90)))
			break;
		k++;
	}
	return k;
}

static void
fill_utf8(pv_vm *vm, sink *k, pv_value *a)
{
	pv_array *v = jn_arr(a[1]);
	uint32_t off = (uint32_t)jn_int(a[2]), len = (uint32_t)jn_int(a[3]);
	unsigned char buf[4];
	for (uint32_t i = 0; i < len;) {
		uint32_t m = len - i < 4 ? len - i : 4;
		for (uint32_t j = 0; j < m; j++)
			buf[j] = (unsigned char)jn_int(v->items->v[off + i + j]);
		uint32_t w = utf8_ok(buf, m);
		if (w) {
			sk_put(k, (const char *)buf, w);
			i += w;
		} else {
			sk_cp(k, 0xfffd);
			i += bad_len(buf, m);
		}
	}
}

int
jn_str_fromutf8(pv_vm *vm, pv_value *a, int n)
{
	pv_array *v = jn_arr(a[1]);
	int32_t off = jn_int(a[2]), len = jn_int(a[3]);
	if (!v)
		return jn_npe(vm);
	if (off < 0 || len < 0 || (uint32_t)len > v->len || (uint32_t)off > v->len - (uint32_t)len)
		return pv_jthrow(vm, SIOOBE, "offset %d, count %d, length %u", off, len, v->len);
	return jn_ret(vm, a, build(vm, fill_utf8, a));
}

int
jn_str_valueofchar(pv_vm *vm, pv_value *a, int n)
{
	char b[4];
	return jn_ret(vm, a, pv_str_new(vm, b, (size_t)pv_u8_encode(jn_int(a[1]) & 0xffff, b)));
}

/* ---------------------------------------------------------------- reading */

int
jn_str_length(pv_vm *vm, pv_value *a, int n)
{
	return jn_reti(vm, a, (int32_t)pv_u16_len(vm, SELF));
}

int
jn_str_charat(pv_vm *vm, pv_value *a, int n)
{
	int32_t i = jn_int(a[1]);
	if (i < 0 || (uint32_t)i >= pv_u16_len(vm, SELF))
		return pv_jthrow(vm, SIOOBE, "String index out of range: %d", i);
	return jn_reti(vm, a, pv_u16_at(vm, SELF, (uint32_t)i));
}

int
jn_str_getchars(pv_vm *vm, pv_value *a, int n)
{
	int32_t b = jn_int(a[1]), e = jn_int(a[2]), at = jn_int(a[4]);
	uint32_t len = pv_u16_len(vm, SELF);
	pv_array *dst = jn_arr(a[3]);
	if (b < 0 || b > e || (uint32_t)e > len)
		return pv_jthrow(vm, SIOOBE, "begin %d, end %d, length %u", b, e, len);
	if (!dst)
		return jn_npe(vm);
	if (at < 0 || (uint32_t)at > dst->len || (uint32_t)(e - b) > dst->len - (uint32_t)at)
		return pv_jthrow(vm, SIOOBE, "offset %d, count %d, length %u", at, e - b, dst->len);
	uit it;
	uit_at(vm, &it, SELF, (uint32_t)b);
	for (int32_t i = 0; i < e - b; i++)
		dst->items->v[at + i] = pv_mkint(uit_next(&it));
	a[0] = PV_NULL;
	return PV_OK;
}

int
jn_str_tochararray(pv_vm *vm, pv_value *a, int n)
{
	uint32_t len = pv_u16_len(vm, SELF);
	pv_array *r = jn_array(vm, len, pv_mkint(0));
	if (!r)
		return pv_oom(vm);
	uit it;
	uit_init(&it, SELF, 0);
	for (uint32_t i = 0; i < len; i++)
		r->items->v[i] = pv_mkint(uit_next(&it));
	a[0] = pv_val(r);
	return PV_OK;
}

/* UTF-8 as Java encodes it: a lone surrogate becomes '?'. */
int
jn_str_getbytes(pv_vm *vm, pv_value *a, int n)
{
	pv_str *s = SELF;
	const unsigned char *p = (const unsigned char *)s->s;
	uint32_t count = 0;
	for (uint32_t i = 0; i < s->len; i++, count++)
		if (p[i] == 0xed && i + 2 < s->len && p[i + 1] >= 0xa0)
			i += 2;
	pv_array *r = jn_array(vm, count, pv_mkint(0));
	if (!r)
		return pv_oom(vm);
	for (uint32_t i = 0, k = 0; i < s->len; i++, k++) {
		if (p[i] == 0xed && i + 2 < s->len && p[i + 1] >= 0xa0) {
			r->items->v[k] = pv_mkint('?');
			i += 2;
		} else {
			r->items->v[k] = pv_mkint((int8_t)p[i]);
		}
	}
	a[0] = pv_val(r);
	return PV_OK;
}

int
jn_str_hashcode(pv_vm *vm, pv_value *a, int n)
{
	return jn_reti(vm, a, pv_u16_hash(SELF));
}

/* ---------------------------------------------------------------- comparing */

int
jn_str_equals(pv_vm *vm, pv_value *a, int n)
{
	return jn_reti(vm, a, pv_is_str(a[1]) && pv_str_eq(SELF, PV_STR(a[1])));
}

static int32_t
fold(int32_t c)
{
	return pv_u16_lower(pv_u16_upper(c));
}

int
jn_str_equalsignorecase(pv_vm *vm, pv_value *a, int n)
{
	if (!pv_is_str(a[1]))
		return jn_reti(vm, a, 0);
	pv_str *x = SELF, *y = PV_STR(a[1]);
	if (pv_u16_len(vm, x) != pv_u16_len(vm, y))
		return jn_reti(vm, a, 0);
	uit i, j;
	uit_init(&i, x, 0);
	uit_init(&j, y, 0);
	for (;;) {
		int32_t c = uit_next(&i), d = uit_next(&j);
		if (c < 0 || d < 0)
			return jn_reti(vm, a, c == d);
		if (c != d && pv_u16_upper(c) != pv_u16_upper(d) && fold(c) != fold(d))
			return jn_reti(vm, a, 0);
	}
}

static int
compare(pv_vm *vm, pv_str *x, pv_str *y, int icase, int32_t *out)
{
	uit i, j;
	uit_init(&i, x, 0);
	uit_init(&j, y, 0);
	for (;;) {
		int32_t c = uit_next(&i), d = uit_next(&j);
		if (c < 0 || d < 0)
			break;
		if (c != d && icase) {
			c = fold(c);
			d = fold(d);
		}
		if (c != d) {
			*out = c - d;
			return 0;
		}
	}
	*out = (int32_t)pv_u16_len(vm, x) - (int32_t)pv_u16_len(vm, y);
	return 0;
}

int
jn_str_compareto(pv_vm *vm, pv_value *a, int n)
{
	if (!pv_is_str(a[1]))
		return jn_npe(vm);
	int32_t r;
	compare(vm, SELF, PV_STR(a[1]), 0, &r);
	return jn_reti(vm, a, r);
}

int
jn_str_comparetoignorecase(pv_vm *vm, pv_value *a, int n)
{
	if (!pv_is_str(a[1]))
		return jn_npe(vm);
	int32_t r;
	compare(vm, SELF, PV_STR(a[1]), 1, &r);
	return jn_reti(vm, a, r);
}

int
jn_str_startswith(pv_vm *vm, pv_value *a, int n)
{
	if (!pv_is_str(a[1]))
		return jn_npe(vm);
	pv_str *s = SELF, *p = PV_STR(a[1]);
	int32_t off = jn_int(a[2]);
	uint32_t sl = pv_u16_len(vm, s), pl = pv_u16_len(vm, p);
	if (off < 0 || (uint32_t)off > sl || pl > sl - (uint32_t)off)
		return jn_reti(vm, a, 0);
	int mid;
	uint32_t b = pv_u16_offset(vm, s, (uint32_t)off, &mid);
	if (!mid)
		return jn_reti(vm, a, b + p->len <= s->len && memcmp(s->s + b, p->s, p->len) == 0);
	uit i, j;
	uit_at(vm, &i, s, (uint32_t)off);
	uit_init(&j, p, 0);
	for (uint32_t k = 0; k < pl; k++)
		if (uit_next(&i) != uit_next(&j))
			return jn_reti(vm, a, 0);
	return jn_reti(vm, a, 1);
}

int
jn_str_endswith(pv_vm *vm, pv_value *a, int n)
{
	if (!pv_is_str(a[1]))
		return jn_npe(vm);
	pv_str *s = SELF, *p = PV_STR(a[1]);
	return jn_reti(vm, a,
	               p->len <= s->len && memcmp(s->s + s->len - p->len, p->s, p->len) == 0);
}

/* ---------------------------------------------------------------- searching */

/* The byte offset of needle in s at or after byte from, or -1. */
static int64_t
find_fwd(pv_str *s, uint32_t from, const char *nd, uint32_t nl)
{
	if (nl == 0)
		return from <= s->len ? (int64_t)from : -1;
	for (uint32_t i = from; i + nl <= s->len; i++)
		if (s->s[i] == nd[0] && memcmp(s->s + i, nd, nl) == 0)
			return i;
	return -1;
}

/* The last byte offset <= upto of needle in s, or -1. */
static int64_t
find_back(pv_str *s, uint32_t upto, const char *nd, uint32_t nl)
{
	if (nl > s->len)
		return -1;
	uint32_t i = upto < s->len - nl ? upto : s->len - nl;
	for (;; i--) {
		if (s->s[i] == nd[0] && memcmp(s->s + i, nd, nl) == 0)
			return i;
		if (i == 0)
			return -1;
	}
}

static int
is_surrogate(int32_t c)
{
	return c >= 0xd800 && c <= 0xdfff;
}

int
jn_str_indexofchar(pv_vm *vm, pv_value *a, int n)
{
	pv_str *s = SELF;
	int32_t ch = jn_int(a[1]), from = jn_int(a[2]);
	uint32_t len = pv_u16_len(vm, s);
	if (from < 0)
		from = 0;
	if ((uint32_t)from >= len || ch < 0 || ch > 0x10ffff)
		return jn_reti(vm, a, -1);
	if (is_surrogate(ch)) {
		uit it;
		uit_at(vm, &it, s, (uint32_t)from);
		for (uint32_t i = (uint32_t)from; i < len; i++)
			if (uit_next(&it) == ch)
				return jn_reti(vm, a, (int32_t)i);
		return jn_reti(vm, a, -1);
	}
	char b[4];
	int bl = pv_u8_encode(ch, b);
	int mid;
	uint32_t at = pv_u16_offset(vm, s, (uint32_t)from, &mid);
	if (mid) {
		int32_t cp;
		at += pv_u8_decode((const unsigned char *)s->s + at, s->len - at, &cp);
	}
	int64_t k = find_fwd(s, at, b, (uint32_t)bl);
	return jn_reti(vm, a, k < 0 ? -1 : (int32_t)pv_u16_index(vm, s, (uint32_t)k));
}

int
jn_str_lastindexofchar(pv_vm *vm, pv_value *a, int n)
{
	pv_str *s = SELF;
	int32_t ch = jn_int(a[1]), from = jn_int(a[2]);
	uint32_t len = pv_u16_len(vm, s);
	if (from >= (int32_t)len)
		from = (int32_t)len - 1;
	if (from < 0 || ch < 0 || ch > 0x10ffff)
		return jn_reti(vm, a, -1);
	if (is_surrogate(ch)) {
		int32_t found = -1;
		uit it;
		uit_init(&it, s, 0);
		for (int32_t i = 0; i <= from; i++)
			if (uit_next(&it) == ch)
				found = i;
		return jn_reti(vm, a, found);
	}
	char b[4];
	int bl = pv_u8_encode(ch, b), mid;
	uint32_t upto = pv_u16_offset(vm, s, (uint32_t)from, &mid);
	int64_t k = find_back(s, upto, b, (uint32_t)bl);
	return jn_reti(vm, a, k < 0 ? -1 : (int32_t)pv_u16_index(vm, s, (uint32_t)k));
}

int
jn_str_indexof(pv_vm *vm, pv_value *a, int n)
{
	if (!pv_is_str(a[1]))
		return jn_npe(vm);
	pv_str *s = SELF, *t = PV_STR(a[1]);
	int32_t from = jn_int(a[2]);
	uint32_t len = pv_u16_len(vm, s);
	if (from >= (int32_t)len)
		return jn_reti(vm, a, t->len == 0 ? (int32_t)len : -1);
	if (from < 0)
		from = 0;
	if (t->len == 0)
		return jn_reti(vm, a, from);
	int mid;
	uint32_t at = pv_u16_offset(vm, s, (uint32_t)from, &mid);
	if (mid) {
		int32_t cp;
		at += pv_u8_decode((const unsigned char *)s->s + at, s->len - at, &cp);
	}
	int64_t k = find_fwd(s, at, t->s, t->len);
	return jn_reti(vm, a, k < 0 ? -1 : (int32_t)pv_u16_index(vm, s, (uint32_t)k));
}

int
jn_str_lastindexof(pv_vm *vm, pv_value *a, int n)
{
	if (!pv_is_str(a[1]))
		return jn_npe(vm);
	pv_str *s = SELF, *t = PV_STR(a[1]);
	int32_t from = jn_int(a[2]);
	int32_t right = (int32_t)pv_u16_len(vm, s) - (int32_t)pv_u16_len(vm, t);
	if (from > right)
		from = right;
	if (from < 0)
		return jn_reti(vm, a, -1);
	if (t->len == 0)
		return jn_reti(vm, a, from);
	int mid;
	uint32_t upto = pv_u16_offset(vm, s, (uint32_t)from, &mid);
	int64_t k = find_back(s, upto, t->s, t->len);
	return jn_reti(vm, a, k < 0 ? -1 : (int32_t)pv_u16_index(vm, s, (uint32_t)k));
}

/* ---------------------------------------------------------------- pieces */

int
jn_str_substring(pv_vm *vm, pv_value *a, int n)
{
	int32_t b = jn_int(a[1]), e = jn_int(a[2]);
	uint32_t len = pv_u16_len(vm, SELF);
	if (b < 0 || b > e || (uint32_t)e > len)
		return pv_jthrow(vm, SIOOBE, "begin %d, end %d, length %u", b, e, len);
	if (b == 0 && (uint32_t)e == len)
		return PV_OK; /* a[0] is this */
	return jn_ret(vm, a, pv_u16_substr(vm, SELF, (uint32_t)b, (uint32_t)e));
}

int
jn_str_concat(pv_vm *vm, pv_value *a, int n)
{
	if (!pv_is_str(a[1]))
		return jn_npe(vm);
	if (PV_STR(a[1])->len == 0)
		return PV_OK;
	if (SELF->len == 0)
		return jn_ret(vm, a, a[1]);
	return jn_ret(vm, a, pv_str_concat(vm, a[0], a[1]));
}

/* Units out, a high surrogate followed by a low one joined into a pair. */
typedef struct {
	sink *k;
	int32_t high; /* pending high surrogate, or -1 */
} usink;

static void
us_put(usink *u, int32_t v)
{
	if (u->high >= 0 && v >= 0xdc00 && v < 0xe000) {
		sk_cp(u->k, 0x10000 + ((u->high - 0xd800) << 10) + (v - 0xdc00));
		u->high = -1;
		return;
	}
	if (u->high >= 0)
		sk_cp(u->k, u->high);
	u->high = -1;
	if (v >= 0xd800 && v < 0xdc00)
		u->high = v;
	else if (v >= 0)
		sk_cp(u->k, v);
}

static void
fill_replacechar(pv_vm *vm, sink *k, pv_value *a)
{
	int32_t from = jn_int(a[1]) & 0xffff, to = jn_int(a[2]) & 0xffff;
	usink u = { k, -1 };
	uit it;
	uit_init(&it, SELF, 0);
	for (int32_t c; (c = uit_next(&it)) >= 0;)
		us_put(&u, c == from ? to : c);
	us_put(&u, -1);
}

int
jn_str_replacechar(pv_vm *vm, pv_value *a, int n)
{
	int32_t from = jn_int(a[1]) & 0xffff, to = jn_int(a[2]) & 0xffff;
	pv_str *s = SELF;
	if (from == to)
		return PV_OK;
	if (from < 0x80 && to < 0x80) {
		const char *p = memchr(s->s, from, s->len);
		if (!p)
			return PV_OK;
		pv_value r = pv_str_new(vm, s->s, s->len);
		if (!r)
			return pv_oom(vm);
		for (uint32_t i = (uint32_t)(p - s->s); i < s->len; i++)
			if (PV_STR(r)->s[i] == (char)from)
				PV_STR(r)->s[i] = (char)to;
		a[0] = r;
		return PV_OK;
	}
	return jn_ret(vm, a, same_or(a[0], build(vm, fill_replacechar, a)));
}

static void
fill_replacestr(pv_vm *vm, sink *k, pv_value *a)
{
	pv_str *s = SELF, *t = PV_STR(a[1]), *r = PV_STR(a[2]);
	if (t->len == 0) { /* the replacement around every unit */
		uit it;
		uit_init(&it, s, 0);
		for (int32_t u; (u = uit_next(&it)) >= 0;) {
			sk_put(k, r->s, r->len);
			sk_cp(k, u);
		}
		sk_put(k, r->s, r->len);
		return;
	}
	uint32_t at = 0;
	for (int64_t f; (f = find_fwd(s, at, t->s, t->len)) >= 0; at = (uint32_t)f + t->len) {
		sk_put(k, s->s + at, (uint32_t)f - at);
		sk_put(k, r->s, r->len);
	}
	sk_put(k, s->s + at, s->len - at);
}

int
jn_str_replacestr(pv_vm *vm, pv_value *a, int n)
{
	if (!pv_is_str(a[1]) || !pv_is_str(a[2]))
		return jn_npe(vm);
	if (PV_STR(a[1])->len && find_fwd(SELF, 0, PV_STR(a[1])->s, PV_STR(a[1])->len) < 0)
		return PV_OK;
	return jn_ret(vm, a, build(vm, fill_replacestr, a));
}

int
jn_str_repeat(pv_vm *vm, pv_value *a, int n)
{
	int32_t count = jn_int(a[1]);
	pv_str *s = SELF;
	if (count < 0)
		return pv_jthrow(vm, "java/lang/IllegalArgumentException", "count is negative: %d",
		                 count);
	if (count == 1)
		return PV_OK;
	if (count == 0 || s->len == 0)
		return jn_ret(vm, a, pv_str_new(vm, "", 0));
	uint64_t total = (uint64_t)s->len * (uint64_t)count;
	if (total > 0x7fffffffu)
		return pv_jthrow(
			vm, "java/lang/OutOfMemoryError",
			"Repeating %u bytes String %d times will produce a String exceeding "
			"maximum size.",
			s->len, count);
	pv_value r = pv_str_new(vm, NULL, (size_t)total);
	if (!r)
		return pv_oom(vm);
	pv_str *o = PV_STR(r);
	for (int32_t i = 0; i < count; i++)
		memcpy(o->s + (size_t)i * s->len, s->s, s->len);
	o->s[total] = 0;
	o->nchars = s->nchars * (uint32_t)count;
	a[0] = r;
	return PV_OK;
}

/* ---------------------------------------------------------------- case */

static int
cased(int32_t c)
{
	return (pv_jchar_props(c) & (PV_JC_UPPER | PV_JC_LOWER | PV_JC_TITLE)) != 0;
}

static int
case_ignorable(int32_t c)
{
	return (c >= 0x300 && c <= 0x36f) || c == '\'' || c == 0x2019 || c == 0xb7 || c == 0xad;
}

/* Is the capital sigma ending at byte `after` final (preceded by a cased
 * letter, not followed by one)? `before` tells whether a cased letter
 * came before it. */
static int
final_sigma(pv_str *s, uint32_t after, int before)
{
	if (!before)
		return 0;
	const unsigned char *p = (const unsigned char *)s->s;
	for (uint32_t b = after; b < s->len;) {
		int32_t cp;
		b += pv_u8_decode(p + b, s->len - b, &cp);
		if (!case_ignorable(cp))
			return !cased(cp);
	}
	return 1;
}

static void
fill_lower(pv_vm *vm, sink *k, pv_value *a)
{
	pv_str *s = SELF;
	const unsigned char *p = (const unsigned char *)s->s;
	int before = 0;
	for (uint32_t b = 0; b < s->len;) {
		int32_t cp;
		b += pv_u8_decode(p + b, s->len - b, &cp);
		if (cp == 0x130) { /* I with dot: i and a combining dot */
			sk_cp(k, 'i');
			sk_cp(k, 0x307);
		} else if (cp == 0x3a3) {
			sk_cp(k, final_sigma(s, b, before) ? 0x3c2 : 0x3c3);
		} else {
			sk_cp(k, pv_u16_lower(cp));
		}
		if (!case_ignorable(cp))
			before = cased(cp);
	}
}

/* Upper case of cp when it is more than one code point (SpecialCasing). */
static const int32_t upper_special[][4] = {
	{ 0xdf, 'S', 'S', 0 },          { 0x149, 0x2bc, 'N', 0 },       { 0x1f0, 'J', 0x30c, 0 },
	{ 0x390, 0x399, 0x308, 0x301 }, { 0x3b0, 0x3a5, 0x308, 0x301 }, { 0x587, 0x535, 0x552, 0 },
	{ 0x1e96, 'H', 0x331, 0 },      { 0x1e97, 'T', 0x308, 0 },      { 0x1e98, 'W', 0x30a, 0 },
	{ 0x1e99, 'Y', 0x30a, 0 },      { 0x1e9a, 'A', 0x2be, 0 },      { 0xfb00, 'F', 'F', 0 },
	{ 0xfb01, 'F', 'I', 0 },        { 0xfb02, 'F', 'L', 0 },        { 0xfb03, 'F', 'F', 'I' },
	{ 0xfb04, 'F', 'F', 'L' },      { 0xfb05, 'S', 'T', 0 },        { 0xfb06, 'S', 'T', 0 },
};

static void
fill_upper(pv_vm *vm, sink *k, pv_value *a)
{
	pv_str *s = SELF;
	const unsigned char *p = (const unsigned char *)s->s;
	for (uint32_t b = 0; b < s->len;) {
		int32_t cp;
		b += pv_u8_decode(p + b, s->len - b, &cp);
		size_t i = 0, ns = sizeof upper_special / sizeof upper_special[0];
		if (cp >= 0xdf)
			while (i < ns && upper_special[i][0] != cp)
				i++;
		if (cp >= 0xdf && i < ns) {
			for (int j = 1; j < 4 && upper_special[i][j]; j++)
				sk_cp(k, upper_special[i][j]);
		} else {
			sk_cp(k, pv_u16_upper(cp));
		}
	}
}

static int
ascii_case(pv_vm *vm, pv_value *a, int upper)
{
	pv_str *s = SELF;
	uint32_t i = 0;
	while (i < s->len &&
	       !(upper ? (s->s[i] >= 'a' && s->s[i] <= 'z') : (s->s[i] >= 'A' && s->s[i] <= 'Z')))
		i++;
	if (i == s->len)
		return PV_OK;
	pv_value r = pv_str_new(vm, s->s, s->len);
	if (!r)
		return pv_oom(vm);
	for (char *q = PV_STR(r)->s + i; *q; q++)
		if (upper ? (*q >= 'a' && *q <= 'z') : (*q >= 'A' && *q <= 'Z'))
			*q = (char)(*q ^ 0x20);
	a[0] = r;
	return PV_OK;
}

int
jn_str_tolowercase(pv_vm *vm, pv_value *a, int n)
{
	if (SELF->nchars == SELF->len)
		return ascii_case(vm, a, 0);
	return jn_ret(vm, a, same_or(a[0], build(vm, fill_lower, a)));
}

int
jn_str_touppercase(pv_vm *vm, pv_value *a, int n)
{
	if (SELF->nchars == SELF->len)
		return ascii_case(vm, a, 1);
	return jn_ret(vm, a, same_or(a[0], build(vm, fill_upper, a)));
}

/* ---------------------------------------------------------------- blanks */

int
jn_str_trim(pv_vm *vm, pv_value *a, int n)
{
	pv_str *s = SELF;
	uint32_t b = 0, e = s->len;
	while (b < e && (unsigned char)s->s[b] <= ' ')
		b++;
	while (e > b && (unsigned char)s->s[e - 1] <= ' ')
		e--;
	if (b == 0 && e == s->len)
		return PV_OK;
	return jn_ret(vm, a, pv_str_new(vm, s->s + b, e - b));
}

/* The bytes [*b, *e) of s without Character.isWhitespace code points at
 * the start (lead) and the end (trail). */
static void
strip_range(pv_str *s, int lead, int trail, uint32_t *b, uint32_t *e)
{
	const unsigned char *p = (const unsigned char *)s->s;
	uint32_t start = 0, end = 0;
	int seen = 0;
	for (uint32_t i = 0; i < s->len;) {
		int32_t cp;
		uint32_t k = pv_u8_decode(p + i, s->len - i, &cp);
		if (!(pv_jchar_props(cp) & PV_JC_WHITESPACE)) {
			if (!seen)
				start = i;
			seen = 1;
			end = i + k;
		}
		i += k;
	}
	if (!seen) { /* all blank: nothing is left */
		*b = *e = 0;
		return;
	}
	*b = lead ? start : 0;
	*e = trail ? end : s->len;
}

static int
strip(pv_vm *vm, pv_value *a, int lead, int trail)
{
	uint32_t b, e;
	strip_range(SELF, lead, trail, &b, &e);
	if (b == 0 && e == SELF->len)
		return PV_OK;
	return jn_ret(vm, a, pv_str_new(vm, SELF->s + b, e - b));
}

int
jn_str_strip(pv_vm *vm, pv_value *a, int n)
{
	return strip(vm, a, 1, 1);
}

int
jn_str_stripleading(pv_vm *vm, pv_value *a, int n)
{
	return strip(vm, a, 1, 0);
}

int
jn_str_striptrailing(pv_vm *vm, pv_value *a, int n)
{
	return strip(vm, a, 0, 1);
}

int
jn_str_isblank(pv_vm *vm, pv_value *a, int n)
{
	uint32_t b, e;
	strip_range(SELF, 1, 1, &b, &e);
	return jn_reti(vm, a, b >= e);
}
