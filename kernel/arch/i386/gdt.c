/*
 * gdt.c - a flat segmentation model: every segment spans 0..4 GiB.
 *
 * Selectors: 0x08 kernel code, 0x10 kernel data, 0x18 the main TSS (where
 * the CPU saves state on a task switch), 0x20 the double-fault TSS. A kernel
 * stack overflow faults on a guard page and then cannot push the fault's
 * frame: that double fault switches tasks to a stack of its own, so it can
 * still be reported (idt.c). User segments arrive with ring 3.
 */
#include <stdint.h>
#include "gdt.h"

struct gdt_entry {
	uint16_t limit_lo, base_lo;
	uint8_t base_mid, access, gran, base_hi;
} __attribute__((packed));

struct gdt_ptr {
	uint16_t limit;
	uint32_t base;
} __attribute__((packed));

struct tss {
	uint32_t link, esp0, ss0, esp1, ss1, esp2, ss2, cr3, eip, eflags;
	uint32_t eax, ecx, edx, ebx, esp, ebp, esi, edi;
	uint32_t es, cs, ss, ds, fs, gs, ldt, iomap;
} __attribute__((packed));

static struct gdt_entry gdt[5];
static struct tss main_tss, df_tss;
static uint8_t df_stack[8192] __attribute__((aligned(16)));

static void
set_entry(int i, uint8_t access)
{
	gdt[i] = (struct gdt_entry){
		.limit_lo = 0xFFFF,
		.base_lo = 0,
		.base_mid = 0,
		.access = access,
		.gran = 0xCF,
		.base_hi = 0,
	};
}

static void
set_tss(int i, struct tss *t)
{
	uint32_t b = (uint32_t)t, lim = sizeof *t - 1;
	gdt[i] = (struct gdt_entry){
		.limit_lo = lim & 0xFFFF,
		.base_lo = b & 0xFFFF,
		.base_mid = (b >> 16) & 0xFF,
		.access = 0x89,
		.gran = 0,
		.base_hi = b >> 24,
	};
}

/* Called once paging is on: the double-fault task needs today's CR3. */
void
gdt_init_double_fault(void (*handler)(void))
{
	uint32_t cr3;
	__asm__ volatile("mov %%cr3, %0" : "=r"(cr3));
	df_tss = (struct tss){
		.cr3 = cr3,
		.eip = (uint32_t)handler,
		.eflags = 0x2,
		.esp = (uint32_t)(df_stack + sizeof df_stack),
		.cs = GDT_KCODE,
		.ss = GDT_KDATA,
		.ds = GDT_KDATA,
		.es = GDT_KDATA,
		.fs = GDT_KDATA,
		.gs = GDT_KDATA,
		.iomap = sizeof(struct tss),
	};
}

/* The state the CPU saved into the main TSS when the double fault hit. */
void
gdt_faulting_state(uint32_t *eip, uint32_t *esp, uint32_t *ebp)
{
	*eip = main_tss.eip;
	*esp = main_tss.esp;
	*ebp = main_tss.ebp;
}

void
gdt_init(void)
{
	struct gdt_ptr p = { sizeof gdt - 1, (uint32_t)gdt };
	set_entry(1, 0x9A);
	set_entry(2, 0x92);
	main_tss.iomap = sizeof(struct tss);
	set_tss(3, &main_tss);
	set_tss(4, &df_tss);
	__asm__ volatile("lgdt %0\n\t"
	                 "ljmp $0x08, $1f\n"
	                 "1:\n\t"
	                 "movw $0x10, %%ax\n\t"
	                 "movw %%ax, %%ds\n\t"
	                 "movw %%ax, %%es\n\t"
	                 "movw %%ax, %%fs\n\t"
	                 "movw %%ax, %%gs\n\t"
	                 "movw %%ax, %%ss\n\t" ::"m"(p)
	                 : "eax", "memory");
	__asm__ volatile("ltr %w0" ::"r"(GDT_TSS));
}
