/*
 * test_elf.c - kernel/posix/elf.c's elf_plan against real programs and
 * malformed ones.
 *
 * Real programs: build/host/posix/hello32 (gcc -m32 -static, the
 * toolchain's usual layout) and big32 (at 0x10000000, no separate code:
 * its headers are in its text segment), built by kernel/posix/posix.mk.
 * Their plans are compared with what `readelf -lhW` says of the same file,
 * so no address of the toolchain's choosing is written here. Malformed
 * programs: every truncation of a real one up to its program headers and
 * of each segment's file bytes, each header field made wrong, small
 * synthetic programs for the limits (16 segments, shared pages, the user
 * range's edges), and a mutation loop over real headers; every image is
 * an exact-size heap copy, so ASan sees any read past it. Every refusal
 * must be one line holding the expected words; every plan accepted must
 * keep elf.h's promises (check_plan). The stack and the runs of the
 * programs: test_elf_stack.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "kernel/posix/elf.h"
#include "test.h"

#define POSIX_BIN "build/host/posix/"

static uint32_t
get32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void
set32(uint8_t *p, uint32_t v)
{
	for (int k = 0; k < 4; k++)
		p[k] = (uint8_t)(v >> (8 * k));
}

static void
set16(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
}

static uint8_t *
copy_of(const uint8_t *p, size_t n)
{
	uint8_t *c = malloc(n ? n : 1);
	if (c && n)
		memcpy(c, p, n);
	return c;
}

/* Field f (0 type .. 7 align) of program header i of image e. */
static uint8_t *
ph_field(uint8_t *e, unsigned i, unsigned f)
{
	return e + get32(e + 28) + 32 * i + 4 * f;
}

/* The index of the n-th program header of the given type, or -1. */
static int
ph_find(const uint8_t *e, uint32_t type, int n)
{
	uint32_t phnum = e[44] | e[45] << 8;
	for (uint32_t i = 0; i < phnum; i++)
		if (get32(e + get32(e + 28) + 32 * i) == type && n-- == 0)
			return (int)i;
	return -1;
}

/* What readelf says of a program: the oracle for the real programs. */
struct ref {
	uint32_t entry, phoff, phnum, nload, phdr_vaddr, stack_flags;
	int has_phdr, has_stack;
	struct {
		uint32_t off, vaddr, filesz, memsz, flags;
	} load[ELF_MAX_LOAD];
};

static uint32_t
flags_of(const char *f)
{
	return (f[0] == 'R' ? 4u : 0) | (f[1] == 'W' ? 2u : 0) | (f[2] == 'E' ? 1u : 0);
}

static int
readelf_ref(const char *path, struct ref *r)
{
	char cmd[300], line[512];
	memset(r, 0, sizeof *r);
	snprintf(cmd, sizeof cmd, "readelf -lhW %s 2>&1", path);
	FILE *f = popen(cmd, "r");
	if (!f)
		return -1;
	while (fgets(line, sizeof line, f)) {
		char type[32];
		unsigned off, va, pa, fs, ms;
		int n = 0;
		sscanf(line, " Entry point address: %x", &r->entry);
		sscanf(line, " Start of program headers: %u", &r->phoff);
		sscanf(line, " Number of program headers: %u", &r->phnum);
		if (sscanf(line, " %31s %x %x %x %x %x%n", type, &off, &va, &pa, &fs, &ms, &n) != 6)
			continue;
		uint32_t fl = strlen(line) > (size_t)n + 3 ? flags_of(line + n + 1) : 0;
		if (!strcmp(type, "LOAD") && r->nload < ELF_MAX_LOAD) {
			r->load[r->nload].off = off;
			r->load[r->nload].vaddr = va;
			r->load[r->nload].filesz = fs;
			r->load[r->nload].memsz = ms;
			r->load[r->nload++].flags = fl;
		} else if (!strcmp(type, "PHDR")) {
			r->has_phdr = 1;
			r->phdr_vaddr = va;
		} else if (!strcmp(type, "GNU_STACK")) {
			r->has_stack = 1;
			r->stack_flags = fl;
		}
	}
	return pclose(f) == 0 && r->nload > 0 ? 0 : -1;
}

/* elf.h's promises about a plan of image e (len bytes); the number broken. */
static int
check_plan(const uint8_t *e, size_t len, const struct elf_plan *pl)
{
	int bad = 0, entry_ok = 0, phdr_ok = 0;
	uint32_t tab = pl->phnum * 32, phoff = get32(e + 28);
	bad += pl->nseg < 1 || pl->nseg > ELF_MAX_LOAD || pl->phent != 32;
	bad += pl->phnum != (uint32_t)(e[44] | e[45] << 8) || pl->phnum > ELF_MAX_PHNUM;
	for (uint32_t k = 0; k < pl->nseg && k < ELF_MAX_LOAD; k++) {
		const struct elf_seg *s = &pl->seg[k];
		uint64_t end = (uint64_t)s->vaddr + s->memsz;
		bad += s->memsz == 0 || s->filesz > s->memsz || (s->flags & ~7u);
		bad += (uint64_t)s->offset + s->filesz > len;
		bad += s->page_start % 4096 || s->page_end % 4096 || s->page_start < USER_BASE;
		bad += s->page_start > s->vaddr || end > s->page_end || s->page_end > USER_END;
		bad += s->page_end - s->page_start > 4096 + ((end - s->vaddr + 4095) & ~4095ull);
		bad += s->filesz && s->vaddr % 4096 != s->offset % 4096;
		bad += k > 0 && s->vaddr < (uint64_t)pl->seg[k - 1].vaddr + pl->seg[k - 1].memsz;
		entry_ok |= pl->entry >= s->vaddr && pl->entry < end && (s->flags & 1);
		/* the table's bytes are where AT_PHDR says */
		if (pl->phdr >= s->vaddr &&
		    (uint64_t)pl->phdr + tab <= (uint64_t)s->vaddr + s->filesz)
			phdr_ok |= !memcmp(e + s->offset + (pl->phdr - s->vaddr), e + phoff, tab);
	}
	bad += !entry_ok + !phdr_ok;
	bad += pl->nseg >= 1 && pl->brk != pl->seg[pl->nseg - 1].page_end;
	return bad;
}

static void
check_against_readelf(const char *path)
{
	size_t len;
	struct ref r;
	struct elf_plan pl;
	char err[256];
	uint8_t *img = (uint8_t *)test_read_file(path, &len);
	CHECKF(img, "%s missing: make build/host/unit-tests builds it", path);
	if (!img)
		return;
	CHECKF(readelf_ref(path, &r) == 0, "readelf -lhW %s failed", path);
	int rc = elf_plan(img, len, &pl, err, sizeof err);
	CHECKF(rc == 0, "%s refused: %s", path, err);
	if (rc == 0) {
		CHECK_EQ(check_plan(img, len, &pl), 0);
		CHECK_EQ(pl.entry, r.entry);
		CHECK_EQ(pl.phnum, r.phnum);
		CHECK_EQ(pl.nseg, r.nload);
		for (uint32_t k = 0; k < pl.nseg && k < r.nload; k++) {
			CHECK_EQ(pl.seg[k].vaddr, r.load[k].vaddr);
			CHECK_EQ(pl.seg[k].offset, r.load[k].off);
			CHECK_EQ(pl.seg[k].filesz, r.load[k].filesz);
			CHECK_EQ(pl.seg[k].memsz, r.load[k].memsz);
			CHECK_EQ(pl.seg[k].flags, r.load[k].flags);
			CHECK_EQ(pl.seg[k].page_start, r.load[k].vaddr & ~4095u);
			CHECK_EQ(pl.seg[k].page_end,
			         (r.load[k].vaddr + r.load[k].memsz + 4095) & ~4095u);
		}
		/* AT_PHDR: PT_PHDR, or the first LOAD holding e_phoff in its file bytes */
		uint32_t want = r.phdr_vaddr;
		for (uint32_t k = r.nload; !r.has_phdr && k-- > 0;)
			if (r.load[k].off <= r.phoff &&
			    r.phoff + 32 * r.phnum <= r.load[k].off + r.load[k].filesz)
				want = r.load[k].vaddr + r.phoff - r.load[k].off;
		CHECK_EQ(pl.phdr, want);
		const uint32_t last = r.nload - 1;
		CHECK_EQ(pl.brk, (r.load[last].vaddr + r.load[last].memsz + 4095) & ~4095u);
		CHECK_EQ(pl.has_gnu_stack, r.has_stack);
		CHECK_EQ(pl.stack_flags, r.stack_flags);
	}
	free(img);
}

TEST(elf_plan_hello32_matches_readelf)
{
	check_against_readelf(POSIX_BIN "hello32");
}

TEST(elf_plan_big32_matches_readelf)
{
	check_against_readelf(POSIX_BIN "big32");
}

/* elf_plan must refuse img[0..len) with a message holding frag. */
static void
refuse(const uint8_t *img, size_t len, const char *frag, const char *what)
{
	uint8_t *c = copy_of(img, len);
	char err[256];
	struct elf_plan pl;
	int rc = elf_plan(c, len, &pl, err, sizeof err);
	CHECKF(rc == -1 && strstr(err, frag) && !strchr(err, '\n'),
	       "%s: elf_plan gave %d, \"%s\"; wanted a refusal with \"%s\"", what, rc, err, frag);
	free(c);
}

/* hello32, read once per test; *len its size. */
static uint8_t *
hello(size_t *len)
{
	uint8_t *img = (uint8_t *)test_read_file(POSIX_BIN "hello32", len);
	CHECKF(img, POSIX_BIN "hello32 missing");
	return img;
}

TEST(elf_refuses_every_truncation)
{
	size_t len;
	uint8_t *img = hello(&len);
	if (!img)
		return;
	uint32_t table_end = get32(img + 28) + 32 * (img[44] | img[45] << 8);
	int tried = 0;
	for (size_t n = 0; n < table_end; n++, tried++)
		refuse(img, n, n < 52 ? "truncated" : "run past the end of the file", "cut");
	/* into each PT_LOAD's file bytes: at its last byte and half way */
	for (int k = 0, i; (i = ph_find(img, ELF_PT_LOAD, k)) >= 0; k++) {
		uint32_t off = get32(ph_field(img, i, 1)), fs = get32(ph_field(img, i, 4));
		if (fs == 0 || off + fs <= table_end)
			continue;
		refuse(img, off + fs - 1, "+ p_filesz", "cut at a segment's end");
		refuse(img, off + fs / 2, "past the end of the file", "cut in a segment");
		tried += 2;
	}
	CHECK(tried > 300);
	free(img);
}

TEST(elf_refuses_wrong_identity)
{
	size_t len;
	uint8_t *img = hello(&len);
	if (!img)
		return;
	static const struct {
		unsigned off, size;
		uint32_t value;
		const char *frag;
	} cases[] = {
		{ 0, 1, 0x7e, "not an ELF file" },
		{ 3, 1, 'G', "magic 7f 45 4c 47" },
		{ 4, 1, 2, "EI_CLASS 2" },
		{ 4, 1, 0, "not a 32-bit ELF" },
		{ 5, 1, 2, "EI_DATA 2" },
		{ 6, 1, 0, "EI_VERSION 0" },
		{ 20, 4, 2, "e_version 2" },
		{ 7, 1, 9, "EI_OSABI 9" },
		{ 18, 2, 62, "e_machine 62: not an i386" },
		{ 18, 2, 40, "e_machine 40" },
		{ 16, 2, 3, "ET_DYN): position-independent" },
		{ 16, 2, 1, "e_type 1: not an executable" },
		{ 16, 2, 4, "e_type 4" },
		{ 42, 2, 40, "e_phentsize 40" },
		{ 42, 2, 0, "e_phentsize 0" },
		{ 44, 2, 0, "e_phnum 0" },
		{ 44, 2, 129, "e_phnum 129: more than 128" },
		{ 44, 2, 0xffff, "e_phnum 65535" },
		{ 28, 4, 0xffffffe0, "e_phoff 0xffffffe0" },
		{ 28, 4, 0x7fffffff, "run past the end of the file" },
		{ 24, 4, 0, "e_entry 0x0 is not inside an executable" },
	};
	for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		uint8_t *c = copy_of(img, len);
		if (cases[k].size == 1)
			c[cases[k].off] = (uint8_t)cases[k].value;
		else if (cases[k].size == 2)
			set16(c + cases[k].off, cases[k].value);
		else
			set32(c + cases[k].off, cases[k].value);
		refuse(c, len, cases[k].frag, cases[k].frag);
		free(c);
	}
	free(img);
}

/* A copy of hello32 with field f of its n-th header of type t set to v. */
static void
refuse_field(const uint8_t *img, size_t len, uint32_t t, int n, unsigned f, uint32_t v,
             const char *frag)
{
	int i = ph_find(img, t, n);
	CHECKF(i >= 0, "no program header of type 0x%x #%d", t, n);
	if (i < 0)
		return;
	uint8_t *c = copy_of(img, len);
	set32(ph_field(c, (unsigned)i, f), v);
	refuse(c, len, frag, frag);
	free(c);
}

TEST(elf_refuses_bad_segments)
{
	size_t len;
	uint8_t *img = hello(&len);
	if (!img)
		return;
	REQUIRE(ph_find(img, ELF_PT_LOAD, 1) >= 0);
	int l0 = ph_find(img, ELF_PT_LOAD, 0), l1 = ph_find(img, ELF_PT_LOAD, 1);
	uint32_t v0 = get32(ph_field(img, l0, 2)), v1 = get32(ph_field(img, l1, 2));
	uint32_t m0 = get32(ph_field(img, l0, 5)), entry = get32(img + 24);
	char want[160];
	/* another header made PT_INTERP: a dynamically linked program */
	refuse_field(img, len, ELF_PT_GNU_STACK, 0, 0, ELF_PT_INTERP, "dynamically linked");
	refuse_field(img, len, ELF_PT_LOAD, 0, 4, m0 + 1, "p_filesz");
	refuse_field(img, len, ELF_PT_LOAD, 1, 1, (uint32_t)len, "runs past the end of the file");
	refuse_field(img, len, ELF_PT_LOAD, 1, 4, (uint32_t)len, "p_filesz");
	refuse_field(img, len, ELF_PT_LOAD, 1, 1, 0xfffff000u, "runs past the end");
	/* into the first segment's page, congruent with its file offset */
	uint32_t into = (v0 & ~0xfffu) + (v1 & 0xfffu);
	snprintf(want, sizeof want, "p_vaddr 0x%x overlaps or precedes", into);
	CHECK(into < v0 + m0);
	refuse_field(img, len, ELF_PT_LOAD, 1, 2, into, want);
	refuse_field(img, len, ELF_PT_LOAD, 1, 2, v0 - 0x1000, "overlaps or precedes");
	refuse_field(img, len, ELF_PT_LOAD, 1, 2, v1 + 1, "differ modulo p_align");
	refuse_field(img, len, ELF_PT_LOAD, 1, 7, 3, "p_align 0x3 is not a power of two");
	/* p_align 1 checks nothing; the page size still must agree */
	uint8_t *c = copy_of(img, len);
	set32(ph_field(c, l1, 7), 1);
	set32(ph_field(c, l1, 2), v1 + 4);
	refuse(c, len, "differ modulo the page size", "page");
	free(c);
	refuse_field(img, len, ELF_PT_LOAD, 0, 2, 0x1000, "outside user space");
	refuse_field(img, len, ELF_PT_LOAD, 0, 2, 0x60000000, "outside user space");
	refuse_field(img, len, ELF_PT_LOAD, 0, 2, 0xfffff000u, "p_vaddr 0xfffff000 + p_memsz");
	refuse_field(img, len, ELF_PT_LOAD, 1, 5, 0xffffffffu, "outside user space");
	/* the segment holding the entry not executable */
	for (int k = 0, i; (i = ph_find(img, ELF_PT_LOAD, k)) >= 0; k++)
		if (entry - get32(ph_field(img, i, 2)) < get32(ph_field(img, i, 5)))
			refuse_field(img, len, ELF_PT_LOAD, k, 6, ELF_PF_R | ELF_PF_W,
			             "is not inside an executable PT_LOAD");
	free(img);
}

/* A synthetic program: n headers rows[][8] (type, offset, vaddr, paddr,
 * filesz, memsz, flags, align) at 52, entry e, len bytes in all. */
static uint8_t *
synth(const uint32_t (*rows)[8], unsigned n, uint32_t entry, size_t len)
{
	uint8_t *e = calloc(1, len);
	if (!e)
		return NULL;
	memcpy(e, "\177ELF\1\1\1", 7);
	set16(e + 16, 2);
	set16(e + 18, 3);
	set32(e + 20, 1);
	set32(e + 24, entry);
	set32(e + 28, 52);
	set16(e + 40, 52);
	set16(e + 42, 32);
	set16(e + 44, n);
	for (unsigned i = 0; i < n; i++)
		for (unsigned f = 0; f < 8; f++)
			set32(e + 52 + 32 * i + 4 * f, rows[i][f]);
	return e;
}

#define TEXT 0x08048000u
#define RX   (ELF_PF_R | ELF_PF_X)
#define RW   (ELF_PF_R | ELF_PF_W)

static int
plan_synth(const uint32_t (*rows)[8], unsigned n, uint32_t entry, size_t len, struct elf_plan *pl,
           char *err)
{
	uint8_t *e = synth(rows, n, entry, len);
	int rc = e ? elf_plan(e, len, pl, err, 256) : -2;
	if (rc == 0)
		CHECK_EQ(check_plan(e, len, pl), 0);
	free(e);
	return rc;
}

TEST(elf_plan_synthetic_limits)
{
	uint32_t rows[ELF_MAX_LOAD + 2][8];
	struct elf_plan pl;
	char err[256];
	/* 16 segments, all from the file's first page, one page apart */
	for (unsigned k = 0; k <= ELF_MAX_LOAD; k++) {
		const uint32_t r[8] = { 1, 0, TEXT + 0x1000 * k, 0, 0x400, 0x400, RX, 0x1000 };
		memcpy(rows[k], r, sizeof r);
	}
	CHECKF(plan_synth(rows, ELF_MAX_LOAD, TEXT + 0x100, 0x400, &pl, err) == 0, "%s", err);
	CHECK_EQ(pl.nseg, ELF_MAX_LOAD);
	CHECK_EQ(pl.phdr, TEXT + 52);
	CHECK_EQ(pl.brk, TEXT + 0x1000 * ELF_MAX_LOAD);
	CHECK_EQ(pl.has_gnu_stack, 0);
	CHECK(plan_synth(rows, ELF_MAX_LOAD + 1, TEXT + 0x100, 0x400, &pl, err) == -1 &&
	      strstr(err, "more than 16 PT_LOAD"));

	/* two segments sharing a page; an empty PT_LOAD at 0 loads nothing;
	 * PT_GNU_STACK RWX */
	const uint32_t shared[4][8] = {
		{ 1, 0, TEXT, 0, 0x800, 0x800, RX, 0x1000 },
		{ 1, 0x800, TEXT + 0x800, 0, 0x100, 0x2000, RW, 0x1000 },
		{ 1, 0, 0, 0, 0, 0, RW, 0x1000 },
		{ ELF_PT_GNU_STACK, 0, 0, 0, 0, 0, 7, 16 },
	};
	CHECKF(plan_synth(shared, 4, TEXT + 0x100, 0x1000, &pl, err) == 0, "%s", err);
	CHECK_EQ(pl.nseg, 2);
	CHECK_EQ(pl.seg[1].page_start, TEXT);
	CHECK_EQ(pl.seg[0].page_end, TEXT + 0x1000);
	CHECK_EQ(pl.brk, TEXT + 0x3000);
	CHECK_EQ(pl.has_gnu_stack, 1);
	CHECK_EQ(pl.stack_flags, 7);

	/* the user range's edges: [USER_BASE, USER_END) exactly */
	const uint32_t low[1][8] = { { 1, 0, USER_BASE, 0, 0x100, 0x1000, RX, 0x1000 } };
	CHECKF(plan_synth(low, 1, USER_BASE + 0x80, 0x100, &pl, err) == 0, "%s", err);
	const uint32_t high[1][8] = { { 1, 0, USER_END - 0x1000, 0, 0x100, 0x1000, RX, 0x1000 } };
	CHECKF(plan_synth(high, 1, USER_END - 0x1000 + 0x80, 0x100, &pl, err) == 0, "%s", err);
	CHECK_EQ(pl.brk, USER_END);
	const uint32_t past[1][8] = { { 1, 0, USER_END - 0x1000, 0, 0x100, 0x1001, RX, 0x1000 } };
	CHECK(plan_synth(past, 1, USER_END - 0x1000 + 0x80, 0x100, &pl, err) == -1 &&
	      strstr(err, "outside user space"));
	const uint32_t below[1][8] = { { 1, 0, USER_BASE - 0x1000, 0, 0x100, 0x1000, RX, 0 } };
	CHECK(plan_synth(below, 1, USER_BASE - 0x1000 + 0x80, 0x100, &pl, err) == -1 &&
	      strstr(err, "outside user space"));

	/* nothing to load; the entry in a data segment or past a segment */
	const uint32_t none[1][8] = { { ELF_PT_GNU_STACK, 0, 0, 0, 0, 0, 6, 16 } };
	CHECK(plan_synth(none, 1, TEXT, 0x100, &pl, err) == -1 && strstr(err, "no PT_LOAD"));
	const uint32_t data[1][8] = { { 1, 0, TEXT, 0, 0x100, 0x1000, RW, 0x1000 } };
	CHECK(plan_synth(data, 1, TEXT + 0x80, 0x100, &pl, err) == -1 &&
	      strstr(err, "e_entry 0x8048080"));
	CHECK(plan_synth(low, 1, USER_BASE + 0x1000, 0x100, &pl, err) == -1 &&
	      strstr(err, "e_entry"));
}

TEST(elf_plan_program_headers_in_memory)
{
	struct elf_plan pl;
	char err[256];
	/* PT_PHDR where the first segment puts the table: accepted */
	const uint32_t good[2][8] = {
		{ ELF_PT_PHDR, 52, TEXT + 52, 0, 64, 64, ELF_PF_R, 4 },
		{ 1, 0, TEXT, 0, 0x100, 0x100, RX, 0x1000 },
	};
	CHECKF(plan_synth(good, 2, TEXT + 0x80, 0x100, &pl, err) == 0, "%s", err);
	CHECK_EQ(pl.phdr, TEXT + 52);
	/* PT_PHDR anywhere else: the table is not there */
	const uint32_t wrong[2][8] = {
		{ ELF_PT_PHDR, 52, TEXT + 56, 0, 64, 64, ELF_PF_R, 4 },
		{ 1, 0, TEXT, 0, 0x100, 0x100, RX, 0x1000 },
	};
	CHECK(plan_synth(wrong, 2, TEXT + 0x80, 0x100, &pl, err) == -1 &&
	      strstr(err, "PT_PHDR p_vaddr 0x804803"));
	const uint32_t twice[3][8] = {
		{ ELF_PT_PHDR, 52, TEXT + 52, 0, 96, 96, ELF_PF_R, 4 },
		{ ELF_PT_PHDR, 52, TEXT + 52, 0, 96, 96, ELF_PF_R, 4 },
		{ 1, 0, TEXT, 0, 0x100, 0x100, RX, 0x1000 },
	};
	CHECK(plan_synth(twice, 3, TEXT + 0x80, 0x100, &pl, err) == -1 &&
	      strstr(err, "a second PT_PHDR"));
	/* the table outside every segment's file bytes (a segment from 0x1000
	 * on; bss over the table's place does not count) */
	const uint32_t outside[1][8] = { { 1, 0x1000, TEXT + 0x1000, 0, 0x100, 0x100, RX,
		                           0x1000 } };
	CHECK(plan_synth(outside, 1, TEXT + 0x1080, 0x1100, &pl, err) == -1 &&
	      strstr(err, "AT_PHDR would point nowhere"));
	const uint32_t bss[1][8] = { { 1, 0, TEXT, 0, 0x40, 0x1000, RX, 0x1000 } };
	CHECK(plan_synth(bss, 1, TEXT + 0x20, 0x100, &pl, err) == -1 &&
	      strstr(err, "e_phoff 0x34"));
}

TEST(elf_plan_messages_fit_any_buffer)
{
	size_t len;
	uint8_t *img = hello(&len);
	if (!img)
		return;
	img[18] = 62;
	char err[8];
	struct elf_plan pl;
	memset(err, 'x', sizeof err);
	CHECK_EQ(elf_plan(img, len, &pl, err, 5), -1);
	CHECK(!strcmp(err, "e_ma") && err[5] == 'x');
	CHECK_EQ(elf_plan(img, len, &pl, NULL, 0), -1);
	CHECK_EQ(elf_plan(NULL, 100, &pl, err, sizeof err), -1);
	free(img);
}

/* Mutants of a real program's headers: never a crash or a report of the
 * sanitizers; a plan accepted keeps every promise. */
static void
mutate_loop(const char *path, uint32_t seed, int rounds)
{
	size_t len;
	uint8_t *img = (uint8_t *)test_read_file(path, &len);
	CHECKF(img, "%s missing", path);
	if (!img)
		return;
	uint8_t *c = copy_of(img, len); /* exact size: ASan guards its end */
	uint32_t table_end = get32(img + 28) + 32 * (img[44] | img[45] << 8);
	static const uint32_t words[] = { 0,           1,           0x1000,      0x7fffffff,
		                          0x80000000u, 0xffffffffu, 0xfffff000u, USER_BASE,
		                          USER_END,    0x08048000u };
	int accepted = 0, broken = 0, bad_msgs = 0;
	for (int r = 0; r < rounds; r++) {
		struct elf_plan pl;
		char err[256];
		int n = test_range(&seed, 1, 6);
		for (int k = 0; k < n; k++) {
			uint32_t pos = (uint32_t)test_range(&seed, 0, (int)table_end - 1);
			if (test_rand(&seed) % 3 == 0 && pos + 4 <= table_end)
				set32(c + (pos & ~3u),
				      words[test_rand(&seed) % (sizeof words / sizeof words[0])] +
				              (uint32_t)test_range(&seed, -2, 2));
			else
				c[pos] ^= (uint8_t)(1u << (test_rand(&seed) % 8));
		}
		size_t n_len = len;
		uint8_t *t = c;
		if (test_rand(&seed) % 8 == 0) /* and cut short */
			t = copy_of(c, n_len = (size_t)test_range(&seed, 0, (int)table_end + 64));
		if (elf_plan(t, n_len, &pl, err, sizeof err) == 0) {
			accepted++;
			broken += check_plan(t, n_len, &pl) != 0;
		} else {
			bad_msgs += !err[0] || strchr(err, '\n') != NULL;
		}
		if (t != c)
			free(t);
		memcpy(c, img, table_end);
	}
	CHECK_EQ(broken, 0);
	CHECK_EQ(bad_msgs, 0);
	CHECK(accepted > 0 && accepted < rounds);
	printf("  %s: %d mutants, %d accepted (all keeping the plan's promises), %d refused\n",
	       path, rounds, accepted, rounds - accepted);
	free(c);
	free(img);
}

TEST(elf_plan_survives_mutants)
{
	mutate_loop(POSIX_BIN "hello32", 0x9e3779b9u, 20000);
	mutate_loop(POSIX_BIN "big32", 0x12345u, 10000);
}

/* check_plan itself: each promise broken on purpose is seen. */
TEST(elf_check_plan_sees_broken_promises)
{
	size_t len;
	struct elf_plan pl, bad;
	char err[256];
	uint8_t *img = hello(&len);
	if (!img)
		return;
	REQUIRE(elf_plan(img, len, &pl, err, sizeof err) == 0 && pl.nseg >= 2);
	CHECK_EQ(check_plan(img, len, &pl), 0);
	for (int k = 0; k < 9; k++) {
		bad = pl;
		switch (k) {
		case 0:
			bad.entry = pl.seg[0].vaddr - 1;
			break;
		case 1:
			bad.phdr += 4;
			break;
		case 2:
			bad.brk -= 4096;
			break;
		case 3:
			bad.seg[1].vaddr = pl.seg[0].vaddr;
			break;
		case 4:
			bad.seg[0].filesz = bad.seg[0].memsz + 1;
			break;
		case 5:
			bad.seg[1].offset = (uint32_t)len;
			break;
		case 6:
			bad.seg[0].page_start = USER_BASE - 4096;
			break;
		case 7:
			bad.seg[0].page_end += 1;
			break;
		case 8:
			bad.nseg = 0;
			break;
		}
		CHECKF(check_plan(img, len, &bad) > 0, "broken promise %d not seen", k);
	}
	free(img);
}
