/*
 * arch.h - the only interface generic kernel code has to the CPU.
 *
 * Everything here is implemented under kernel/arch/<arch>/; a port is a
 * new folder providing these functions, not edits to generic code.
 * The GDT, the TSS, the IDT's stubs, entering and leaving user mode (ring
 * 3) and Multiboot parsing (into struct bootinfo) belong under
 * kernel/arch/i386/ and are not declared here. Generic code, drivers
 * included, never includes a header from kernel/arch/: port I/O and the
 * FPU's settings are reached through this file too.
 */
#pragma once
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct bootinfo;

/* Interrupt-time register snapshot, as pushed by the i386 stubs. */
struct trapframe;

typedef void (*arch_irq_fn)(void);

void arch_early_init(void); /* GDT, IDT, PIC, FPU: no memory yet */
void arch_parse_boot(uint32_t magic, uint32_t info, struct bootinfo *out);
void arch_irq_register(int irq, arch_irq_fn fn); /* and unmask it */
void arch_timer_init(unsigned hz, void (*tick)(void));

uint32_t arch_irq_save(void); /* disable interrupts, return old state */
void arch_irq_restore(uint32_t flags);
void arch_irq_enable(void);
void arch_wait_for_interrupt(void); /* sti; hlt */
void arch_halt_forever(void) __attribute__((noreturn));
uint64_t arch_cycles(void); /* time-stamp counter */

/* Paging: map [virt, virt+len) to [phys, ...), 4 KiB granularity. */
#define ARCH_MAP_WRITE   1u
#define ARCH_MAP_NOCACHE 2u
void arch_paging_init(uint32_t idmap_end); /* also arms the #DF task */
void arch_map(uint32_t virt, uint32_t phys, uint32_t len, unsigned flags);
/* Unmap 4 KiB pages; with free_frames, give their frames back to pmm. */
void arch_unmap(uint32_t virt, uint32_t len, bool free_frames);

/*
 * One 4 KiB page, for the persist layer's write tracking. A page may hold
 * a frame while inaccessible (ARCH_PAGE_HIDDEN: the frame is kept, every
 * access faults). Ring 0 honours read-only pages (CR0.WP is set), so the
 * kernel's own writes to the arena are tracked too. arch_page_set flushes
 * that page's TLB entry.
 */
#define ARCH_PAGE_HIDDEN 4u
/* The frame at virt (0: none) and its ARCH_MAP_WRITE / ARCH_PAGE_HIDDEN
 * flags; needs virt's page table to exist or returns 0. */
uint32_t arch_page_get(uint32_t virt, unsigned *flags);
void arch_page_set(uint32_t virt, uint32_t frame, unsigned flags);

/* Page faults the kernel can resolve (the arena, the copy-on-write
 * window): fn returns true when it made the access valid. It runs on the
 * faulting thread with interrupts as they were at the fault, so it may
 * block if the faulting code could. */
typedef bool (*arch_pf_fn)(uintptr_t addr, bool write, bool irqs_were_on);
void arch_pf_register(arch_pf_fn fn);

/* Threads: a context is a saved stack pointer; the callee-saved registers
 * live on the thread's own stack. FPU/SSE state is saved separately into
 * a 512-byte, 16-aligned area (fxsave). */
#define ARCH_FPU_AREA 512
uintptr_t arch_context_init(void *stack_top, void (*entry)(void));
void arch_context_switch(uintptr_t *save_sp, uintptr_t load_sp);
void arch_fpu_save(void *area);
void arch_fpu_restore(const void *area);
void arch_fpu_init_area(void *area); /* a clean FPU state for a new thread */

/* Backtrace: call fn for each return address, innermost first. */
void arch_backtrace(uintptr_t fp, void (*fn)(uintptr_t pc, void *arg), void *arg);
uintptr_t arch_frame_pointer(void);

/* Port I/O, for the PC's devices (PS/2, ATA, PCI configuration, RTC,
 * serial). insw/outsw move n 16-bit words between port and buf. */
uint8_t arch_inb(uint16_t port);
uint16_t arch_inw(uint16_t port);
uint32_t arch_inl(uint16_t port);
void arch_outb(uint16_t port, uint8_t v);
void arch_outw(uint16_t port, uint16_t v);
void arch_outl(uint16_t port, uint32_t v);
void arch_insw(uint16_t port, void *buf, uint32_t n);
void arch_outsw(uint16_t port, const void *buf, uint32_t n);
void arch_io_wait(void); /* a short delay between accesses, for old devices */
/* The VMware backdoor (vmmouse.c): a 32-bit read of port d with a..d in
 * EAX..EDX, the reply in all four. */
struct arch_backdoor {
	uint32_t a, b, c, d;
};
void arch_io_backdoor(struct arch_backdoor *r);

/* From now on this thread's floating point rounds every result to double
 * precision (53 bits), as an SSE2 host does, so that a computation gives
 * the same double in the kernel and on the host. The setting is part of
 * the thread's saved FPU state. */
void arch_fpu_double_precision(void);

/* Exit QEMU through isa-debug-exit, if present (tests); else halt. */
void arch_debug_exit(uint8_t code) __attribute__((noreturn));
