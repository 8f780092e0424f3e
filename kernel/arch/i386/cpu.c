/*
 * cpu.c - the small i386 primitives behind arch.h: interrupt flag, halt,
 * TSC, FPU/SSE state, new-thread stacks, frame-pointer backtraces, and the
 * early bring-up order (GDT, IDT, PIC, FPU).
 *
 * Threads' FPU state is saved with fxsave, so CR4.OSFXSR is set and every
 * thread starts from the same clean state (fninit, default MXCSR).
 */
#include <string.h>
#include "gdt.h"
#include "kernel/arch.h"

void
arch_early_init(void)
{
	gdt_init();
	idt_init();
	pic_init();
	fpu_init();
}

uint32_t
arch_irq_save(void)
{
	uint32_t f;
	__asm__ volatile("pushfl; popl %0; cli" : "=r"(f)::"memory");
	return f;
}

void
arch_irq_restore(uint32_t flags)
{
	if (flags & 0x200)
		__asm__ volatile("sti" ::: "memory");
}

void
arch_irq_enable(void)
{
	__asm__ volatile("sti" ::: "memory");
}

void
arch_wait_for_interrupt(void)
{
	__asm__ volatile("sti; hlt" ::: "memory");
}

void
arch_halt_forever(void)
{
	for (;;)
		__asm__ volatile("cli; hlt");
}

uint64_t
arch_cycles(void)
{
	uint32_t lo, hi;
	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t)hi << 32) | lo;
}

static uint8_t clean_fpu[ARCH_FPU_AREA] __attribute__((aligned(16)));

void
fpu_init(void)
{
	uint32_t cr0, cr4;
	__asm__ volatile("mov %%cr0, %0" : "=r"(cr0));
	cr0 &= ~(1u << 2);            /* EM off: FPU present */
	cr0 |= (1u << 1) | (1u << 5); /* MP, NE: native FPU errors */
	__asm__ volatile("mov %0, %%cr0" ::"r"(cr0));
	__asm__ volatile("mov %%cr4, %0" : "=r"(cr4));
	cr4 |= (1u << 9) | (1u << 10); /* OSFXSR, OSXMMEXCPT */
	__asm__ volatile("mov %0, %%cr4" ::"r"(cr4));
	__asm__ volatile("fninit");
	arch_fpu_save(clean_fpu);
}

void
arch_fpu_save(void *area)
{
	__asm__ volatile("fxsave (%0)" ::"r"(area) : "memory");
}

void
arch_fpu_restore(const void *area)
{
	__asm__ volatile("fxrstor (%0)" ::"r"(area) : "memory");
}

void
arch_fpu_init_area(void *area)
{
	memcpy(area, clean_fpu, ARCH_FPU_AREA);
}

/* The x87's precision control (control word bits 8-9) to 53 bits. */
void
arch_fpu_double_precision(void)
{
	uint16_t cw;
	__asm__ volatile("fnstcw %0" : "=m"(cw));
	cw = (uint16_t)((cw & ~0x0300u) | 0x0200u);
	__asm__ volatile("fldcw %0" ::"m"(cw));
}

extern void arch_thread_trampoline(void);

/* Lay out the frame arch_context_switch pops: eflags edi esi ebx ebp ret. */
uintptr_t
arch_context_init(void *stack_top, void (*entry)(void))
{
	uint32_t *sp = (uint32_t *)((uintptr_t)stack_top & ~15u);
	*--sp = 0; /* fake return address */
	*--sp = (uint32_t)arch_thread_trampoline;
	*--sp = 0;               /* ebp */
	*--sp = (uint32_t)entry; /* ebx: trampoline calls it */
	*--sp = 0;               /* esi */
	*--sp = 0;               /* edi */
	*--sp = 0x002;           /* eflags: interrupts off */
	return (uintptr_t)sp;
}

uintptr_t
arch_frame_pointer(void)
{
	return (uintptr_t)__builtin_frame_address(0);
}

void
arch_backtrace(uintptr_t fp, void (*fn)(uintptr_t pc, void *arg), void *arg)
{
	for (int depth = 0; fp && depth < 32; depth++) {
		if (fp & 3 || fp < 0x1000)
			break;
		const uintptr_t *frame = (const uintptr_t *)fp;
		if (!frame[1])
			break;
		fn(frame[1] - 1, arg); /* -1: point into the call */
		if (frame[0] <= fp)
			break;
		fp = frame[0];
	}
}

void
arch_debug_exit(uint8_t code)
{
	arch_outb(0xF4, code); /* isa-debug-exit: QEMU exits (code<<1)|1 */
	arch_halt_forever();
}
