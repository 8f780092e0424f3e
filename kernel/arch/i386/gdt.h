/*
 * gdt.h - i386 descriptor tables (private to kernel/arch/i386).
 */
#pragma once
#include <stdint.h>

#define GDT_KCODE 0x08
#define GDT_KDATA 0x10
#define GDT_TSS   0x18
#define GDT_DFTSS 0x20

void gdt_init(void);
void gdt_init_double_fault(void (*handler)(void));
void gdt_faulting_state(uint32_t *eip, uint32_t *esp, uint32_t *ebp);
void idt_init(void);
void arch_double_fault_init(void);
void pic_init(void);
void pic_unmask(int irq);
void pic_eoi(int irq);
void fpu_init(void);

/* The register frame isr.S builds for every trap and interrupt. */
struct trapframe {
	uint32_t gs, fs, es, ds;
	uint32_t edi, esi, ebp, esp_dummy, ebx, edx, ecx, eax;
	uint32_t vector, error;
	uint32_t eip, cs, eflags;
};

void trap_dispatch(struct trapframe *tf);
