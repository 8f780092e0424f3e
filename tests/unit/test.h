/*
 * test.h - the host unit-test runner: registration, checks, helpers.
 *
 * A test is `TEST(name) { ... }` in any .c file of tests/unit; it registers itself
 * before main() runs, so adding a file needs no other edit. CHECK* record
 * the failed expression with file:line and let the test go on; REQUIRE
 * returns from the test at once. A test passes when none of its checks
 * failed. The runner (main.c) runs every test, or only those whose name
 * contains the second argument, and ends with the line "N passed, N failed".
 */
#pragma once
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "gui/gfx.h"

struct test_case {
	const char *name, *file;
	int line;
	void (*fn)(void);
	struct test_case *next;
};

void test_register(struct test_case *t);
bool test_check(bool ok, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
const char *test_dir(void); /* the runner's argument, e.g. tests/unit */
/* A whole file, NUL-terminated (free it), its length in *len; NULL if it
 * cannot be read. */
char *test_read_file(const char *path, size_t *len);

#define TEST(name)                                                                         \
	static void name(void);                                                            \
	static struct test_case test_case_##name = { #name, __FILE__, __LINE__, name, 0 }; \
	__attribute__((constructor)) static void test_reg_##name(void)                     \
	{                                                                                  \
		test_register(&test_case_##name);                                          \
	}                                                                                  \
	static void name(void)

#define CHECK(c) test_check(!!(c), __FILE__, __LINE__, "CHECK(%s)", #c)
#define CHECK_EQ(a, b)                                                                             \
	({                                                                                         \
		long long a_ = (long long)(a), b_ = (long long)(b);                                \
		test_check(a_ == b_, __FILE__, __LINE__, "CHECK_EQ(%s, %s): %lld != %lld", #a, #b, \
		           a_, b_);                                                                \
	})
#define CHECKF(c, ...) test_check(!!(c), __FILE__, __LINE__, __VA_ARGS__)
#define REQUIRE(c)              \
	do {                    \
		if (!CHECK(c))  \
			return; \
	} while (0)

/* Deterministic generator (xorshift32) so property tests replay. */
static inline uint32_t
test_rand(uint32_t *state)
{
	uint32_t x = *state;
	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return *state = x;
}

/* Uniform-ish integer in [lo, hi]. */
static inline int
test_range(uint32_t *state, int lo, int hi)
{
	return lo + (int)(test_rand(state) % (uint32_t)(hi - lo + 1));
}

/* PNG files: gui/png.h (gui_png_write, gui_png_read). */
#include "gui/png.h"
/* mkdir -p of the directory part of path; false on failure. */

/*
 * Golden images (golden.c): write img to build/host/golden/NAME.png and
 * compare it with TESTDIR/golden/NAME.png, allowing GOLDEN_TOLERANCE per
 * channel on at most GOLDEN_MAX_PERMILLE/10 % of the pixels. With
 * PHANTOM_BLESS=1 in the environment the golden file is (re)written
 * instead. A missing golden image is a failure that says how to bless.
 */
#define GOLDEN_TOLERANCE    2
#define GOLDEN_MAX_PERMILLE 5
bool test_golden(const char *name, const struct gfx_buf *img);
