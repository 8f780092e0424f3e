/*
 * jchar.h - java.lang.Character's classification of code points
 * (jchar.c): a bit set of properties and the value of decimal digits, as
 * the JDK answers them for every code point. The data are range tables
 * generated from the JDK (jchartab.c) and the case mapping of pvm/utf16.h.
 */
#pragma once
#include <stdint.h>

enum {
	PV_JC_LETTER = 1,         /* isLetter */
	PV_JC_DIGIT = 2,          /* isDigit (a decimal digit) */
	PV_JC_UPPER = 4,          /* isUpperCase */
	PV_JC_LOWER = 8,          /* isLowerCase */
	PV_JC_TITLE = 16,         /* isTitleCase */
	PV_JC_WHITESPACE = 32,    /* isWhitespace */
	PV_JC_SPACE = 64,         /* isSpaceChar */
	PV_JC_ALPHABETIC = 128,   /* isAlphabetic */
	PV_JC_IDEOGRAPHIC = 256,  /* isIdeographic */
	PV_JC_IDENT_START = 512,  /* isJavaIdentifierStart */
	PV_JC_IDENT_PART = 1024,  /* isJavaIdentifierPart */
	PV_JC_IGNORABLE = 2048,   /* isIdentifierIgnorable */
	PV_JC_ISO_CONTROL = 4096, /* isISOControl */
};

int32_t pv_jchar_props(int32_t cp);
/* The value of a decimal digit (Unicode Nd), or -1. */
int32_t pv_jchar_decimal(int32_t cp);

typedef struct {
	int32_t lo, hi;
} pv_jchar_range;
