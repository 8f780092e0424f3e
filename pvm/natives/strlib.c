/*
 * natives/strlib.c - String's methods. Positions and lengths count code
 * points (UTF-8 is decoded as needed; ASCII strings index in O(1)).
 * substring(a, b) takes [a, b); indexOf returns -1 when absent.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "pvm/natives.h"

#define SELF PV_STR(a[0])

static uint32_t
char_index(pv_str *s, uint32_t byte)
{
	if (s->nchars == s->len)
		return byte;
	uint32_t c = 0;
	for (uint32_t b = 0; b < byte; b++)
		c += ((unsigned char)s->s[b] & 0xc0) != 0x80;
	return c;
}

static int
decode(const unsigned char *p, uint32_t n, int32_t *cp)
{
	if (p[0] < 0x80 || n < 2) {
		*cp = p[0];
		return 1;
	}
	int len = p[0] >= 0xf0 ? 4 : p[0] >= 0xe0 ? 3 : 2;
	if ((uint32_t)len > n)
		len = (int)n;
	int32_t v = p[0] & (0x3f >> (len - 1));
	for (int i = 1; i < len; i++)
		v = v << 6 | (p[i] & 0x3f);
	*cp = v;
	return len;
}

static int
ret(pv_vm *vm, pv_value *a, pv_value v)
{
	if (!v)
		return pv_oom(vm);
	a[0] = v;
	return PV_OK;
}

int
nat_str_length(pv_vm *vm, pv_value *a, int n)
{
	a[0] = pv_mkint((int32_t)SELF->nchars);
	return PV_OK;
}

static int
char_at(pv_vm *vm, pv_value *a, int code)
{
	int err = 0;
	int32_t i = pv_check_int(vm, a, 1, &err);
	if (err || pv_check_index(vm, i, SELF->nchars, &err))
		return PV_ERR;
	uint32_t b = pv_str_offset(SELF, (uint32_t)i), e = pv_str_offset(SELF, (uint32_t)i + 1);
	if (!code)
		return ret(vm, a, pv_str_new(vm, SELF->s + b, e - b));
	int32_t cp;
	decode((const unsigned char *)SELF->s + b, e - b, &cp);
	a[0] = pv_mkint(cp);
	return PV_OK;
}

int
nat_str_charat(pv_vm *vm, pv_value *a, int n)
{
	return char_at(vm, a, 0);
}

int
nat_str_codeat(pv_vm *vm, pv_value *a, int n)
{
	return char_at(vm, a, 1);
}

int
nat_str_substring(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	int32_t x = pv_check_int(vm, a, 1, &err), y = err ? 0 : pv_check_int(vm, a, 2, &err);
	if (err)
		return PV_ERR;
	if (x < 0 || y < x || (uint32_t)y > SELF->nchars)
		return pv_throw(vm, "substring(%d, %d) out of range (length %u)", x, y,
		                SELF->nchars);
	uint32_t b = pv_str_offset(SELF, (uint32_t)x), e = pv_str_offset(SELF, (uint32_t)y);
	return ret(vm, a, pv_str_new(vm, SELF->s + b, e - b));
}

static const char *
find_bytes(pv_str *h, pv_str *nd)
{
	if (nd->len == 0)
		return h->s;
	for (uint32_t i = 0; i + nd->len <= h->len; i++)
		if (memcmp(h->s + i, nd->s, nd->len) == 0)
			return h->s + i;
	return NULL;
}

int
nat_str_indexof(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	pv_value s = pv_check_str(vm, a, 1, &err);
	if (err)
		return PV_ERR;
	const char *p = find_bytes(SELF, PV_STR(s));
	a[0] = pv_mkint(p ? (int32_t)char_index(SELF, (uint32_t)(p - SELF->s)) : -1);
	return PV_OK;
}

int
nat_str_contains(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	pv_value s = pv_check_str(vm, a, 1, &err);
	if (err)
		return PV_ERR;
	a[0] = pv_bool(find_bytes(SELF, PV_STR(s)) != NULL);
	return PV_OK;
}

int
nat_str_split(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	pv_value sepv = pv_check_str(vm, a, 1, &err);
	if (err)
		return PV_ERR;
	pv_str *s = SELF, *sep = PV_STR(sepv);
	pv_array *r = pv_array_new(vm, 4);
	uint32_t start = 0;
	if (sep->len == 0) { /* split("") gives the characters */
		for (uint32_t i = 0; i < s->nchars; i++) {
			uint32_t b = pv_str_offset(s, i), e = pv_str_offset(s, i + 1);
			pv_array_push(vm, r, pv_str_new(vm, s->s + b, e - b));
		}
		a[0] = pv_val(r);
		return PV_OK;
	}
	for (uint32_t i = 0; i + sep->len <= s->len;) {
		if (memcmp(s->s + i, sep->s, sep->len) == 0) {
			pv_array_push(vm, r, pv_str_new(vm, s->s + start, i - start));
			i += sep->len;
			start = i;
		} else
			i++;
	}
	pv_array_push(vm, r, pv_str_new(vm, s->s + start, s->len - start));
	a[0] = pv_val(r);
	return PV_OK;
}

int
nat_str_trim(pv_vm *vm, pv_value *a, int n)
{
	uint32_t b = 0, e = SELF->len;
	while (b < e && isspace((unsigned char)SELF->s[b]))
		b++;
	while (e > b && isspace((unsigned char)SELF->s[e - 1]))
		e--;
	return ret(vm, a, pv_str_new(vm, SELF->s + b, e - b));
}

static int
map_case(pv_vm *vm, pv_value *a, int upper)
{
	pv_value r = pv_str_new(vm, SELF->s, SELF->len);
	if (!r)
		return pv_oom(vm);
	pv_str *o = PV_STR(r);
	for (uint32_t i = 0; i < o->len; i++)
		if (!((unsigned char)o->s[i] & 0x80))
			o->s[i] = (char)(upper ? toupper((unsigned char)o->s[i])
			                       : tolower((unsigned char)o->s[i]));
	a[0] = r;
	return PV_OK;
}

int
nat_str_toupper(pv_vm *vm, pv_value *a, int n)
{
	return map_case(vm, a, 1);
}

int
nat_str_tolower(pv_vm *vm, pv_value *a, int n)
{
	return map_case(vm, a, 0);
}

static int
affix(pv_vm *vm, pv_value *a, int end)
{
	int err = 0;
	pv_value s = pv_check_str(vm, a, 1, &err);
	if (err)
		return PV_ERR;
	pv_str *p = PV_STR(s);
	int ok = p->len <= SELF->len &&
	         memcmp(SELF->s + (end ? SELF->len - p->len : 0), p->s, p->len) == 0;
	a[0] = pv_bool(ok);
	return PV_OK;
}

int
nat_str_startswith(pv_vm *vm, pv_value *a, int n)
{
	return affix(vm, a, 0);
}

int
nat_str_endswith(pv_vm *vm, pv_value *a, int n)
{
	return affix(vm, a, 1);
}

/* toInt(): decimal or 0x hex, optional sign, surrounding blanks allowed;
 * anything else throws. */
int
nat_str_toint(pv_vm *vm, pv_value *a, int n)
{
	const char *s = SELF->s;
	char *end;
	while (isspace((unsigned char)*s))
		s++;
	int neg = *s == '-';
	const char *d = s + (*s == '-' || *s == '+');
	int hex = d[0] == '0' && (d[1] == 'x' || d[1] == 'X');
	unsigned long long v =
		isxdigit((unsigned char)d[hex ? 2 : 0]) ? strtoull(d, &end, hex ? 16 : 10) : 0;
	if (!isxdigit((unsigned char)d[hex ? 2 : 0]) || !(hex || isdigit((unsigned char)*d)))
		end = (char *)d;
	while (end > d && isspace((unsigned char)*end))
		end++;
	if (end == d || *end || v > 0xffffffffull)
		return pv_throw(vm, "toInt: \"%.40s\" is not an integer", SELF->s);
	uint32_t u = (uint32_t)v;
	a[0] = pv_int(vm, (int32_t)(neg ? 0u - u : u));
	return PV_OK;
}

int
nat_str_tofloat(pv_vm *vm, pv_value *a, int n)
{
	char *end;
	double d = strtod(SELF->s, &end);
	while (end > SELF->s && isspace((unsigned char)*end))
		end++;
	if (end == SELF->s || *end)
		return pv_throw(vm, "toFloat: \"%.40s\" is not a number", SELF->s);
	a[0] = pv_float_new(vm, d);
	return PV_OK;
}

int
nat_str_fromcode(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	int32_t c = pv_check_int(vm, a, 1, &err);
	if (err)
		return PV_ERR;
	if (c < 0 || c > 0x10ffff)
		return pv_throw(vm, "String.fromCode: %d is not a code point", c);
	char b[4];
	int len;
	if (c < 0x80) {
		b[0] = (char)c;
		len = 1;
	} else if (c < 0x800) {
		b[0] = (char)(0xc0 | c >> 6);
		b[1] = (char)(0x80 | (c & 0x3f));
		len = 2;
	} else if (c < 0x10000) {
		b[0] = (char)(0xe0 | c >> 12);
		b[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		b[2] = (char)(0x80 | (c & 0x3f));
		len = 3;
	} else {
		b[0] = (char)(0xf0 | c >> 18);
		b[1] = (char)(0x80 | ((c >> 12) & 0x3f));
		b[2] = (char)(0x80 | ((c >> 6) & 0x3f));
		b[3] = (char)(0x80 | (c & 0x3f));
		len = 4;
	}
	return ret(vm, a, pv_str_new(vm, b, (size_t)len));
}
