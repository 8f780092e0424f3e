/*
 * test_elf_stack.c - kernel/posix/elf.c's ustack_build, read back word by
 * word, and real i386 programs started with it.
 *
 * Read back: argc, the argv and envp strings through their pointers, every
 * auxv pair against the values given (Linux's AT_ numbers written out
 * here, not taken from elf.h), AT_RANDOM's bytes, "i686", AT_EXECFN, the
 * 16-byte alignment of esp for every count of arguments 0..40, and every
 * pointer inside the buffer; the limits (USTACK_STRLEN_MAX, exactly
 * USTACK_ARGS_MAX in a USTACK_BUF_MIN buffer, one byte more) and bad
 * buffers. Started: build/host/posix/runelf32 loads hello32 and big32 by
 * elf_plan and ustack_build and jumps to them (kernel/posix/posix.mk);
 * glibc's start-up must find its TLS, its canary and its arguments, and
 * what hello32 prints must agree with the same program started by Linux
 * itself (argv, envp and AT_PHDR/AT_PHNUM/AT_ENTRY/AT_PAGESZ). A host that
 * cannot run i386 programs skips the runs and says so.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include "kernel/posix/elf.h"
#include "test.h"

#define POSIX_BIN "build/host/posix/"
#define TOP       0x50000000u

static const uint8_t rnd[16] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };

/* A view of the built stack by user address; ok drops to 0 on any read
 * outside [lo, top). */
struct view {
	const uint8_t *buf;
	uint32_t base, lo, top;
	int ok;
};

static uint32_t
word(struct view *v, uint32_t ua)
{
	if (ua < v->lo || ua > v->top - 4 || ua % 4) {
		v->ok = 0;
		return 0;
	}
	const uint8_t *p = v->buf + (ua - v->base);
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* The NUL-terminated string at ua, or "" (and ok = 0) if it leaves the view. */
static const char *
str(struct view *v, uint32_t ua)
{
	if (ua < v->lo || ua >= v->top || !memchr(v->buf + (ua - v->base), 0, v->top - ua)) {
		v->ok = 0;
		return "";
	}
	return (const char *)v->buf + (ua - v->base);
}

static struct elf_plan
fake_plan(void)
{
	struct elf_plan pl;
	memset(&pl, 0, sizeof pl);
	pl.entry = 0x08049570;
	pl.phdr = 0x08048034;
	pl.phent = 32;
	pl.phnum = 8;
	return pl;
}

/* Reads the stack at esp back and checks it against what was given;
 * returns the user address just past AT_NULL. */
static uint32_t
read_back(struct view *v, uint32_t esp, const struct elf_plan *pl, const struct ustack_args *a)
{
	uint32_t w = esp, argc = word(v, w), n = 0;
	CHECK_EQ(esp % 16, 0);
	for (w += 4; a->argv && a->argv[n]; n++, w += 4)
		CHECKF(!strcmp(str(v, word(v, w)), a->argv[n]), "argv[%u]", n);
	CHECK_EQ(argc, n);
	CHECK_EQ(word(v, w), 0);
	for (n = 0, w += 4; a->envp && a->envp[n]; n++, w += 4)
		CHECKF(!strcmp(str(v, word(v, w)), a->envp[n]), "envp[%u]", n);
	CHECK_EQ(word(v, w), 0);
	w += 4;
	/* Linux's numbers and order (fs/binfmt_elf.c) less the vDSO's */
	const uint32_t want[][2] = {
		{ 16, a->hwcap },  { 6, 4096 },      { 17, 100 },       { 3, pl->phdr },
		{ 4, 32 },         { 5, pl->phnum }, { 7, 0 },          { 8, 0 },
		{ 9, pl->entry },  { 11, a->uid },   { 12, a->euid },   { 13, a->gid },
		{ 14, a->egid },   { 23, 0 },        { 25, 0 /*ptr*/ }, { 31, 0 /*ptr*/ },
		{ 15, 0 /*ptr*/ }, { 0, 0 },
	};
	for (unsigned k = 0; k < sizeof want / sizeof want[0]; k++, w += 8) {
		uint32_t type = word(v, w), val = word(v, w + 4);
		CHECKF(type == want[k][0], "auxv[%u] type %u, want %u", k, type, want[k][0]);
		if (type == 25)
			CHECK(val >= w && val + 16 <= v->top &&
			      !memcmp(v->buf + (val - v->base), a->random, 16));
		else if (type == 31)
			CHECK(!strcmp(str(v, val), a->execfn ? a->execfn : ""));
		else if (type == 15)
			CHECK(!strcmp(str(v, val), "i686"));
		else
			CHECKF(val == want[k][1], "auxv type %u: 0x%x, want 0x%x", type, val,
			       want[k][1]);
	}
	CHECK_EQ(word(v, v->top - 4), 0);
	CHECK(v->ok);
	return w;
}

static uint32_t
build(uint8_t *buf, size_t len, const struct elf_plan *pl, const struct ustack_args *a, char *err)
{
	return ustack_build(buf, len, TOP, pl, a, err, 256);
}

TEST(ustack_reads_back)
{
	const char *argv[] = { "/bin/prog", "-x", "hello world", "", NULL };
	const char *envp[] = { "HOME=/home/user", "PATH=/bin", NULL };
	struct ustack_args a = { argv, envp, "/bin/prog", rnd, 0xbfebfbff, 1000, 1001, 1002, 1003 };
	struct elf_plan pl = fake_plan();
	size_t len = 8192;
	uint8_t *buf = malloc(len);
	char err[256];
	REQUIRE(buf);
	memset(buf, 0xee, len);
	uint32_t esp = build(buf, len, &pl, &a, err);
	CHECKF(esp, "%s", err);
	struct view v = { buf, TOP - (uint32_t)len, esp, TOP, 1 };
	read_back(&v, esp, &pl, &a);
	/* nothing written below esp */
	CHECK(buf[esp - v.base - 1] == 0xee);
	CHECK(TOP - esp < 512);
	free(buf);
}

TEST(ustack_aligned_for_every_count)
{
	static char strs[40][48];
	const char *argv[41], *envp[9];
	struct elf_plan pl = fake_plan();
	size_t len = 16384;
	uint8_t *buf = malloc(len);
	char err[256];
	uint32_t seed = 7;
	REQUIRE(buf);
	for (int k = 0; k < 40; k++) {
		int n = test_range(&seed, 0, 46);
		memset(strs[k], 'a' + k % 26, (size_t)n);
		strs[k][n] = 0;
	}
	for (int nenv = 0; nenv <= 8; nenv += 4)
		for (int argc = 0; argc <= 40; argc++) {
			for (int k = 0; k < argc; k++)
				argv[k] = strs[k];
			argv[argc] = NULL;
			for (int k = 0; k < nenv; k++)
				envp[k] = strs[39 - k];
			envp[nenv] = NULL;
			struct ustack_args a = { argv, envp, strs[argc % 40], rnd, 1, 2, 3, 4, 5 };
			uint32_t esp = build(buf, len, &pl, &a, err);
			struct view v = { buf, TOP - (uint32_t)len, esp, TOP, 1 };
			CHECKF(esp, "argc %d: %s", argc, err);
			if (esp)
				read_back(&v, esp, &pl, &a);
		}
	/* no argv, no envp, no execfn at all */
	struct ustack_args none = { NULL, NULL, NULL, rnd, 0, 0, 0, 0, 0 };
	uint32_t esp = build(buf, len, &pl, &none, err);
	struct view v = { buf, TOP - (uint32_t)len, esp, TOP, 1 };
	CHECKF(esp, "%s", err);
	if (esp)
		read_back(&v, esp, &pl, &none);
	free(buf);
}

TEST(ustack_limits)
{
	struct elf_plan pl = fake_plan();
	size_t big = USTACK_BUF_MIN;
	uint8_t *buf = malloc(big);
	char *s = malloc(USTACK_STRLEN_MAX + 1);
	char err[256];
	REQUIRE(buf && s);
	/* one string: USTACK_STRLEN_MAX bytes with its NUL fit, one more not */
	memset(s, 'x', USTACK_STRLEN_MAX);
	s[USTACK_STRLEN_MAX - 1] = 0;
	const char *one[] = { s, NULL };
	struct ustack_args a = { one, NULL, "p", rnd, 0, 0, 0, 0, 0 };
	CHECKF(build(buf, big, &pl, &a, err), "%s", err);
	s[USTACK_STRLEN_MAX - 1] = 'x';
	s[USTACK_STRLEN_MAX] = 0;
	CHECK(!build(buf, big, &pl, &a, err) && strstr(err, "argv[0] is longer") &&
	      strstr(err, "E2BIG"));
	a = (struct ustack_args){ NULL, one, "p", rnd, 0, 0, 0, 0, 0 };
	CHECK(!build(buf, big, &pl, &a, err) && strstr(err, "envp[0] is longer"));

	/* strings + pointers + execfn exactly USTACK_ARGS_MAX: fits in
	 * USTACK_BUF_MIN; a byte more is E2BIG */
	enum { PIECE = 1000 };
	const uint32_t nfull = (USTACK_ARGS_MAX - 2) / (PIECE + 5);
	const char **argv = calloc(nfull + 2, sizeof *argv);
	char *piece = malloc(PIECE + 1), *last = malloc(PIECE + 8);
	REQUIRE(argv && piece && last);
	memset(piece, 'p', PIECE);
	piece[PIECE] = 0;
	uint32_t rest = USTACK_ARGS_MAX - 2 - nfull * (PIECE + 5); /* execfn "p" is 2 */
	CHECK(rest >= 5 && rest < PIECE + 5);
	memset(last, 'l', rest - 5);
	last[rest - 5] = 0;
	for (uint32_t k = 0; k < nfull; k++)
		argv[k] = piece;
	argv[nfull] = last;
	a = (struct ustack_args){ argv, NULL, "p", rnd, 0, 0, 0, 0, 0 };
	uint32_t esp = build(buf, big, &pl, &a, err);
	CHECKF(esp, "at the limit: %s", err);
	if (esp) {
		struct view v = { buf, TOP - (uint32_t)big, esp, TOP, 1 };
		read_back(&v, esp, &pl, &a);
	}
	a.execfn = "pq";
	CHECK(!build(buf, big, &pl, &a, err) && strstr(err, "execfn") && strstr(err, "E2BIG"));
	a.execfn = "p";
	last[rest - 5] = 'l';
	last[rest - 4] = 0;
	CHECK(!build(buf, big, &pl, &a, err) && strstr(err, "E2BIG"));
	argv[nfull] = piece; /* and one more piece: argv alone is too much */
	CHECK(!build(buf, big, &pl, &a, err) &&
	      strstr(err, "argv and envp pass 262144 bytes at argv["));

	/* a buffer too small for what is within the limit */
	const char *few[] = { "sh", "-c", "echo hi", NULL };
	a = (struct ustack_args){ few, few, "/bin/sh", rnd, 0, 0, 0, 0, 0 };
	CHECK(!build(buf, 128, &pl, &a, err) && strstr(err, "cannot hold"));
	uint8_t *tight = malloc(256); /* exact: ASan sees a write below it */
	REQUIRE(tight);
	uint32_t sp = ustack_build(tight, 256, TOP, &pl, &a, err, sizeof err);
	CHECKF(sp, "%s", err);
	free(tight);
	free(argv);
	free(piece);
	free(last);
	free(s);
	free(buf);
}

TEST(ustack_refuses_bad_buffers)
{
	struct elf_plan pl = fake_plan();
	uint8_t buf[1024];
	char err[256];
	struct ustack_args a = { NULL, NULL, "p", rnd, 0, 0, 0, 0, 0 };
	CHECK(!ustack_build(buf, sizeof buf, TOP + 4, &pl, &a, err, sizeof err) &&
	      strstr(err, "not in user space"));
	CHECK(!ustack_build(buf, sizeof buf, USER_END + 16, &pl, &a, err, sizeof err));
	CHECK(!ustack_build(buf, sizeof buf, USER_BASE + 512, &pl, &a, err, sizeof err));
	CHECK(!ustack_build(buf, sizeof buf, 0x1000, &pl, &a, err, sizeof err));
	CHECK(ustack_build(buf, sizeof buf, USER_END, &pl, &a, err, sizeof err) != 0);
	CHECK(ustack_build(buf, sizeof buf, USER_BASE + 1024, &pl, &a, err, sizeof err) != 0);
	a.random = NULL;
	CHECK(!ustack_build(buf, sizeof buf, TOP, &pl, &a, err, sizeof err));
	CHECK(!ustack_build(NULL, sizeof buf, TOP, &pl, &a, NULL, 0));
}

/* ------------------------------------------------------------ runs */

/* Runs cmd in a shell; the first n - 1 bytes of its standard output into
 * out (NUL-terminated), the rest read and dropped; its exit status, or -1. */
static int
run(const char *cmd, char *out, size_t n)
{
	FILE *f = popen(cmd, "r");
	size_t got = 0;
	int c;
	if (!f)
		return -1;
	while ((c = fgetc(f)) != EOF)
		if (got + 1 < n)
			out[got++] = (char)c;
	out[got] = 0;
	int st = pclose(f);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* Value of auxv type t in hello32's output, or -1 if absent. */
static long long
auxv_of(const char *out, unsigned t)
{
	char key[32];
	snprintf(key, sizeof key, "\nauxv %u 0x", t);
	const char *p = strstr(out, key);
	return p ? strtoll(p + strlen(key), NULL, 16) : -1;
}

/* The lines of out that start with prefix, joined. */
static void
lines_of(const char *out, const char *prefix, char *dst, size_t n)
{
	size_t used = 0, pl = strlen(prefix);
	dst[0] = 0;
	for (const char *p = out; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
		if (!strncmp(p, prefix, pl)) {
			const char *e = strchr(p, '\n');
			size_t l = e ? (size_t)(e - p) + 1 : strlen(p);
			if (used + l < n) {
				memcpy(dst + used, p, l);
				dst[used += l] = 0;
			}
		}
}

static int
host_runs_i386(void)
{
	static int known = -1;
	char out[4096];
	if (known < 0) {
		known = run("env -i " POSIX_BIN "hello32 2>/dev/null", out, sizeof out) == 0 &&
		        strstr(out, "hello done");
		if (!known)
			printf("  skipped: this host cannot run i386 programs\n");
	}
	return known;
}

TEST(ustack_starts_hello32_like_linux)
{
	static char ours[16384], linux_[16384], a[4096], b[4096];
	size_t len;
	struct elf_plan pl;
	char err[256];
	if (!host_runs_i386())
		return;
	char *img = test_read_file(POSIX_BIN "hello32", &len);
	REQUIRE(img && elf_plan(img, len, &pl, err, sizeof err) == 0);
	free(img);
	const char *env = "env -i HOME=/home/user 'X=a b' ";
	const char *args = " one 'two words' ''";
	char cmd[512];
	snprintf(cmd, sizeof cmd, "%s%srunelf32 %shello32%s", env, POSIX_BIN, POSIX_BIN, args);
	CHECK_EQ(run(cmd, ours, sizeof ours), 0);
	snprintf(cmd, sizeof cmd, "%s%shello32%s", env, POSIX_BIN, args);
	CHECK_EQ(run(cmd, linux_, sizeof linux_), 0);

	CHECKF(strstr(ours, "\nargc 4\n") && strstr(ours, "\nargv[2] two words\n") &&
	               strstr(ours, "\nenvp[1] X=a b\n") && strstr(ours, "\nhello done\n"),
	       "runelf32 hello32 printed:\n%s", ours);
	CHECK(strstr(ours, "\nrandom a0a1a2a3a4a5a6a7a8a9aaabacadaeaf\n"));
	CHECK(strstr(ours, "\nplatform i686\n"));
	CHECK(strstr(ours, "\nexecfn " POSIX_BIN "hello32\n"));
	CHECK(strstr(ours, "\ntls 42\n")); /* TLS set up from AT_PHDR's PT_TLS */
	/* argv and envp as Linux gives them */
	lines_of(ours, "arg", a, sizeof a);
	lines_of(linux_, "arg", b, sizeof b);
	CHECKF(!strcmp(a, b), "argv: ours\n%s\nLinux's\n%s", a, b);
	lines_of(ours, "envp", a, sizeof a);
	lines_of(linux_, "envp", b, sizeof b);
	CHECKF(!strcmp(a, b), "envp: ours\n%s\nLinux's\n%s", a, b);
	/* the plan's auxv, and the same values from Linux's own loader */
	CHECK_EQ(auxv_of(ours, 3), pl.phdr);
	CHECK_EQ(auxv_of(ours, 5), pl.phnum);
	CHECK_EQ(auxv_of(ours, 9), pl.entry);
	CHECK_EQ(auxv_of(ours, 11), 1000);
	CHECK_EQ(auxv_of(ours, 14), 1003);
	static const unsigned same[] = { 3, 4, 5, 6, 7, 8, 9, 17, 23 };
	for (unsigned k = 0; k < sizeof same / sizeof same[0]; k++)
		CHECKF(auxv_of(ours, same[k]) == auxv_of(linux_, same[k]),
		       "auxv %u: ours 0x%llx, Linux's 0x%llx", same[k], auxv_of(ours, same[k]),
		       auxv_of(linux_, same[k]));
	/* every type we give, Linux gives too (it adds the vDSO's and more) */
	lines_of(ours, "auxv", a, sizeof a);
	for (char *p = a; (p = strstr(p, "auxv ")); p++) {
		unsigned t = (unsigned)strtoul(p + 5, NULL, 10);
		CHECKF(auxv_of(linux_, t) >= 0 || t == 0, "auxv type %u: Linux has none", t);
	}
}

TEST(ustack_starts_big32)
{
	char out[4096];
	if (!host_runs_i386())
		return;
	CHECK_EQ(run("env -i A=1 " POSIX_BIN "runelf32 " POSIX_BIN "big32", out, sizeof out), 0);
	CHECKF(strstr(out, "\nbig ok\n"), "runelf32 big32 printed:\n%s", out);
	/* a refusal is a message and status 2, not a jump */
	CHECK_EQ(run(POSIX_BIN "runelf32 /bin/sh", out, sizeof out), 2);
	CHECKF(strstr(out, "runelf: EI_CLASS 2"), "%s", out);
	CHECK_EQ(run(POSIX_BIN "runelf32 tests/unit/posix/hello.c", out, sizeof out), 2);
	CHECKF(strstr(out, "runelf: not an ELF file"), "%s", out);
}
