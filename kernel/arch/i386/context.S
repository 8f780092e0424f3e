/*
 * context.S - switch kernel threads.
 *
 * arch_context_switch(uintptr_t *save_sp, uintptr_t load_sp): push the
 * callee-saved registers (ebp ebx esi edi) and eflags on the current stack,
 * store esp in *save_sp, load load_sp, pop the same from the new stack and
 * return into the new thread. A new thread's stack is laid out by
 * arch_context_init (cpu.c) so that this return enters thread_entry_trampoline.
 */
	.text
	.global arch_context_switch
	.type arch_context_switch, @function
arch_context_switch:
	movl 4(%esp), %eax          /* save_sp */
	movl 8(%esp), %edx          /* load_sp */
	pushl %ebp
	pushl %ebx
	pushl %esi
	pushl %edi
	pushfl
	movl %esp, (%eax)
	movl %edx, %esp
	popfl
	popl %edi
	popl %esi
	popl %ebx
	popl %ebp
	ret
	.size arch_context_switch, . - arch_context_switch

	/* First code of a new thread: entry function pointer is in %ebx. */
	.global arch_thread_trampoline
	.type arch_thread_trampoline, @function
arch_thread_trampoline:
	xorl %ebp, %ebp
	call *%ebx
1:	hlt
	jmp 1b
	.size arch_thread_trampoline, . - arch_thread_trampoline
