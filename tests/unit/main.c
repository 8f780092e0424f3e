/*
 * main.c - the host unit-test runner.
 *
 * Usage: unit-tests TESTDIR [FILTER]. TESTDIR holds the tests' data
 * (golden/ images); FILTER runs only tests whose name contains it. Tests
 * run in file then line order, in one process (ASan/UBSan stop it at the
 * first memory error, which is what we want). Every failed check prints
 * "file:line: expression"; the last line is always "N passed, N failed"
 * and the exit status is 1 when anything failed.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "test.h"

static struct test_case *tests;
static int ntests;
static int current_failures;
static const char *dir = "tests/unit";

void
test_register(struct test_case *t)
{
	t->next = tests;
	tests = t;
	ntests++;
}

bool
test_check(bool ok, const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	if (ok)
		return true;
	current_failures++;
	printf("  %s:%d: ", file, line);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	return false;
}

const char *
test_dir(void)
{
	return dir;
}

char *
test_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
	if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	if (buf) {
		buf[n] = 0;
		if (len)
			*len = (size_t)n;
	}
	return buf;
}

static int
by_place(const void *a, const void *b)
{
	const struct test_case *x = *(struct test_case *const *)a;
	const struct test_case *y = *(struct test_case *const *)b;
	int c = strcmp(x->file, y->file);
	return c ? c : x->line - y->line;
}

/* The registered tests as an array in file, line order. */
static struct test_case **
sorted_tests(void)
{
	struct test_case **v = calloc((size_t)ntests + 1, sizeof(*v));
	int i = 0;
	if (!v)
		return NULL;
	for (struct test_case *t = tests; t; t = t->next)
		v[i++] = t;
	qsort(v, (size_t)ntests, sizeof(*v), by_place);
	return v;
}

int
main(int argc, char **argv)
{
	const char *filter = argc > 2 ? argv[2] : NULL;
	int passed = 0, failed = 0;
	struct test_case **v = sorted_tests();

	if (argc > 1)
		dir = argv[1];
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (int i = 0; v && i < ntests; i++) {
		if (filter && !strstr(v[i]->name, filter))
			continue;
		current_failures = 0;
		v[i]->fn();
		printf("%s %s\n", current_failures ? "FAIL" : "ok  ", v[i]->name);
		if (current_failures)
			failed++;
		else
			passed++;
	}
	free(v);
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
