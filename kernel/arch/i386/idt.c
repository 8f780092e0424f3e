/*
 * idt.c - the interrupt descriptor table and the trap/IRQ dispatcher.
 *
 * Vectors 0-31 are CPU exceptions: every one is fatal and ends in a panic
 * with the registers and a symbolized backtrace of the faulting code, except
 * a page fault that the registered hook (persist: arena pages loaded or
 * write-tracked) resolves; the access is then retried.
 * Vectors 32-47 are the remapped PIC IRQs 0-15: the PIC gets its EOI before
 * the driver's handler runs (handlers run with interrupts off), and after the
 * handler the scheduler may switch threads (preemption point).
 */
#include <stdint.h>
#include "gdt.h"
#include "kernel/arch.h"
#include "kernel/klog.h"
#include "kernel/kstack.h"
#include "kernel/panic.h"
#include "kernel/thread.h"

#define IRQ_BASE 32
#define NIRQ     16

struct idt_gate {
	uint16_t off_lo, sel;
	uint8_t zero, type;
	uint16_t off_hi;
} __attribute__((packed));

extern const uint32_t isr_stubs[IRQ_BASE + NIRQ];
static struct idt_gate idt[256];
static arch_irq_fn irq_handlers[NIRQ];
static arch_pf_fn pf_hook;

static const char *const exc_names[32] = {
	"divide error",
	"debug",
	"NMI",
	"breakpoint",
	"overflow",
	"bound range",
	"invalid opcode",
	"device not available",
	"double fault",
	"coprocessor overrun",
	"invalid TSS",
	"segment not present",
	"stack fault",
	"general protection",
	"page fault",
	"reserved",
	"x87 FPU error",
	"alignment check",
	"machine check",
	"SIMD error",
	"virtualization",
	"control protection",
};

void
idt_init(void)
{
	for (int v = 0; v < IRQ_BASE + NIRQ; v++) {
		uint32_t off = isr_stubs[v];
		idt[v] = (struct idt_gate){ off & 0xFFFF, GDT_KCODE, 0, 0x8E, off >> 16 };
	}
	struct {
		uint16_t limit;
		uint32_t base;
	} __attribute__((packed)) p = { sizeof idt - 1, (uint32_t)idt };
	__asm__ volatile("lidt %0" ::"m"(p));
}

/* Runs as its own task, on its own stack: the faulting stack may be gone. */
static void
double_fault_task(void)
{
	uint32_t eip, esp, ebp;
	gdt_faulting_state(&eip, &esp, &ebp);
	struct thread *t = thread_current();
	const char *who = t ? thread_name(t) : "boot";
	if (kstack_guard_hit(esp - 4))
		panic_at(eip, ebp, "kernel stack overflow in thread '%s'", who);
	panic_at(eip, ebp, "double fault at 0x%x (esp 0x%x) in thread '%s'", eip, esp, who);
}

/* Route #DF through a task gate; call after paging is on. */
void
arch_double_fault_init(void)
{
	gdt_init_double_fault(double_fault_task);
	idt[8] = (struct idt_gate){ 0, GDT_DFTSS, 0, 0x85, 0 };
}

void
arch_irq_register(int irq, arch_irq_fn fn)
{
	uint32_t f = arch_irq_save();
	irq_handlers[irq] = fn;
	pic_unmask(irq);
	arch_irq_restore(f);
}

void
arch_pf_register(arch_pf_fn fn)
{
	pf_hook = fn;
}

#define EFLAGS_IF 0x200u
#define PF_WRITE  0x2u

/* A page fault the persist layer may resolve: run its hook with
 * interrupts as the faulting code had them (it may wait for the disk);
 * cr2 is read before anything else can fault. */
static bool
page_fault_resolved(struct trapframe *tf, uint32_t cr2)
{
	if (!pf_hook)
		return false;
	bool irqs = tf->eflags & EFLAGS_IF;
	if (irqs)
		arch_irq_enable();
	bool ok = pf_hook(cr2, tf->error & PF_WRITE, irqs);
	arch_irq_save();
	return ok;
}

static void
exception(struct trapframe *tf)
{
	uint32_t cr2;
	__asm__ volatile("mov %%cr2, %0" : "=r"(cr2));
	if (tf->vector == 14 && page_fault_resolved(tf, cr2))
		return;
	const char *name = exc_names[tf->vector] ? exc_names[tf->vector] : "exception";
	struct thread *t = thread_current();
	klog("%s (vector %u) at eip 0x%x, error 0x%x, cr2 0x%x, thread '%s'", name, tf->vector,
	     tf->eip, tf->error, cr2, t ? thread_name(t) : "boot");
	klog("eax %08x ebx %08x ecx %08x edx %08x esi %08x edi %08x ebp %08x", tf->eax, tf->ebx,
	     tf->ecx, tf->edx, tf->esi, tf->edi, tf->ebp);
	if (tf->vector == 14 && kstack_guard_hit(cr2))
		panic_at(tf->eip, tf->ebp, "kernel stack overflow in thread '%s'",
		         t ? thread_name(t) : "boot");
	panic_at(tf->eip, tf->ebp, "%s at 0x%x (cr2 0x%x)", name, tf->eip, cr2);
}

void
trap_dispatch(struct trapframe *tf)
{
	if (tf->vector < IRQ_BASE) {
		exception(tf);
		return;
	}
	int irq = tf->vector - IRQ_BASE;
	pic_eoi(irq);
	if (irq_handlers[irq])
		irq_handlers[irq]();
	sched_preempt_point();
}
