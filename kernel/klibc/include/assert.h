/*
 * assert.h - assert() panics with the expression, file and line.
 *
 * NDEBUG removes the check, as in ISO C. Unlike the other headers this one
 * has no include guard, so NDEBUG can be changed between inclusions.
 */
#undef assert
#ifdef NDEBUG
#define assert(e) ((void)0)
#else
void klibc_assert_fail(const char *expr, const char *file, int line, const char *func)
	__attribute__((noreturn));
#define assert(e) ((e) ? (void)0 : klibc_assert_fail(#e, __FILE__, __LINE__, __func__))
#endif
#ifndef static_assert
#define static_assert _Static_assert
#endif
