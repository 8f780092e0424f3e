/*
 * entry.S - the Multiboot2 header and the first instructions.
 *
 * GRUB loads the kernel at 1 MiB in 32-bit protected mode with paging off,
 * EAX = the Multiboot2 magic, EBX = the physical address of the boot info.
 * The header asks for a 1024x768x32 linear framebuffer. We set up the boot
 * stack and call kmain(magic, info); kmain never returns.
 */
#define MB2_MAGIC     0xE85250D6
#define MB2_ARCH_I386 0

	.section .multiboot, "a"
	.align 8
.Lmb2_header:
	.long MB2_MAGIC
	.long MB2_ARCH_I386
	.long .Lmb2_header_end - .Lmb2_header
	.long -(MB2_MAGIC + MB2_ARCH_I386 + (.Lmb2_header_end - .Lmb2_header))

	/* framebuffer tag (type 5): width, height, depth */
	.align 8
	.short 5, 0
	.long 20
	.long 1024, 768, 32

	/* module alignment tag (type 6): page-align modules */
	.align 8
	.short 6, 0
	.long 8

	/* end tag */
	.align 8
	.short 0, 0
	.long 8
.Lmb2_header_end:

	.section .bss
	.align 16
boot_stack:
	.skip 32768
boot_stack_top:

	.section .text
	.global _start
	.type _start, @function
_start:
	cli
	cld
	movl $boot_stack_top, %esp
	xorl %ebp, %ebp          /* backtraces stop at a zero frame pointer */
	pushl %ebx               /* info */
	pushl %eax               /* magic */
	call kmain
1:	hlt
	jmp 1b
	.size _start, . - _start
