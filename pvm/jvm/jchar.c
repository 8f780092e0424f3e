/*
 * jchar.c - Character's properties of a code point (jchar.h).
 *
 * Invariant: the answer is the JDK's: each property is a table of
 * jchartab.c (generated from the JDK), or a rule plus the table of the
 * code points the rule gets wrong (upper and lower case: a case mapping of
 * pvm/utf16.c), or a rule that is exact by itself (whitespace, space,
 * control). tests/jvm/numfmt compares every BMP code point with the JDK.
 */
#include <stddef.h>
#include "pvm/utf16.h"
#include "jchar.h"

#define TABLE(name)                                    \
	extern const pv_jchar_range pv_jchar_##name[]; \
	extern const uint32_t pv_jchar_n##name
TABLE(letters);
TABLE(digits);
TABLE(titles);
TABLE(upper_more);
TABLE(upper_less);
TABLE(lower_more);
TABLE(lower_less);
TABLE(alphabetic);
TABLE(ideographic);
TABLE(ident_start);
TABLE(ident_part);
TABLE(ignorable);
#undef TABLE

static const pv_jchar_range *
find(const pv_jchar_range *t, uint32_t n, int32_t c)
{
	uint32_t lo = 0, hi = n;
	while (lo < hi) {
		uint32_t mid = (lo + hi) / 2;
		if (c < t[mid].lo)
			hi = mid;
		else if (c > t[mid].hi)
			lo = mid + 1;
		else
			return &t[mid];
	}
	return NULL;
}

#define IN(name, c) (find(pv_jchar_##name, pv_jchar_n##name, (c)) != NULL)

int32_t
pv_jchar_decimal(int32_t c)
{
	const pv_jchar_range *r = find(pv_jchar_digits, pv_jchar_ndigits, c);
	return r ? (c - r->lo) % 10 : -1;
}

static int
is_whitespace(int32_t c)
{
	return (c >= 0x9 && c <= 0xd) || (c >= 0x1c && c <= 0x20) || c == 0x1680 ||
	       (c >= 0x2000 && c <= 0x200a && c != 0x2007) || c == 0x2028 || c == 0x2029 ||
	       c == 0x205f || c == 0x3000;
}

static int
is_space_char(int32_t c)
{
	return c == 0x20 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
	       c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

int32_t
pv_jchar_props(int32_t c)
{
	int32_t p = 0;
	if (c < 0 || c > 0x10ffff)
		return 0;
	if (IN(letters, c))
		p |= PV_JC_LETTER | PV_JC_ALPHABETIC | PV_JC_IDENT_START | PV_JC_IDENT_PART;
	if (IN(digits, c))
		p |= PV_JC_DIGIT | PV_JC_IDENT_PART;
	if (IN(titles, c)) {
		p |= PV_JC_TITLE;
	} else {
		int upper = c <= 0xffff && pv_u16_lower(c) != c;
		int lower = !upper && c <= 0xffff && pv_u16_upper(c) != c;
		if ((upper && !IN(upper_less, c)) || IN(upper_more, c))
			p |= PV_JC_UPPER;
		else if ((lower && !IN(lower_less, c)) || IN(lower_more, c))
			p |= PV_JC_LOWER;
	}
	if (is_whitespace(c))
		p |= PV_JC_WHITESPACE;
	if (is_space_char(c))
		p |= PV_JC_SPACE;
	if (IN(alphabetic, c))
		p |= PV_JC_ALPHABETIC;
	if (IN(ideographic, c))
		p |= PV_JC_IDEOGRAPHIC;
	if (IN(ident_start, c))
		p |= PV_JC_IDENT_START | PV_JC_IDENT_PART;
	if (IN(ident_part, c))
		p |= PV_JC_IDENT_PART;
	if (IN(ignorable, c))
		p |= PV_JC_IGNORABLE | PV_JC_IDENT_PART;
	if (c <= 0x1f || (c >= 0x7f && c <= 0x9f))
		p |= PV_JC_ISO_CONTROL;
	return p;
}
