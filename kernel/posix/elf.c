/*
 * elf.c - the ELF loader's plan and the initial process stack, for
 * unmodified Linux i386 static programs (busybox first).
 *
 * Invariant: nothing here trusts the image. Every field is read with a
 * bounds-checked little-endian load, every sum of two file or address
 * values is done in 64 bits, and a plan is returned only when all of
 * elf.h's promises hold; otherwise the caller gets one line naming the
 * field and its value. A malformed program is refused, never followed.
 *
 * Formats read: the ELF header (52 bytes: e_ident[16], e_type, e_machine,
 * e_version, e_entry, e_phoff, e_shoff, e_flags, e_ehsize, e_phentsize,
 * e_phnum, ...) and the program headers (32 bytes each: p_type, p_offset,
 * p_vaddr, p_paddr, p_filesz, p_memsz, p_flags, p_align). Section headers
 * are not needed to load a program and are not read.
 *
 * Written: the initial stack of elf.h's ustack_build, all in 32-bit
 * little-endian words at user addresses. Compiled twice: into the kernel
 * (klibc) and into the host unit tests (tests/unit/test_elf.c).
 */
#include "kernel/posix/elf.h"
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "kernel/memlayout.h"

/* e_ident and header values this loader accepts. */
#define ELFCLASS32     1
#define ELFDATA2LSB    1
#define EV_CURRENT     1
#define ELFOSABI_SYSV  0
#define ELFOSABI_LINUX 3
#define ET_EXEC        2
#define ET_DYN         3
#define EM_386         3
#define EI_CLASS       4
#define EI_DATA        5
#define EI_VERSION     6
#define EI_OSABI       7

static int
fail(char *err, size_t errn, const char *fmt, ...)
{
	va_list ap;
	if (errn > 0) {
		va_start(ap, fmt);
		vsnprintf(err, errn, fmt, ap);
		va_end(ap);
	}
	return -1;
}

static uint32_t
rd16(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}

static uint32_t
rd32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* One program header, decoded. */
struct phdr {
	uint32_t type, offset, vaddr, filesz, memsz, flags, align;
};

static void
read_phdr(const uint8_t *p, struct phdr *h)
{
	h->type = rd32(p);
	h->offset = rd32(p + 4);
	h->vaddr = rd32(p + 8);
	h->filesz = rd32(p + 16);
	h->memsz = rd32(p + 20);
	h->flags = rd32(p + 24);
	h->align = rd32(p + 28);
}

/* The ELF header's identity: file kind, class, byte order, system, CPU. */
static int
check_ident(const uint8_t *e, size_t len, char *err, size_t errn)
{
	if (len < ELF_EHDR_SIZE)
		return fail(err, errn, "truncated: %zu bytes, the ELF header alone is %u", len,
		            ELF_EHDR_SIZE);
	if (e[0] != 0x7f || e[1] != 'E' || e[2] != 'L' || e[3] != 'F')
		return fail(err, errn, "not an ELF file: magic %02x %02x %02x %02x", e[0], e[1],
		            e[2], e[3]);
	if (e[EI_CLASS] != ELFCLASS32)
		return fail(err, errn, "EI_CLASS %u: not a 32-bit ELF file (ELFCLASS32 is 1)",
		            e[EI_CLASS]);
	if (e[EI_DATA] != ELFDATA2LSB)
		return fail(err, errn, "EI_DATA %u: not little-endian (ELFDATA2LSB is 1)",
		            e[EI_DATA]);
	if (e[EI_VERSION] != EV_CURRENT || rd32(e + 20) != EV_CURRENT)
		return fail(err, errn, "EI_VERSION %u, e_version %u: not ELF version 1",
		            e[EI_VERSION], rd32(e + 20));
	if (e[EI_OSABI] != ELFOSABI_SYSV && e[EI_OSABI] != ELFOSABI_LINUX)
		return fail(err, errn, "EI_OSABI %u: not a Linux program (System V 0 or GNU 3)",
		            e[EI_OSABI]);
	uint32_t type = rd16(e + 16), machine = rd16(e + 18);
	if (machine != EM_386)
		return fail(err, errn, "e_machine %u: not an i386 program (EM_386 is 3)", machine);
	if (type == ET_DYN)
		return fail(err, errn,
		            "e_type 3 (ET_DYN): position-independent executables are not "
		            "supported (link with -static -no-pie)");
	if (type != ET_EXEC)
		return fail(err, errn, "e_type %u: not an executable (ET_EXEC is 2)", type);
	return 0;
}

/* e_phoff, e_phentsize, e_phnum: the table must be whole inside the file. */
static int
check_table(const uint8_t *e, size_t len, char *err, size_t errn)
{
	uint32_t phoff = rd32(e + 28), phent = rd16(e + 42), phnum = rd16(e + 44);
	if (phent != ELF_PHDR_SIZE)
		return fail(err, errn, "e_phentsize %u: program headers are %u bytes", phent,
		            ELF_PHDR_SIZE);
	if (phnum == 0)
		return fail(err, errn, "e_phnum 0: no program headers");
	if (phnum > ELF_MAX_PHNUM)
		return fail(err, errn, "e_phnum %u: more than %u program headers", phnum,
		            ELF_MAX_PHNUM);
	if ((uint64_t)phoff + (uint64_t)phnum * ELF_PHDR_SIZE > len)
		return fail(err, errn,
		            "e_phoff 0x%x: %u program headers run past the end of the file "
		            "(%zu bytes)",
		            phoff, phnum, len);
	return 0;
}

/* One PT_LOAD on its own: sizes, file bounds, alignment, user range (an
 * empty one, which loads nothing, may be anywhere). */
static int
check_load(const struct phdr *h, unsigned i, size_t len, char *err, size_t errn)
{
	uint64_t fend = (uint64_t)h->offset + h->filesz;
	uint64_t mend = (uint64_t)h->vaddr + h->memsz;
	if (h->filesz > h->memsz)
		return fail(err, errn, "PT_LOAD (header %u): p_filesz 0x%x > p_memsz 0x%x", i,
		            h->filesz, h->memsz);
	if (fend > len)
		return fail(err, errn,
		            "PT_LOAD (header %u): p_offset 0x%x + p_filesz 0x%x runs past the "
		            "end of the file (%zu bytes)",
		            i, h->offset, h->filesz, len);
	if (h->align & (h->align - 1))
		return fail(err, errn, "PT_LOAD (header %u): p_align 0x%x is not a power of two", i,
		            h->align);
	if (h->align > 1 && h->vaddr % h->align != h->offset % h->align)
		return fail(err, errn,
		            "PT_LOAD (header %u): p_vaddr 0x%x and p_offset 0x%x differ "
		            "modulo p_align 0x%x",
		            i, h->vaddr, h->offset, h->align);
	if (h->filesz > 0 && h->vaddr % PAGE_SIZE != h->offset % PAGE_SIZE)
		return fail(err, errn,
		            "PT_LOAD (header %u): p_vaddr 0x%x and p_offset 0x%x differ "
		            "modulo the page size",
		            i, h->vaddr, h->offset);
	if (h->memsz > 0 && (h->vaddr < USER_BASE || mend > USER_END))
		return fail(err, errn,
		            "PT_LOAD (header %u): p_vaddr 0x%x + p_memsz 0x%x is outside user "
		            "space 0x%x..0x%x",
		            i, h->vaddr, h->memsz, USER_BASE, USER_END);
	return 0;
}

/* Appends a checked PT_LOAD to the plan, after the previous one. */
static int
add_load(struct elf_plan *pl, const struct phdr *h, unsigned i, char *err, size_t errn)
{
	if (pl->nseg == ELF_MAX_LOAD)
		return fail(err, errn, "PT_LOAD (header %u): more than %u PT_LOAD segments", i,
		            ELF_MAX_LOAD);
	if (pl->nseg > 0) {
		const struct elf_seg *p = &pl->seg[pl->nseg - 1];
		if (h->vaddr < p->vaddr + p->memsz)
			return fail(err, errn,
			            "PT_LOAD (header %u): p_vaddr 0x%x overlaps or precedes the "
			            "previous PT_LOAD (0x%x..0x%x)",
			            i, h->vaddr, p->vaddr, p->vaddr + p->memsz);
	}
	struct elf_seg *s = &pl->seg[pl->nseg++];
	s->vaddr = h->vaddr;
	s->memsz = h->memsz;
	s->offset = h->offset;
	s->filesz = h->filesz;
	s->flags = h->flags & (ELF_PF_R | ELF_PF_W | ELF_PF_X);
	s->page_start = PAGE_ROUND_DOWN(h->vaddr);
	s->page_end = PAGE_ROUND_UP(h->vaddr + h->memsz); /* <= USER_END: no wrap */
	return 0;
}

/* AT_PHDR: where a segment's file bytes put the program header table -
 * the first segment holding it, or, if the program has a PT_PHDR, the one
 * that puts it at PT_PHDR's p_vaddr (anywhere else the table would not
 * be in memory). */
static int
place_phdr(struct elf_plan *pl, const uint8_t *e, int has_pt_phdr, uint32_t pt_phdr, char *err,
           size_t errn)
{
	uint32_t phoff = rd32(e + 28), size = pl->phnum * ELF_PHDR_SIZE;
	for (uint32_t k = 0; k < pl->nseg; k++) {
		const struct elf_seg *s = &pl->seg[k];
		if (phoff < s->offset || (uint64_t)phoff + size > (uint64_t)s->offset + s->filesz)
			continue;
		pl->phdr = s->vaddr + (phoff - s->offset);
		if (!has_pt_phdr || pl->phdr == pt_phdr)
			return 0;
	}
	if (has_pt_phdr)
		return fail(err, errn,
		            "PT_PHDR p_vaddr 0x%x: no PT_LOAD puts the program headers (e_phoff "
		            "0x%x) there",
		            pt_phdr, phoff);
	return fail(err, errn,
	            "e_phoff 0x%x: the program headers are not inside a PT_LOAD segment's "
	            "file bytes (AT_PHDR would point nowhere)",
	            phoff);
}

/* e_entry must be inside an executable segment. */
static int
check_entry(const struct elf_plan *pl, char *err, size_t errn)
{
	for (uint32_t k = 0; k < pl->nseg; k++) {
		const struct elf_seg *s = &pl->seg[k];
		if (pl->entry >= s->vaddr && pl->entry - s->vaddr < s->memsz &&
		    (s->flags & ELF_PF_X))
			return 0;
	}
	return fail(err, errn, "e_entry 0x%x is not inside an executable PT_LOAD segment",
	            pl->entry);
}

int
elf_plan(const void *image, size_t len, struct elf_plan *out, char *err, size_t errn)
{
	const uint8_t *e = image;
	struct elf_plan pl;
	int has_pt_phdr = 0;
	uint32_t pt_phdr = 0;

	if (errn > 0)
		err[0] = 0;
	if (!image)
		len = 0;
	if (check_ident(e, len, err, errn) || check_table(e, len, err, errn))
		return -1;
	memset(&pl, 0, sizeof pl);
	pl.entry = rd32(e + 24);
	pl.phent = ELF_PHDR_SIZE;
	pl.phnum = rd16(e + 44);
	for (unsigned i = 0; i < pl.phnum; i++) {
		struct phdr h;
		read_phdr(e + rd32(e + 28) + i * ELF_PHDR_SIZE, &h);
		if (h.type == ELF_PT_INTERP)
			return fail(err, errn,
			            "PT_INTERP (header %u): dynamically linked programs are not "
			            "supported (link with -static)",
			            i);
		if (h.type == ELF_PT_PHDR) {
			if (has_pt_phdr)
				return fail(err, errn, "PT_PHDR (header %u): a second PT_PHDR", i);
			has_pt_phdr = 1;
			pt_phdr = h.vaddr;
		} else if (h.type == ELF_PT_GNU_STACK) {
			pl.has_gnu_stack = 1;
			pl.stack_flags = h.flags & (ELF_PF_R | ELF_PF_W | ELF_PF_X);
		} else if (h.type == ELF_PT_LOAD) {
			if (check_load(&h, i, len, err, errn) ||
			    (h.memsz > 0 && add_load(&pl, &h, i, err, errn)))
				return -1;
		}
	}
	if (pl.nseg == 0)
		return fail(err, errn, "no PT_LOAD segment: nothing to load");
	if (check_entry(&pl, err, errn) || place_phdr(&pl, e, has_pt_phdr, pt_phdr, err, errn))
		return -1;
	pl.brk = pl.seg[pl.nseg - 1].page_end;
	*out = pl;
	return 0;
}

/* ---------------------------------------------------------------- stack */

static uint32_t
fail0(char *err, size_t errn, const char *fmt, ...)
{
	va_list ap;
	if (errn > 0) {
		va_start(ap, fmt);
		vsnprintf(err, errn, fmt, ap);
		va_end(ap);
	}
	return 0;
}

/* The stack under construction: buf is mapped at user [base, base + len). */
struct sb {
	uint8_t *buf;
	uint32_t base;
};

static void
put32(struct sb *b, uint32_t uaddr, uint32_t v)
{
	uint8_t *p = b->buf + (uaddr - b->base);
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)(v >> 16);
	p[3] = (uint8_t)(v >> 24);
}

/* Copies n bytes to user address uaddr; returns the address after them. */
static uint32_t
put_bytes(struct sb *b, uint32_t uaddr, const void *p, uint32_t n)
{
	memcpy(b->buf + (uaddr - b->base), p, n);
	return uaddr + n;
}

/* Counts a NULL-terminated vector into *count and adds its strings' bytes
 * (NULs included) to *strs and its pointers' to *bytes; refuses a string
 * longer than USTACK_STRLEN_MAX or a total past USTACK_ARGS_MAX. */
static int
measure(const char *const *v, const char *what, uint32_t *count, uint32_t *strs, uint32_t *bytes,
        char *err, size_t errn)
{
	*count = 0;
	for (; v && v[*count]; (*count)++) {
		size_t n = strnlen(v[*count], USTACK_STRLEN_MAX) + 1;
		if (n > USTACK_STRLEN_MAX)
			return fail(err, errn, "%s[%u] is longer than %u bytes (E2BIG)", what,
			            *count, USTACK_STRLEN_MAX - 1);
		*strs += (uint32_t)n;
		*bytes += (uint32_t)n + 4;
		if (*bytes > USTACK_ARGS_MAX)
			return fail(err, errn, "argv and envp pass %u bytes at %s[%u] (E2BIG)",
			            USTACK_ARGS_MAX, what, *count);
	}
	return 0;
}

/* Copies v's n strings upwards from user address s, writing each one's
 * address at the next word from *w; returns the address after them. */
static uint32_t
put_vector(struct sb *b, const char *const *v, uint32_t n, uint32_t s, uint32_t *w)
{
	for (uint32_t k = 0; k < n; k++, *w += 4) {
		put32(b, *w, s);
		s = put_bytes(b, s, v[k], (uint32_t)strlen(v[k]) + 1);
	}
	put32(b, *w, 0);
	*w += 4;
	return s;
}

/* The auxiliary vector, in Linux's order (fs/binfmt_elf.c,
 * create_elf_tables), without the vDSO entries: no AT_SYSINFO, so libc
 * makes system calls with int 0x80. Written from user address w up. */
static void
put_auxv(struct sb *b, uint32_t w, const struct elf_plan *pl, const struct ustack_args *a,
         uint32_t platform, uint32_t random, uint32_t execfn)
{
	/* clang-format off */
	const uint32_t v[2 * USTACK_NAUXV] = {
		AT_HWCAP,  a->hwcap,  AT_PAGESZ,   PAGE_SIZE, AT_CLKTCK, 100,
		AT_PHDR,   pl->phdr,  AT_PHENT,    pl->phent, AT_PHNUM,  pl->phnum,
		AT_BASE,   0,         AT_FLAGS,    0,         AT_ENTRY,  pl->entry,
		AT_UID,    a->uid,    AT_EUID,     a->euid,   AT_GID,    a->gid,
		AT_EGID,   a->egid,   AT_SECURE,   0,         AT_RANDOM, random,
		AT_EXECFN, execfn,    AT_PLATFORM, platform,  AT_NULL,   0,
	};
	/* clang-format on */
	for (uint32_t k = 0; k < 2 * USTACK_NAUXV; k++, w += 4)
		put32(b, w, v[k]);
}

uint32_t
ustack_build(void *buf, size_t len, uint32_t top, const struct elf_plan *plan,
             const struct ustack_args *a, char *err, size_t errn)
{
	uint32_t argc, envc, strs = 0, bytes = 0;

	if (errn > 0)
		err[0] = 0;
	if (!buf || !plan || !a || !a->random)
		return fail0(err, errn, "stack: no buffer, plan, arguments or random bytes");
	if (top % 16 || top > USER_END || top < USER_BASE || len > top - USER_BASE)
		return fail0(err, errn, "stack: top 0x%x, %zu bytes: not in user space", top, len);
	if (measure(a->argv, "argv", &argc, &strs, &bytes, err, errn) ||
	    measure(a->envp, "envp", &envc, &strs, &bytes, err, errn))
		return 0;
	const char *fn = a->execfn ? a->execfn : "";
	uint32_t fnlen = (uint32_t)strnlen(fn, USTACK_STRLEN_MAX) + 1;
	if (fnlen > USTACK_STRLEN_MAX || bytes + fnlen > USTACK_ARGS_MAX)
		return fail0(err, errn, "execfn: %u bytes more pass %u (E2BIG)", fnlen,
		             USTACK_ARGS_MAX);
	strs += fnlen;

	/* From top down: marker, strings, "i686", random, table at esp. All
	 * sizes are bounded by USTACK_ARGS_MAX, so nothing here wraps. */
	uint32_t table = 4 * (1 + argc + 1 + envc + 1) + 8 * USTACK_NAUXV;
	uint32_t used = 4 + strs + 5 + 16;
	used = (used + 15) & ~15u;
	used = (used + table + 15) & ~15u;
	if (used > len)
		return fail0(err, errn,
		             "stack: %zu bytes cannot hold %u bytes of arguments, environment "
		             "and auxv (E2BIG)",
		             len, used);
	struct sb b = { buf, top - (uint32_t)len };
	uint32_t str = top - 4 - strs, platform = str - 5, random = platform - 16;
	uint32_t esp = top - used, w = esp;
	put32(&b, top - 4, 0);
	put32(&b, w, argc), w += 4;
	str = put_vector(&b, a->argv, argc, str, &w);
	str = put_vector(&b, a->envp, envc, str, &w);
	uint32_t execfn = str;
	put_bytes(&b, execfn, fn, fnlen);
	put_bytes(&b, platform, "i686", 5);
	put_bytes(&b, random, a->random, 16);
	put_auxv(&b, w, plan, a, platform, random, execfn);
	return esp;
}
