/*
 * test_jnatives.c - the Java runtime's C side without the converter: the
 * UTF-16 view of strings (pvm/utf16.h), Java's number text on fixed values
 * (pvm/jvm/jnum.h; tests/jvm/numfmt checks it against the real JDK), code
 * point classes, the natives table, and natives called directly on a VM
 * (String's, arraycopy, parseDouble, round) including the exceptions they
 * throw (a pvm error "java.lang.X: message" while no Java class is loaded,
 * an instance of the class once it is). Expected values were printed by
 * the JDK 17 these natives imitate.
 */
#include <math.h>
#include <string.h>
#include "pvm/array.h"
#include "pvm/heap.h"
#include "pvm/jvm/jchar.h"
#include "pvm/jvm/jnatives.h"
#include "pvm/jvm/jnum.h"
#include "pvm/jvm/jthrow.h"
#include "pvm/jvm/jtrace.h"
#include "pvm/module.h"
#include "pvm/str.h"
#include "pvm/thread.h"
#include "pvm/utf16.h"
#include "tests/unit/test.h"
#include "pvt.h"

static pv_value
S(const char *s)
{
	return pv_str_cstr(pvt_vm, s);
}

static bool
is_str(pv_value v, const char *want)
{
	return pv_is_str(v) && strcmp(PV_STR(v)->s, want) == 0;
}

/* a thread to hold the natives' exceptions */
static pv_thread *
cur_thread(void)
{
	pv_thread *th = pv_thread_new(pvt_vm, PV_NULL);
	pvt_vm->cur = th;
	return th;
}

/* the message of the error a native threw (pvm Error or Java exception) */
static const char *
thrown(pv_thread *th)
{
	pv_value e = th->exc;
	th->exc = PV_NULL;
	if (pv_is(e, PV_K_INST) && ((pv_inst *)e)->n > 0 && pv_is_str(((pv_inst *)e)->f[0]))
		return PV_STR(((pv_inst *)e)->f[0])->s;
	return pv_is_str(e) ? PV_STR(e)->s : "(none)";
}

TEST(utf16_lengths_and_units)
{
	REQUIRE(pvt_open());
	pv_str *ascii = PV_STR(S("hello")), *ru = PV_STR(S("Привет")),
	       *emoji = PV_STR(S("a\xf0\x9f\x98\x80"
	                         "b"));
	CHECK(pv_u16_len(pvt_vm, ascii) == 5);
	CHECK(pv_u16_len(pvt_vm, ru) == 6 && ru->len == 12);
	CHECK(pv_u16_len(pvt_vm, emoji) == 4);
	CHECK(pv_u16_at(pvt_vm, ru, 0) == 0x41f && pv_u16_at(pvt_vm, ru, 5) == 0x442);
	CHECK(pv_u16_at(pvt_vm, emoji, 1) == 0xd83d && pv_u16_at(pvt_vm, emoji, 2) == 0xde00);
	CHECK(pv_u16_at(pvt_vm, emoji, 3) == 'b');
	/* a loop of charAt uses the cache; backwards it walks again */
	int32_t sum = 0;
	for (uint32_t i = 0; i < 6; i++)
		sum += pv_u16_at(pvt_vm, ru, i);
	for (int i = 5; i >= 0; i--)
		sum -= pv_u16_at(pvt_vm, ru, (uint32_t)i);
	CHECK(sum == 0);
	int mid;
	CHECK(pv_u16_offset(pvt_vm, emoji, 2, &mid) == 1 && mid == 1);
	CHECK(pv_u16_index(pvt_vm, emoji, 5) == 3);
	/* a pair cut in two leaves a lone surrogate (its own 3 bytes) */
	pv_value hi = pv_u16_substr(pvt_vm, emoji, 1, 2);
	CHECK(PV_STR(hi)->len == 3 && (unsigned char)PV_STR(hi)->s[0] == 0xed);
	CHECK(pv_u16_len(pvt_vm, PV_STR(hi)) == 1 && pv_u16_at(pvt_vm, PV_STR(hi), 0) == 0xd83d);
	CHECK(is_str(pv_u16_substr(pvt_vm, emoji, 0, 3), "a\xf0\x9f\x98\x80"));
	/* units in: a pair is joined, a lone surrogate stays one */
	uint16_t pair[] = { 0xd83d, 0xde00 }, lone[] = { 'x', 0xdc00 };
	CHECK(is_str(pv_u16_from(pvt_vm, pair, 2), "\xf0\x9f\x98\x80"));
	pv_value l = pv_u16_from(pvt_vm, lone, 2);
	CHECK(PV_STR(l)->len == 4 && PV_STR(l)->nchars == 2 && pv_u16_len(pvt_vm, PV_STR(l)) == 2);
	uint16_t out[8];
	CHECK(pv_u16_to(pvt_vm, emoji, out, 8) == 4 && out[1] == 0xd83d && out[2] == 0xde00);
	pvt_close();
}

TEST(utf16_hash_and_case)
{
	REQUIRE(pvt_open());
	CHECK(pv_u16_hash(PV_STR(S("hello"))) == 99162322);
	CHECK(pv_u16_hash(PV_STR(S("Привет"))) == 1177014952);
	CHECK(pv_u16_hash(PV_STR(S("a\xf0\x9f\x98\x80"
	                           "b"))) == 57849694);
	CHECK(pv_u16_hash(PV_STR(S("Ελληνικά"))) == 70494064);
	CHECK(pv_u16_hash(PV_STR(S(""))) == 0);
	CHECK(pv_u16_upper(0x44f) == 0x42f && pv_u16_lower(0x42f) == 0x44f); /* я Я */
	CHECK(pv_u16_upper(0x451) == 0x401 && pv_u16_lower(0x401) == 0x451); /* ё Ё */
	CHECK(pv_u16_upper(0x3c9) == 0x3a9 && pv_u16_upper(0x3c2) == 0x3a3); /* ω ς */
	CHECK(pv_u16_upper(0x3ac) == 0x386 && pv_u16_lower(0x38f) == 0x3ce); /* ά Ώ */
	CHECK(pv_u16_upper(0xdf) == 0xdf && pv_u16_upper(0xff) == 0x178);    /* ß ÿ */
	CHECK(pv_u16_upper(0x101) == 0x100 && pv_u16_lower(0x139) == 0x13a); /* ā Ĺ */
	CHECK(pv_u16_lower(0x130) == 'i' && pv_u16_upper(0x131) == 'I');
	CHECK(pv_u16_upper(0x4d1) == 0x4d0 && pv_u16_lower(0x4c0) == 0x4cf);
	CHECK(pv_u16_upper('q') == 'Q' && pv_u16_upper('5') == '5' &&
	      pv_u16_upper(0x4e2d) == 0x4e2d);
	pvt_close();
}

TEST(jnum_fixed_values)
{
	char b[400];
	struct {
		double d;
		const char *want;
	} dv[] = {
		{ 0.1, "0.1" },
		{ 1e7, "1.0E7" },
		{ 9999999.0, "9999999.0" },
		{ 1e-3, "0.001" },
		{ 1e-4, "1.0E-4" },
		{ 5e-324, "4.9E-324" },
		{ 1e23, "9.999999999999999E22" }, /* JDK 17: not the shortest */
		{ 2e23, "1.9999999999999998E23" },
		{ -0.0, "-0.0" },
		{ 100.0, "100.0" },
		{ 1.0 / 3, "0.3333333333333333" },
		{ 1.7976931348623157e308, "1.7976931348623157E308" },
		{ INFINITY, "Infinity" },
		{ -INFINITY, "-Infinity" },
		{ NAN, "NaN" },
	};
	for (size_t i = 0; i < sizeof dv / sizeof dv[0]; i++) {
		pv_jnum_dtoa(dv[i].d, b);
		CHECKF(strcmp(b, dv[i].want) == 0, "dtoa: %s, want %s", b, dv[i].want);
	}
	pv_jnum_ftoa(1.0e10f, b);
	CHECK(strcmp(b, "1.0E10") == 0);
	pv_jnum_ftoa(0.1f + 0.2f, b);
	CHECK(strcmp(b, "0.3") == 0);
	pv_jnum_ftoa(1e-5f, b);
	CHECK(strcmp(b, "1.0E-5") == 0);
	pv_jnum_ftoa(3.4028235e38f, b);
	CHECK(strcmp(b, "3.4028235E38") == 0);
	pv_jnum_format(1.005, 'f', 2, b, sizeof b); /* the shortest digits, half up */
	CHECK(strcmp(b, "1.01") == 0);
	pv_jnum_format(0.5, 'f', 0, b, sizeof b);
	CHECK(strcmp(b, "1") == 0);
	pv_jnum_format(12345.6789, 'e', -1, b, sizeof b);
	CHECK(strcmp(b, "1.234568e+04") == 0);
	pv_jnum_format(0.0001, 'g', -1, b, sizeof b);
	CHECK(strcmp(b, "0.000100000") == 0);
	pv_jnum_format(99999.0, 'g', 3, b, sizeof b);
	CHECK(strcmp(b, "1.00e+05") == 0);
	CHECK(pv_jnum_format(1e300, 'f', 2, b, 8) == 304); /* the whole length */
	double d;
	CHECK(pv_jnum_parse("  2.5 ", 6, 0, &d) == 0 && d == 2.5);
	CHECK(pv_jnum_parse("0x1p3", 5, 0, &d) == 0 && d == 8.0);
	CHECK(pv_jnum_parse("1e3d", 4, 0, &d) == 0 && d == 1000.0);
	CHECK(pv_jnum_parse("-Infinity", 9, 0, &d) == 0 && isinf(d) && d < 0);
	CHECK(pv_jnum_parse("", 0, 0, &d) == -2 && pv_jnum_parse("1..2", 4, 0, &d) == -3);
	CHECK(pv_jnum_parse("1e", 2, 0, &d) == -1 && pv_jnum_parse("nan", 3, 0, &d) == -1);
}

TEST(jchar_properties)
{
	CHECK(pv_jchar_props(0x416) & PV_JC_LETTER && pv_jchar_props(0x416) & PV_JC_UPPER);
	CHECK(pv_jchar_props(0x4e2d) & PV_JC_IDEOGRAPHIC && pv_jchar_props(0x4e2d) & PV_JC_LETTER);
	CHECK(pv_jchar_decimal(0x663) == 3 && pv_jchar_decimal(0xff19) == 9);
	CHECK(pv_jchar_decimal('a') == -1 && pv_jchar_props(0x663) & PV_JC_DIGIT);
	CHECK(pv_jchar_props(0x2003) & PV_JC_WHITESPACE &&
	      !(pv_jchar_props(0xa0) & PV_JC_WHITESPACE));
	CHECK(pv_jchar_props(0xa0) & PV_JC_SPACE);
	CHECK(pv_jchar_props(0x1c5) & PV_JC_TITLE && !(pv_jchar_props(0x1c5) & PV_JC_UPPER));
	CHECK(pv_jchar_props(0xdf) & PV_JC_LOWER && pv_jchar_props(0xaa) & PV_JC_LOWER);
	CHECK(pv_jchar_props('$') & PV_JC_IDENT_START && pv_jchar_props(0x301) & PV_JC_IDENT_PART);
	CHECK(!(pv_jchar_props(0x2603) & (PV_JC_LETTER | PV_JC_DIGIT)));
}

TEST(jnatives_table)
{
	uint32_t idx, idx2;
	const pv_natdef *d = pv_jnative_find("java/lang/String", "length()I", &idx);
	REQUIRE(d != NULL);
	CHECK(idx >= PV_JNATIVE_BASE && d->arity == 0 && strcmp(d->name, "length()I") == 0);
	d = pv_jnative_find("java/lang/System",
	                    "arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V", &idx2);
	CHECK(d && d->arity == 5 && idx2 != idx);
	CHECK(pv_jnative_find("java/lang/String", "nosuch()V", &idx) == NULL);
	CHECK(pv_jnative_find("java/lang/Object", "length()I", &idx) == NULL);
	const pv_module *m = NULL;
	CHECK(pv_module_native(idx2, &m) == d && m && strcmp(m->name, "java") == 0);
	CHECK(pv_jnatives_count() >= 90);
}

static pv_value
call(int (*fn)(pv_vm *, pv_value *, int), pv_value self, pv_value x, pv_value y, int *rc)
{
	pv_value a[4] = { self, x, y, PV_NULL };
	*rc = fn(pvt_vm, a, 2);
	return a[0];
}

TEST(jnatives_strings)
{
	REQUIRE(pvt_open());
	pv_thread *th = cur_thread();
	int rc;
	CHECK(is_str(call(jn_str_touppercase, S("Привет мир"), 0, 0, &rc), "ПРИВЕТ МИР"));
	CHECK(is_str(call(jn_str_tolowercase, S("ΣΑΣ ΟΔΟΣ"), 0, 0, &rc), "σας οδος"));
	CHECK(is_str(call(jn_str_touppercase, S("straße"), 0, 0, &rc), "STRASSE"));
	CHECK(is_str(call(jn_str_touppercase, S("\xc5\x89"), 0, 0, &rc), "\xca\xbcN"));
	pv_value same = S("ABC");
	CHECK(call(jn_str_touppercase, same, 0, 0, &rc) == same);
	CHECK(pv_toint(call(jn_str_compareto, S("abc"), S("abd"), 0, &rc)) == -1);
	CHECK(pv_toint(call(jn_str_compareto, S("Привет"), S("Пока"), 0, &rc)) == 2);
	CHECK(pv_toint(call(jn_str_compareto, S("a"), S("\xf0\x9f\x98\x80"), 0, &rc)) == -55260);
	CHECK(pv_toint(call(jn_str_compareto, S("\xef\xbf\xbf"), S("\xf0\x9f\x98\x80"), 0, &rc)) ==
	      10178);
	CHECK(pv_toint(call(jn_str_indexof, S("Привет мир"), S("мир"), pv_mkint(0), &rc)) == 7);
	CHECK(pv_toint(call(jn_str_indexofchar,
	                    S("a\xf0\x9f\x98\x80"
	                      "b"),
	                    pv_mkint('b'), pv_mkint(0), &rc)) == 3);
	CHECK(pv_toint(call(jn_str_indexofchar,
	                    S("a\xf0\x9f\x98\x80"
	                      "b"),
	                    pv_mkint(0x1f600), pv_mkint(0), &rc)) == 1);
	CHECK(pv_toint(call(jn_str_lastindexofchar,
	                    S("a\xf0\x9f\x98\x80"
	                      "b"),
	                    pv_mkint(0xde00), pv_mkint(9), &rc)) == 2);
	CHECK(pv_toint(call(jn_str_equalsignorecase, S("ПРИВЕТ"), S("привет"), 0, &rc)) == 1);
	CHECK(pv_toint(call(jn_str_comparetoignorecase, S("abc"), S("ABD"), 0, &rc)) == -1);
	CHECK(is_str(call(jn_str_strip, S("\xe2\x80\x83x\xe2\x80\x83"), 0, 0, &rc), "x"));
	CHECK(is_str(call(jn_str_strip, S("\xc2\xa0x"), 0, 0, &rc), "\xc2\xa0x"));
	CHECK(is_str(call(jn_str_stripleading, S("   "), 0, 0, &rc), ""));
	CHECK(is_str(call(jn_str_repeat, S("abc"), pv_mkint(3), 0, &rc), "abcabcabc"));
	CHECK(is_str(call(jn_str_replacestr, S("a-b-c"), S("-"), S("+"), &rc), "a+b+c"));
	CHECK(is_str(call(jn_str_replacestr, S("abc"), S(""), S("-"), &rc), "-a-b-c-"));
	CHECK(is_str(call(jn_str_replacechar, S("привет"), pv_mkint(0x438), pv_mkint('i'), &rc),
	             "прiвет"));
	CHECK(pv_toint(call(jn_str_hashcode, S("Ελληνικά"), 0, 0, &rc)) == 70494064);
	CHECK(is_str(call(jn_str_substring, S("Привет"), pv_mkint(2), pv_mkint(4), &rc), "ив"));
	/* errors: a pvm error naming the Java class while none is loaded ... */
	call(jn_str_substring, S("abc"), pv_mkint(0), pv_mkint(9), &rc);
	CHECK(rc == PV_ERR);
	CHECK(strcmp(thrown(th),
	             "java.lang.StringIndexOutOfBoundsException: begin 0, end 9, length 3") == 0);
	call(jn_str_repeat, S("abc"), pv_mkint(-1), 0, &rc);
	CHECK(strcmp(thrown(th), "java.lang.IllegalArgumentException: count is negative: -1") == 0);
	/* ... and an instance of it once the class exists (fields as Throwable's) */
	pv_class *c = pv_class_new(
		pvt_vm, pv_intern(pvt_vm, "java/lang/StringIndexOutOfBoundsException", 41),
		pvt_vm->cls[PV_C_OBJECT]);
	c->nfields = 3;
	c->fields = pv_vals_new(pvt_vm, 3);
	pv_global_set(pvt_vm, pv_val(c->name), pv_val(c));
	call(jn_str_charat, S("abc"), pv_mkint(5), 0, &rc);
	CHECK(rc == PV_ERR && pv_obj(th->exc)->cls == c);
	CHECK(pv_is(((pv_inst *)th->exc)->f[2], PV_K_ARRAY)); /* the trace: no Java frames */
	CHECK(strcmp(thrown(th), "String index out of range: 5") == 0);
	pvt_vm->cur = NULL;
	pvt_close();
}

TEST(jnatives_chars_and_bytes)
{
	REQUIRE(pvt_open());
	cur_thread();
	int rc;
	pv_value arr = call(jn_str_tochararray, S("\xf0\x9f\x98\x80!"), 0, 0, &rc);
	pv_array *ca = (pv_array *)arr;
	REQUIRE(pv_is(arr, PV_K_ARRAY) && ca->len == 3);
	CHECK(pv_toint(ca->items->v[0]) == 0xd83d && pv_toint(ca->items->v[1]) == 0xde00);
	pv_value a[4] = { PV_NULL, arr, pv_mkint(0), pv_mkint(3) };
	CHECK(jn_str_fromchars(pvt_vm, a, 3) == PV_OK && is_str(a[0], "\xf0\x9f\x98\x80!"));
	/* a lone surrogate encodes as '?' */
	pv_value lone = pv_u16_substr(pvt_vm, PV_STR(S("\xf0\x9f\x98\x80")), 0, 1);
	pv_array *bytes = (pv_array *)call(jn_str_getbytes, lone, 0, 0, &rc);
	CHECK(bytes->len == 1 && pv_toint(bytes->items->v[0]) == '?');
	bytes = (pv_array *)call(jn_str_getbytes, S("\xc3\xa9"), 0, 0, &rc);
	CHECK(bytes->len == 2 && pv_toint(bytes->items->v[0]) == -61);
	/* malformed UTF-8 bytes decode to U+FFFD */
	pv_value b[4] = { PV_NULL, pv_val(bytes), pv_mkint(0), pv_mkint(1) };
	CHECK(jn_str_fromutf8(pvt_vm, b, 3) == PV_OK && is_str(b[0], "\xef\xbf\xbd"));
	/* arraycopy within one array, overlapping */
	pv_array *x = jn_array(pvt_vm, 5, pv_mkint(0));
	for (int i = 0; i < 5; i++)
		x->items->v[i] = pv_mkint(i + 1);
	pv_value ac[6] = { PV_NULL, pv_val(x), pv_mkint(0), pv_val(x), pv_mkint(1), pv_mkint(4) };
	CHECK(jn_sys_arraycopy(pvt_vm, ac, 5) == PV_OK);
	CHECK(pv_toint(x->items->v[1]) == 1 && pv_toint(x->items->v[4]) == 4);
	pv_value bad[6] = { PV_NULL, pv_val(x), pv_mkint(0), pv_val(x), pv_mkint(0), pv_mkint(6) };
	CHECK(jn_sys_arraycopy(pvt_vm, bad, 5) == PV_ERR);
	CHECK(strcmp(thrown(pvt_vm->cur),
	             "java.lang.ArrayIndexOutOfBoundsException: arraycopy: last source index 6 out of "
	             "bounds for int[5]") == 0);
	pvt_vm->cur = NULL;
	pvt_close();
}

TEST(jnatives_numbers)
{
	REQUIRE(pvt_open());
	pv_thread *th = cur_thread();
	int rc;
	pv_value v = call(jn_dbl_parse, PV_NULL, S(" 2.5 "), 0, &rc);
	CHECK(rc == PV_OK && pv_tonum(v) == 2.5);
	call(jn_dbl_parse, PV_NULL, S(" x "), 0, &rc);
	CHECK(rc == PV_ERR &&
	      strcmp(thrown(th), "java.lang.NumberFormatException: For input string: \"x\"") == 0);
	call(jn_dbl_parse, PV_NULL, S(""), 0, &rc);
	CHECK(strcmp(thrown(th), "java.lang.NumberFormatException: empty String") == 0);
	v = call(jn_flt_parse, PV_NULL, S("0.1"), 0, &rc);
	CHECK(pv_tonum(v) == (double)0.1f);
	CHECK(is_str(call(jn_dbl_tostring, PV_NULL, pv_float_new(pvt_vm, 1e7), 0, &rc), "1.0E7"));
	CHECK(is_str(call(jn_flt_tostring, PV_NULL, pv_float_new(pvt_vm, 0.1f), 0, &rc), "0.1"));
	CHECK(is_str(call(jn_int_tostring, PV_NULL, pv_int(pvt_vm, INT32_MIN), 0, &rc),
	             "-2147483648"));
	double r[][2] = {
		{ 0.49999999999999994, 0 }, { -0.5, 0 }, { 2.5, 3 }, { -2.5, -2 }, { NAN, 0 }
	};
	for (size_t i = 0; i < sizeof r / sizeof r[0]; i++)
		CHECK(pv_tolong(call(jn_math_roundd, PV_NULL, pv_float_new(pvt_vm, r[i][0]), 0,
		                     &rc)) == (int64_t)r[i][1]);
	CHECK(pv_toint(call(jn_math_roundf, PV_NULL, pv_float_new(pvt_vm, 3e9), 0, &rc)) ==
	      INT32_MAX);
	v = call(jn_math_pow, PV_NULL, pv_float_new(pvt_vm, 1.0), pv_float_new(pvt_vm, NAN), &rc);
	CHECK(isnan(pv_tonum(v))); /* Java's pow, not C's (which gives 1) */
	CHECK(pv_toint(call(jn_chr_toupper, PV_NULL, pv_mkint(0x3c9), 0, &rc)) == 0x3a9);
	CHECK(pv_toint(call(jn_chr_decimal, PV_NULL, pv_mkint(0x966), 0, &rc)) == 0);
	pvt_vm->cur = NULL;
	pvt_close();
}

TEST(jnatives_identity_and_trace)
{
	REQUIRE(pvt_open());
	int rc;
	pv_value o = pv_val(pv_array_new(pvt_vm, 1));
	int32_t h = pv_toint(call(jn_obj_hashcode, o, 0, 0, &rc));
	CHECK(h >= 0 && h == pv_toint(call(jn_obj_hashcode, o, 0, 0, &rc)));
	CHECK(pv_toint(call(jn_obj_hashcode, pv_mkint(42), 0, 0, &rc)) == 42);
	CHECK(is_str(call(jn_rt_scalarstring, PV_NULL, pv_float_new(pvt_vm, 0.5), 0, &rc), "0.5"));
	CHECK(call(jn_rt_scalarstring, PV_NULL, o, 0, &rc) == PV_NULL);
	CHECK(is_str(call(jn_cls_getname, pv_val(pvt_vm->cls[PV_C_STRING]), 0, 0, &rc),
	             "java.lang.String"));
	pv_value t = pv_jvm_trace(pvt_vm, 0); /* outside a thread: no frames */
	CHECK(pv_is(t, PV_K_ARRAY) && ((pv_array *)t)->len == 0);
	pvt_close();
}
