/*
 * runelf.c - loads and starts an i386 static program the way Phantom's
 * ring-3 loader will, inside this (i386, Linux) process: the proof that
 * elf_plan's plan and ustack_build's stack are what glibc's start-up code
 * needs. Built with gcc -m32 -static, linked at 0x30000000 so that the
 * programs' usual addresses are free (kernel/posix/posix.mk).
 *
 * Usage: runelf32 PROGRAM [ARG...]   (argv[0] of the program is PROGRAM;
 * its environment is ours). On a refusal prints "runelf: MESSAGE" and
 * exits 2. Otherwise prints "runelf: entry 0x... esp 0x..." and jumps to
 * the program, which never comes back here: its exit is the process's.
 *
 * The loader's algorithm, as ring 3 is to do it: for each segment in
 * order, map its pages [page_start, page_end) zero-filled - a page already
 * mapped by the previous segment (they may share one) stays - and copy
 * filesz bytes from the file to vaddr; then give each page its segment's
 * protection, the union of both where two share a page. The stack: a
 * mapping below STACK_TOP, ustack_build into it, esp from it, edx = 0
 * (no exit hook for libc to register), eip = entry.
 */
#define _GNU_SOURCE
#include <cpuid.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "kernel/posix/elf.h"

#define STACK_TOP  0x50000000u
#define STACK_SIZE (8u << 20)

extern char **environ;

/* The AT_RANDOM bytes tests/unit/test_elf.c expects: a0 a1 .. af. */
static const uint8_t random_bytes[16] = { 0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7,
	                                  0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf };

static void *
read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	void *p = n > 0 ? malloc((size_t)n) : NULL;
	if (p && fread(p, 1, (size_t)n, f) != (size_t)n) {
		free(p);
		p = NULL;
	}
	fclose(f);
	*len = (size_t)n;
	return p;
}

static int
prot_of(uint32_t flags)
{
	return (flags & ELF_PF_R ? PROT_READ : 0) | (flags & ELF_PF_W ? PROT_WRITE : 0) |
	       (flags & ELF_PF_X ? PROT_EXEC : 0);
}

static int
load(const uint8_t *image, const struct elf_plan *pl)
{
	uint32_t mapped_end = 0;
	for (uint32_t k = 0; k < pl->nseg; k++) {
		const struct elf_seg *s = &pl->seg[k];
		uint32_t start = s->page_start < mapped_end ? mapped_end : s->page_start;
		if (start < s->page_end &&
		    mmap((void *)start, s->page_end - start, PROT_READ | PROT_WRITE,
		         MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1,
		         0) != (void *)start) {
			perror("runelf: mmap");
			return -1;
		}
		memcpy((void *)s->vaddr, image + s->offset, s->filesz);
		mapped_end = s->page_end;
	}
	for (uint32_t k = 0; k < pl->nseg; k++) {
		const struct elf_seg *s = &pl->seg[k];
		mprotect((void *)s->page_start, s->page_end - s->page_start, prot_of(s->flags));
		if (k > 0 && s->page_start < pl->seg[k - 1].page_end)
			mprotect((void *)s->page_start, 4096,
			         prot_of(s->flags | pl->seg[k - 1].flags));
	}
	return 0;
}

int
main(int argc, char **argv)
{
	char err[200];
	struct elf_plan pl;
	size_t len;
	unsigned eax, ebx, ecx, edx = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: runelf32 PROGRAM [ARG...]\n");
		return 2;
	}
	uint8_t *image = read_all(argv[1], &len);
	if (!image) {
		fprintf(stderr, "runelf: cannot read %s\n", argv[1]);
		return 2;
	}
	if (elf_plan(image, len, &pl, err, sizeof err) || load(image, &pl)) {
		printf("runelf: %s\n", err);
		return 2;
	}
	void *stack = mmap((void *)(STACK_TOP - STACK_SIZE), STACK_SIZE, PROT_READ | PROT_WRITE,
	                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if (stack != (void *)(STACK_TOP - STACK_SIZE)) {
		perror("runelf: mmap stack");
		return 2;
	}
	__get_cpuid(1, &eax, &ebx, &ecx, &edx);
	struct ustack_args a = {
		.argv = (const char *const *)argv + 1,
		.envp = (const char *const *)environ,
		.execfn = argv[1],
		.random = random_bytes,
		.hwcap = edx,
		.uid = 1000,
		.euid = 1001,
		.gid = 1002,
		.egid = 1003,
	};
	uint32_t esp = ustack_build(stack, STACK_SIZE, STACK_TOP, &pl, &a, err, sizeof err);
	if (!esp) {
		printf("runelf: %s\n", err);
		return 2;
	}
	printf("runelf: entry 0x%x esp 0x%x hwcap 0x%x\n", pl.entry, esp, edx);
	fflush(stdout);
	__asm__ volatile("movl %0, %%esp\n\t"
	                 "xorl %%edx, %%edx\n\t"
	                 "xorl %%ebp, %%ebp\n\t"
	                 "jmp *%1"
	                 :
	                 : "a"(esp), "c"(pl.entry)
	                 : "memory");
	__builtin_unreachable();
}
