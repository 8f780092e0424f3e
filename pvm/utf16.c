/*
 * utf16.c - Java's UTF-16 view of pvm's UTF-8 strings (utf16.h).
 *
 * Invariant: a unit index and a byte offset are translated by one decoder
 * (pv_u8_decode), so lengths, indexing and substrings always agree, also
 * on malformed bytes (a stray byte is one unit of its own value). The
 * cache remembers one (string, unit, byte) position and the string's unit
 * count; it is trusted only for the same string object in the same GC
 * epoch (no sweep between: the object cannot have been freed and its
 * memory reused) with the same length and content hash.
 */
#include <string.h>
#include "heap.h"
#include "str.h"
#include "utf16.h"

uint32_t
pv_u8_decode(const unsigned char *p, uint32_t n, int32_t *cp)
{
	unsigned char c = p[0];
	if (c < 0xc0) {
		*cp = c;
		return 1;
	}
	uint32_t want = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2, k = 1;
	int32_t v = c & (0x3f >> (want - 1));
	while (k < want && k < n && (p[k] & 0xc0) == 0x80)
		v = v << 6 | (p[k++] & 0x3f);
	*cp = k == want ? v : c;
	return k == want ? k : 1;
}

int
pv_u8_encode(int32_t c, char *b)
{
	if (c < 0x80) {
		b[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		b[0] = (char)(0xc0 | c >> 6);
		b[1] = (char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		b[0] = (char)(0xe0 | c >> 12);
		b[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		b[2] = (char)(0x80 | (c & 0x3f));
		return 3;
	}
	b[0] = (char)(0xf0 | c >> 18);
	b[1] = (char)(0x80 | ((c >> 12) & 0x3f));
	b[2] = (char)(0x80 | ((c >> 6) & 0x3f));
	b[3] = (char)(0x80 | (c & 0x3f));
	return 4;
}

/* ---------------------------------------------------------------- positions */

static struct {
	const pv_str *s;
	uint64_t epoch;
	uint32_t len, hash;
	uint32_t unit, byte; /* a sequence start and its unit index */
	uint32_t units;      /* the string's unit count, or UINT32_MAX */
} cache;

static uint64_t
epoch(pv_vm *vm)
{
	return vm->heap.steps + vm->heap.fulls + ((uint64_t)vm->heap.cycles << 40);
}

static bool
cached(pv_vm *vm, pv_str *s)
{
	return cache.s == s && cache.epoch == epoch(vm) && cache.len == s->len &&
	       cache.hash == pv_str_hash(s);
}

static void
remember(pv_vm *vm, pv_str *s, uint32_t unit, uint32_t byte)
{
	if (!cached(vm, s)) {
		cache.s = s;
		cache.epoch = epoch(vm);
		cache.len = s->len;
		cache.hash = pv_str_hash(s);
		cache.units = UINT32_MAX;
	}
	cache.unit = unit;
	cache.byte = byte;
}

uint32_t
pv_u16_len(pv_vm *vm, pv_str *s)
{
	if (s->nchars == s->len)
		return s->len;
	if (cached(vm, s) && cache.units != UINT32_MAX)
		return cache.units;
	uint32_t units = 0;
	const unsigned char *p = (const unsigned char *)s->s;
	for (uint32_t b = 0; b < s->len;) {
		int32_t cp;
		b += pv_u8_decode(p + b, s->len - b, &cp);
		units += cp >= 0x10000 ? 2 : 1;
	}
	if (!cached(vm, s))
		remember(vm, s, 0, 0);
	cache.units = units;
	return units;
}

/* Walk from a known (unit, byte) position to unit i: the byte offset of
 * the sequence holding unit i; *mid when i is the second unit of a pair. */
static uint32_t
walk(pv_str *s, uint32_t unit, uint32_t byte, uint32_t i, int *mid)
{
	const unsigned char *p = (const unsigned char *)s->s;
	*mid = 0;
	while (byte < s->len) {
		int32_t cp;
		uint32_t k = pv_u8_decode(p + byte, s->len - byte, &cp);
		uint32_t w = cp >= 0x10000 ? 2 : 1;
		if (i < unit + w) {
			*mid = i != unit;
			return byte;
		}
		unit += w;
		byte += k;
	}
	return s->len;
}

uint32_t
pv_u16_offset(pv_vm *vm, pv_str *s, uint32_t i, int *mid)
{
	*mid = 0;
	if (s->nchars == s->len)
		return i < s->len ? i : s->len;
	uint32_t unit = 0, byte = 0;
	if (cached(vm, s) && cache.unit <= i) {
		unit = cache.unit;
		byte = cache.byte;
	}
	uint32_t b = walk(s, unit, byte, i, mid);
	if (b < s->len)
		remember(vm, s, i - (uint32_t)*mid, b);
	return b;
}

uint32_t
pv_u16_index(pv_vm *vm, pv_str *s, uint32_t byte)
{
	if (s->nchars == s->len)
		return byte;
	uint32_t unit = 0, b = 0;
	if (cached(vm, s) && cache.byte <= byte) {
		unit = cache.unit;
		b = cache.byte;
	}
	const unsigned char *p = (const unsigned char *)s->s;
	while (b < byte && b < s->len) {
		int32_t cp;
		b += pv_u8_decode(p + b, s->len - b, &cp);
		unit += cp >= 0x10000 ? 2 : 1;
	}
	if (b < s->len)
		remember(vm, s, unit, b);
	return unit;
}

static int32_t
high_half(int32_t cp)
{
	return 0xd800 + ((cp - 0x10000) >> 10);
}

static int32_t
low_half(int32_t cp)
{
	return 0xdc00 + ((cp - 0x10000) & 0x3ff);
}

int32_t
pv_u16_at(pv_vm *vm, pv_str *s, uint32_t i)
{
	if (s->nchars == s->len)
		return (unsigned char)s->s[i];
	int mid;
	uint32_t b = pv_u16_offset(vm, s, i, &mid);
	if (b >= s->len)
		return 0;
	int32_t cp;
	pv_u8_decode((const unsigned char *)s->s + b, s->len - b, &cp);
	if (cp < 0x10000)
		return cp;
	return mid ? low_half(cp) : high_half(cp);
}

/* ---------------------------------------------------------------- making */

static size_t
put_unit(char *out, int32_t u, int32_t next, int *used2)
{
	*used2 = 0;
	if (u >= 0xd800 && u < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
		int32_t cp = 0x10000 + ((u - 0xd800) << 10) + (next - 0xdc00);
		*used2 = 1;
		return out ? (size_t)pv_u8_encode(cp, out) : 4;
	}
	char tmp[4];
	return (size_t)pv_u8_encode(u & 0xffff, out ? out : tmp);
}

pv_value
pv_u16_make(pv_vm *vm, const void *src, size_t n, int32_t (*get)(const void *, size_t))
{
	size_t bytes = 0;
	uint32_t chars = 0;
	for (size_t i = 0; i < n; i++) {
		int two;
		bytes += put_unit(NULL, get(src, i) & 0xffff,
		                  i + 1 < n ? get(src, i + 1) & 0xffff : -1, &two);
		i += (size_t)two;
		chars++;
	}
	pv_value r = pv_str_new(vm, NULL, bytes);
	if (!r)
		return PV_NULL;
	pv_str *o = PV_STR(r);
	size_t at = 0;
	for (size_t i = 0; i < n; i++) {
		int two;
		at += put_unit(o->s + at, get(src, i) & 0xffff,
		               i + 1 < n ? get(src, i + 1) & 0xffff : -1, &two);
		i += (size_t)two;
	}
	o->s[bytes] = 0;
	o->nchars = chars;
	return r;
}

static int32_t
get_u16(const void *src, size_t i)
{
	return ((const uint16_t *)src)[i];
}

pv_value
pv_u16_from(pv_vm *vm, const uint16_t *u, size_t n)
{
	return pv_u16_make(vm, u, n, get_u16);
}

pv_value
pv_u16_substr(pv_vm *vm, pv_str *s, uint32_t b, uint32_t e)
{
	if (s->nchars == s->len)
		return pv_str_new(vm, s->s + b, e - b);
	int mb, me;
	uint32_t ob = pv_u16_offset(vm, s, b, &mb);
	uint32_t oe = pv_u16_offset(vm, s, e, &me);
	if (!mb && !me)
		return pv_str_new(vm, s->s + ob, oe - ob);
	/* a pair cut at an end: that end is a lone surrogate */
	int32_t first = mb ? pv_u16_at(vm, s, b) : 0, last = me ? pv_u16_at(vm, s, e - 1) : 0;
	int32_t cp;
	uint32_t from =
		mb ? ob + pv_u8_decode((const unsigned char *)s->s + ob, s->len - ob, &cp) : ob;
	uint32_t n = (mb ? 3 : 0) + (oe - from) + (me ? 3 : 0);
	pv_value r = pv_str_new(vm, NULL, n);
	if (!r)
		return PV_NULL;
	pv_str *o = PV_STR(r);
	uint32_t at = 0;
	if (mb)
		at += (uint32_t)pv_u8_encode(first, o->s);
	memcpy(o->s + at, s->s + from, oe - from);
	at += oe - from;
	if (me)
		at += (uint32_t)pv_u8_encode(last, o->s + at);
	o->s[at] = 0;
	uint32_t chars = 0;
	for (uint32_t i = 0; i < at; i++)
		chars += ((unsigned char)o->s[i] & 0xc0) != 0x80;
	o->nchars = chars;
	return r;
}

size_t
pv_u16_to(pv_vm *vm, pv_str *s, uint16_t *out, size_t max)
{
	const unsigned char *p = (const unsigned char *)s->s;
	size_t k = 0;
	for (uint32_t b = 0; b < s->len;) {
		int32_t cp;
		b += pv_u8_decode(p + b, s->len - b, &cp);
		if (cp >= 0x10000) {
			if (k < max)
				out[k] = (uint16_t)high_half(cp);
			k++;
			cp = low_half(cp);
		}
		if (k < max)
			out[k] = (uint16_t)cp;
		k++;
	}
	return k;
}

int32_t
pv_u16_hash(pv_str *s)
{
	const unsigned char *p = (const unsigned char *)s->s;
	uint32_t h = 0;
	for (uint32_t b = 0; b < s->len;) {
		int32_t cp;
		b += pv_u8_decode(p + b, s->len - b, &cp);
		if (cp >= 0x10000) {
			h = h * 31u + (uint32_t)high_half(cp);
			cp = low_half(cp);
		}
		h = h * 31u + (uint32_t)cp;
	}
	return (int32_t)h;
}

/* ---------------------------------------------------------------- case */

/* In [lo, hi], pairs: the upper case at the even (odd_upper: odd) code
 * point, the lower case right after it. */
struct pairs {
	int32_t lo, hi;
	int odd_upper;
};
static const struct pairs pair_ranges[] = {
	{ 0x100, 0x12f, 0 },   { 0x132, 0x137, 0 },   { 0x139, 0x148, 1 }, { 0x14a, 0x177, 0 },
	{ 0x179, 0x17e, 1 },   { 0x1cd, 0x1dc, 1 },   { 0x1de, 0x1ef, 0 }, { 0x1f4, 0x1f5, 0 },
	{ 0x1f8, 0x21f, 0 },   { 0x222, 0x233, 0 },   { 0x246, 0x24f, 0 }, { 0x370, 0x373, 0 },
	{ 0x376, 0x377, 0 },   { 0x3d8, 0x3ef, 0 },   { 0x3f7, 0x3f8, 1 }, { 0x3fa, 0x3fb, 0 },
	{ 0x460, 0x481, 0 },   { 0x48a, 0x4bf, 0 },   { 0x4c1, 0x4ce, 1 }, { 0x4d0, 0x52f, 0 },
	{ 0x1e00, 0x1e95, 0 }, { 0x1ea0, 0x1eff, 0 },
};

/* Blocks whose upper case is lower case - delta. */
struct shift {
	int32_t lo, hi, delta; /* the lower-case range and lower - upper */
};
static const struct shift shifts[] = {
	{ 'a', 'z', 32 },       { 0xe0, 0xf6, 32 },     { 0xf8, 0xfe, 32 },
	{ 0x3ac, 0x3ac, 38 },   { 0x3ad, 0x3af, 37 },   { 0x3b1, 0x3c1, 32 },
	{ 0x3c3, 0x3cb, 32 },   { 0x3cc, 0x3cc, 64 },   { 0x3cd, 0x3ce, 63 },
	{ 0x430, 0x44f, 32 },   { 0x450, 0x45f, 80 },   { 0x561, 0x586, 48 },
	{ 0x2170, 0x217f, 16 }, { 0x24d0, 0x24e9, 26 }, { 0xff41, 0xff5a, 32 },
};

/* One-off mappings: from, to. */
static const int32_t upper_of[][2] = {
	{ 0xb5, 0x39c },  { 0xff, 0x178 },  { 0x131, 0x49 },  { 0x17f, 0x53 },  { 0x1c5, 0x1c4 },
	{ 0x1c6, 0x1c4 }, { 0x1c8, 0x1c7 }, { 0x1c9, 0x1c7 }, { 0x1cb, 0x1ca }, { 0x1cc, 0x1ca },
	{ 0x1f2, 0x1f1 }, { 0x1f3, 0x1f1 }, { 0x37b, 0x3fd }, { 0x37c, 0x3fe }, { 0x37d, 0x3ff },
	{ 0x3c2, 0x3a3 }, { 0x3d0, 0x392 }, { 0x3d1, 0x398 }, { 0x3d5, 0x3a6 }, { 0x3d6, 0x3a0 },
	{ 0x3d7, 0x3cf }, { 0x3f0, 0x39a }, { 0x3f1, 0x3a1 }, { 0x3f2, 0x3f9 }, { 0x3f3, 0x37f },
	{ 0x3f5, 0x395 }, { 0x4cf, 0x4c0 },
};
static const int32_t lower_of[][2] = {
	{ 0x130, 0x69 },  { 0x178, 0xff },  { 0x1c4, 0x1c6 }, { 0x1c5, 0x1c6 }, { 0x1c7, 0x1c9 },
	{ 0x1c8, 0x1c9 }, { 0x1ca, 0x1cc }, { 0x1cb, 0x1cc }, { 0x1f1, 0x1f3 }, { 0x1f2, 0x1f3 },
	{ 0x37f, 0x3f3 }, { 0x3cf, 0x3d7 }, { 0x3f4, 0x3b8 }, { 0x3f9, 0x3f2 }, { 0x3fd, 0x37b },
	{ 0x3fe, 0x37c }, { 0x3ff, 0x37d }, { 0x4c0, 0x4cf }, { 0x1e9e, 0xdf },
};

static int32_t
lookup(const int32_t (*t)[2], size_t n, int32_t c)
{
	for (size_t i = 0; i < n; i++)
		if (t[i][0] == c)
			return t[i][1];
	return -1;
}

int32_t
pv_u16_upper(int32_t c)
{
	if (c < 0x80)
		return c >= 'a' && c <= 'z' ? c - 32 : c;
	for (size_t i = 0; i < sizeof pair_ranges / sizeof pair_ranges[0]; i++) {
		const struct pairs *p = &pair_ranges[i];
		if (c >= p->lo && c <= p->hi)
			return ((c & 1) == p->odd_upper) ? c : c - 1;
	}
	for (size_t i = 0; i < sizeof shifts / sizeof shifts[0]; i++)
		if (c >= shifts[i].lo && c <= shifts[i].hi)
			return c - shifts[i].delta;
	int32_t r = lookup(upper_of, sizeof upper_of / sizeof upper_of[0], c);
	return r >= 0 ? r : c;
}

int32_t
pv_u16_lower(int32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	for (size_t i = 0; i < sizeof pair_ranges / sizeof pair_ranges[0]; i++) {
		const struct pairs *p = &pair_ranges[i];
		if (c >= p->lo && c <= p->hi)
			return ((c & 1) == p->odd_upper) ? c + 1 : c;
	}
	for (size_t i = 0; i < sizeof shifts / sizeof shifts[0]; i++)
		if (c >= shifts[i].lo - shifts[i].delta && c <= shifts[i].hi - shifts[i].delta)
			return c + shifts[i].delta;
	int32_t r = lookup(lower_of, sizeof lower_of / sizeof lower_of[0], c);
	return r >= 0 ? r : c;
}
