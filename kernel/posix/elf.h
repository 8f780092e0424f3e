/*
 * elf.h - the ELF loader's plan and the initial process stack of a Linux
 * i386 static program (kernel/posix/elf.c).
 *
 * elf_plan reads an executable's headers and says what to map: it never
 * touches memory outside the image and never maps anything, so it runs the
 * same in the kernel and in the host unit tests. A plan it returns has been
 * checked completely (the invariant the loader may rely on):
 *   - seg[0..nseg) are the non-empty PT_LOAD segments in ascending,
 *     non-overlapping address order, each inside [USER_BASE, USER_END) with
 *     its page-rounded range, filesz <= memsz, and file bytes
 *     [offset, offset + filesz) inside the image;
 *   - a segment with file bytes has vaddr % PAGE_SIZE == offset % PAGE_SIZE
 *     (file pages could be mapped directly, as Linux does);
 *   - entry lies in an executable segment; phdr (AT_PHDR) lies in a
 *     segment's file bytes, so the loaded table is the file's table;
 *   - brk is page-aligned, above every segment and <= USER_END.
 * Two neighbouring segments may share one page (the last page of one, the
 * first of the next): that page is mapped once, with the union of their
 * flags, and both segments' bytes are copied into it.
 *
 * ustack_build lays out argc, argv, envp, the auxiliary vector and the
 * strings as Linux's create_elf_tables does for i386, in a buffer that is
 * to be mapped just below a given top address.
 */
#pragma once
#include <stddef.h>
#include <stdint.h>

/*
 * The user range a program may load into. Today kernel/memlayout.h maps
 * identity RAM up to KERNEL_IDMAP_END, kernel stacks at KSTACK_BASE
 * (0x60000000) and the arena at ARENA_BASE; the ring-3 work will write the
 * final address-space map (and these two bounds) into memlayout.h. Static
 * i386 executables load at 0x08048000; below USER_BASE stays unmapped.
 */
#define USER_BASE 0x00400000u
#define USER_END  0x60000000u

/* Program header p_type values (System V ABI, GNU extensions). */
#define ELF_PT_NULL      0
#define ELF_PT_LOAD      1
#define ELF_PT_DYNAMIC   2
#define ELF_PT_INTERP    3
#define ELF_PT_PHDR      6
#define ELF_PT_TLS       7
#define ELF_PT_GNU_STACK 0x6474e551u

/* Segment flags, as in p_flags. */
#define ELF_PF_X 1u
#define ELF_PF_W 2u
#define ELF_PF_R 4u

#define ELF_EHDR_SIZE 52u  /* sizeof(Elf32_Ehdr) */
#define ELF_PHDR_SIZE 32u  /* sizeof(Elf32_Phdr): the only e_phentsize accepted */
#define ELF_MAX_PHNUM 128u /* 4 KiB of program headers, Linux's bound too */
#define ELF_MAX_LOAD  16u  /* PT_LOAD segments (gcc -static makes 2 to 4) */

struct elf_seg {
	uint32_t vaddr, memsz;         /* the segment in memory */
	uint32_t offset, filesz;       /* its first filesz bytes: the file's at offset */
	uint32_t flags;                /* ELF_PF_R | ELF_PF_W | ELF_PF_X */
	uint32_t page_start, page_end; /* the pages it touches: [start, end) */
};

struct elf_plan {
	uint32_t entry;       /* e_entry: AT_ENTRY and the initial eip */
	uint32_t phdr;        /* the program header table in memory: AT_PHDR */
	uint32_t phent;       /* AT_PHENT (always ELF_PHDR_SIZE) */
	uint32_t phnum;       /* AT_PHNUM */
	uint32_t brk;         /* the initial program break */
	uint32_t stack_flags; /* PT_GNU_STACK's p_flags, 0 if it has none */
	int has_gnu_stack;    /* 1 if there is a PT_GNU_STACK */
	uint32_t nseg;
	struct elf_seg seg[ELF_MAX_LOAD];
};

/*
 * Plans the loading of the executable image[0..len) (the whole file).
 * Accepts ELF32, little-endian, EM_386, ET_EXEC, OS/ABI System V or
 * GNU/Linux, without PT_INTERP. Refused with a message: dynamically linked
 * programs (PT_INTERP) and position-independent ones (ET_DYN, static-pie
 * included: they would need relocating, which is the dynamic linker's
 * job); anything truncated, out of bounds or inconsistent.
 * Returns 0 with *out filled, or -1 with a one-line message in err (naming
 * the field and its value; errn bytes, NUL-terminated when errn > 0).
 */
int elf_plan(const void *image, size_t len, struct elf_plan *out, char *err, size_t errn);

/* Auxiliary vector types (Linux include/uapi/linux/auxvec.h). */
#define AT_NULL     0
#define AT_PHDR     3
#define AT_PHENT    4
#define AT_PHNUM    5
#define AT_PAGESZ   6
#define AT_BASE     7
#define AT_FLAGS    8
#define AT_ENTRY    9
#define AT_UID      11
#define AT_EUID     12
#define AT_GID      13
#define AT_EGID     14
#define AT_PLATFORM 15
#define AT_HWCAP    16
#define AT_CLKTCK   17
#define AT_SECURE   23
#define AT_RANDOM   25
#define AT_EXECFN   31

#define USTACK_NAUXV      18           /* pairs written, AT_NULL included */
#define USTACK_STRLEN_MAX (128u << 10) /* one string, NUL included (MAX_ARG_STRLEN) */
#define USTACK_ARGS_MAX   (256u << 10) /* all strings + their pointers + AT_EXECFN */
/* A buffer this big holds any arguments within USTACK_ARGS_MAX. */
#define USTACK_BUF_MIN    (USTACK_ARGS_MAX + 1024u)

struct ustack_args {
	const char *const *argv; /* NULL-terminated; NULL for none */
	const char *const *envp; /* NULL-terminated; NULL for none */
	const char *execfn;      /* AT_EXECFN: the path given to execve */
	const uint8_t *random;   /* 16 bytes for AT_RANDOM (the stack canary's seed) */
	uint32_t hwcap;          /* AT_HWCAP: CPUID leaf 1's EDX */
	uint32_t uid, euid, gid, egid;
};

/*
 * Builds the initial stack in buf[0..len), which will be mapped at user
 * addresses [top - len, top) (top 16-byte aligned, the range inside user
 * space). From top down: 4 zero bytes, the strings of argv, envp and
 * execfn (ascending in memory in that order), "i686" (AT_PLATFORM), the
 * 16 AT_RANDOM bytes, then, at the returned esp (16-byte aligned): argc,
 * argv[0..argc), NULL, envp[], NULL, the USTACK_NAUXV auxv pairs (type,
 * value), AT_NULL last. plan gives AT_PHDR, AT_PHENT, AT_PHNUM, AT_ENTRY.
 * Precondition: argv, envp and execfn are kernel memory that does not
 * change during the call (execve copies them out of the old address space
 * first, which it must anyway: that space is gone when this runs).
 * Returns the initial esp, or 0 with a message in err: a string longer
 * than USTACK_STRLEN_MAX, strings and pointers beyond USTACK_ARGS_MAX, or
 * a buffer too small (never within the limit when len >= USTACK_BUF_MIN)
 * - execve answers all three with -E2BIG; a bad top or len is the
 * caller's bug, refused too.
 */
uint32_t ustack_build(void *buf, size_t len, uint32_t top, const struct elf_plan *plan,
                      const struct ustack_args *a, char *err, size_t errn);
