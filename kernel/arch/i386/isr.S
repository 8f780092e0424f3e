/*
 * isr.S - entry stubs for CPU exceptions (0-31) and PIC interrupts (32-47).
 *
 * Each stub pushes a dummy error code when the CPU does not, then the vector
 * number, and jumps to the common path, which saves the general and segment
 * registers as a struct trapframe (gdt.h) and calls trap_dispatch(tf).
 * The table isr_stubs[] gives idt.c each stub's address.
 */
	.macro STUB n, has_error
	.text
isr_stub_\n:
	.if \has_error == 0
	pushl $0
	.endif
	pushl $\n
	jmp isr_common
	.section .rodata
	.long isr_stub_\n
	.endm

	.section .rodata
	.global isr_stubs
	.align 4
isr_stubs:
	STUB 0, 0
	STUB 1, 0
	STUB 2, 0
	STUB 3, 0
	STUB 4, 0
	STUB 5, 0
	STUB 6, 0
	STUB 7, 0
	STUB 8, 1
	STUB 9, 0
	STUB 10, 1
	STUB 11, 1
	STUB 12, 1
	STUB 13, 1
	STUB 14, 1
	STUB 15, 0
	STUB 16, 0
	STUB 17, 1
	STUB 18, 0
	STUB 19, 0
	STUB 20, 0
	STUB 21, 1
	STUB 22, 0
	STUB 23, 0
	STUB 24, 0
	STUB 25, 0
	STUB 26, 0
	STUB 27, 0
	STUB 28, 0
	STUB 29, 1
	STUB 30, 1
	STUB 31, 0
	STUB 32, 0
	STUB 33, 0
	STUB 34, 0
	STUB 35, 0
	STUB 36, 0
	STUB 37, 0
	STUB 38, 0
	STUB 39, 0
	STUB 40, 0
	STUB 41, 0
	STUB 42, 0
	STUB 43, 0
	STUB 44, 0
	STUB 45, 0
	STUB 46, 0
	STUB 47, 0

	.text
	.type isr_common, @function
isr_common:
	pushal
	pushl %ds
	pushl %es
	pushl %fs
	pushl %gs
	movw $0x10, %ax
	movw %ax, %ds
	movw %ax, %es
	movw %ax, %fs
	movw %ax, %gs
	cld
	pushl %esp
	call trap_dispatch
	addl $4, %esp
	popl %gs
	popl %fs
	popl %es
	popl %ds
	popal
	addl $8, %esp
	iret
	.size isr_common, . - isr_common
