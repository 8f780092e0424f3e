/*
 * numfmt.c - tests/jvm/numfmt: reads the lines NumFmt.java printed with
 * the real JDK (stdin), recomputes each with pvm/jvm/jnum.c and counts
 * the differences; also Character's classes and case mapping of code
 * points (pvm/jvm/jchar.c, pvm/utf16.c). Built from the one jnum.c twice by
 * run.sh: for the host and as the kernel computes (i386, x87, no SSE).
 * Prints the first differences, then "N passed, N failed" per kind and in
 * all.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pvm/jvm/jchar.h"
#include "pvm/jvm/jnum.h"
#include "pvm/str.h"
#include "pvm/utf16.h"

/* utf16.c's string functions are not called here, only its case mapping */
pv_value
pv_str_new(pv_vm *vm, const char *s, size_t n)
{
	abort();
}

uint32_t
pv_str_hash(pv_str *s)
{
	abort();
}

static double
dbl(uint64_t u)
{
	double d;
	memcpy(&d, &u, sizeof d);
	return d;
}

static float
flt(uint32_t u)
{
	float f;
	memcpy(&f, &u, sizeof f);
	return f;
}

static uint64_t
dbits(double d)
{
	uint64_t u;
	memcpy(&u, &d, sizeof u);
	return u;
}

static uint32_t
fbits(float f)
{
	uint32_t u;
	memcpy(&u, &f, sizeof u);
	return u;
}

enum { KD, KF, KG, KP, KQ, KX, KC, NK };
static const char *names[NK] = { "Double.toString",    "Float.toString",   "String.format",
	                         "Double.parseDouble", "Float.parseFloat", "parse errors",
	                         "Character" };
static long pass[NK], fail[NK];

static void
result(int k, int ok, const char *line, const char *mine)
{
	if (ok) {
		pass[k]++;
		return;
	}
	if (fail[k]++ < 10)
		printf("DIFF %s: java %s, jnum %s\n", names[k], line, mine);
}

/* split line at '|' into at most n fields */
static int
fields(char *line, char **f, int n)
{
	int k = 0;
	f[k++] = line;
	for (char *p = line; *p && k < n; p++)
		if (*p == '|') {
			*p = 0;
			f[k++] = p + 1;
		}
	return k;
}

int
main(void)
{
	static char line[4096], copy[4096], mine[4096];
	while (fgets(line, sizeof line, stdin)) {
		line[strcspn(line, "\n")] = 0;
		strcpy(copy, line);
		char *f[7];
		int nf = fields(line, f, 7);
		if (f[0][0] == 'D' && nf == 3) {
			pv_jnum_dtoa(dbl(strtoull(f[1], NULL, 16)), mine);
			result(KD, strcmp(mine, f[2]) == 0, copy, mine);
		} else if (f[0][0] == 'F' && nf == 3) {
			pv_jnum_ftoa(flt((uint32_t)strtoul(f[1], NULL, 16)), mine);
			result(KF, strcmp(mine, f[2]) == 0, copy, mine);
		} else if (f[0][0] == 'G' && nf == 5) {
			pv_jnum_format(dbl(strtoull(f[1], NULL, 16)), f[2][0], atoi(f[3]), mine,
			               sizeof mine);
			result(KG, strcmp(mine, f[4]) == 0, copy, mine);
		} else if ((f[0][0] == 'P' || f[0][0] == 'Q') && nf == 3) {
			int isf = f[0][0] == 'Q';
			double d;
			int rc = pv_jnum_parse(f[1], strlen(f[1]), isf, &d);
			int ok = rc == 0 &&
			         (isf ? fbits((float)d) == (uint32_t)strtoul(f[2], NULL, 16)
			              : dbits(d) == strtoull(f[2], NULL, 16));
			snprintf(mine, sizeof mine, "rc %d %llx", rc,
			         isf ? (unsigned long long)fbits((float)d)
			             : (unsigned long long)dbits(d));
			result(isf ? KQ : KP, ok, copy, mine);
		} else if (f[0][0] == 'X' && nf == 3) {
			double d;
			int rc = pv_jnum_parse(f[1], strlen(f[1]), 0, &d);
			int want = strcmp(f[2], "empty String") == 0      ? -2
			           : strcmp(f[2], "multiple points") == 0 ? -3
			                                                  : -1;
			snprintf(mine, sizeof mine, "rc %d", rc);
			result(KX, rc == want, copy, mine);
		} else if (f[0][0] == 'C' && nf == 6) {
			int32_t c = (int32_t)strtol(f[1], NULL, 16), p = pv_jchar_props(c);
			static const int bits[] = { PV_JC_LETTER,      PV_JC_DIGIT,
				                    PV_JC_UPPER,       PV_JC_LOWER,
				                    PV_JC_WHITESPACE,  PV_JC_SPACE,
				                    PV_JC_TITLE,       PV_JC_ALPHABETIC,
				                    PV_JC_IDEOGRAPHIC, PV_JC_IDENT_START,
				                    PV_JC_IDENT_PART,  PV_JC_IGNORABLE,
				                    PV_JC_ISO_CONTROL };
			char flags[16];
			for (int b = 0; b < 13; b++)
				flags[b] = (char)('0' + !!(p & bits[b]));
			flags[13] = 0;
			/* a supplementary code point's case is not mapped: Java's is */
			int32_t up = c > 0xffff ? (int32_t)strtol(f[3], NULL, 16) : pv_u16_upper(c);
			int32_t lo = c > 0xffff ? (int32_t)strtol(f[4], NULL, 16) : pv_u16_lower(c);
			snprintf(mine, sizeof mine, "%s|%x|%x|%d", flags, (unsigned)up,
			         (unsigned)lo, (int)pv_jchar_decimal(c));
			char want[64];
			snprintf(want, sizeof want, "%s|%s|%s|%s", f[2], f[3], f[4], f[5]);
			result(KC, strcmp(mine, want) == 0, copy, mine);
		} else {
			printf("bad line: %s\n", copy);
			fail[KX]++;
		}
	}
	long tp = 0, tf = 0;
	for (int k = 0; k < NK; k++) {
		printf("%-20s %ld passed, %ld failed\n", names[k], pass[k], fail[k]);
		tp += pass[k];
		tf += fail[k];
	}
	printf("%ld passed, %ld failed\n", tp, tf);
	return tf != 0;
}
