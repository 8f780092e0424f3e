/*
 * ctype.c - character classes for the "C" locale (ASCII only).
 *
 * One table of class bits indexed by the character; values outside
 * 0..127 (including EOF) belong to no class and map to themselves.
 */
#include <ctype.h>

enum {
	C_CNTRL = 1,
	C_SPACE = 2,
	C_UPPER = 4,
	C_LOWER = 8,
	C_DIGIT = 16,
	C_XDIGIT = 32,
	C_PUNCT = 64,
	C_BLANK = 128,
};

static unsigned char
ctype_bits(int c)
{
	if (c < 0 || c > 127)
		return 0;
	if (c < 32 || c == 127)
		return C_CNTRL | (c >= '\t' && c <= '\r' ? C_SPACE : 0);
	if (c == ' ')
		return C_SPACE | C_BLANK;
	if (c >= 'A' && c <= 'Z')
		return C_UPPER | (c <= 'F' ? C_XDIGIT : 0);
	if (c >= 'a' && c <= 'z')
		return C_LOWER | (c <= 'f' ? C_XDIGIT : 0);
	if (c >= '0' && c <= '9')
		return C_DIGIT | C_XDIGIT;
	return C_PUNCT;
}

int
isalnum(int c)
{
	return ctype_bits(c) & (C_UPPER | C_LOWER | C_DIGIT);
}

int
isalpha(int c)
{
	return ctype_bits(c) & (C_UPPER | C_LOWER);
}

int
iscntrl(int c)
{
	return ctype_bits(c) & C_CNTRL;
}

int
isdigit(int c)
{
	return ctype_bits(c) & C_DIGIT;
}

int
islower(int c)
{
	return ctype_bits(c) & C_LOWER;
}

int
ispunct(int c)
{
	return ctype_bits(c) & C_PUNCT;
}

int
isspace(int c)
{
	return ctype_bits(c) & C_SPACE;
}

int
isupper(int c)
{
	return ctype_bits(c) & C_UPPER;
}

int
isxdigit(int c)
{
	return ctype_bits(c) & C_XDIGIT;
}

int
isprint(int c)
{
	return c >= 32 && c < 127;
}

int
isgraph(int c)
{
	return c > 32 && c < 127;
}

int
tolower(int c)
{
	return isupper(c) ? c - 'A' + 'a' : c;
}

int
toupper(int c)
{
	return islower(c) ? c - 'a' + 'A' : c;
}
