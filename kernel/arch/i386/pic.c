/*
 * pic.c - the two cascaded 8259A PICs, remapped to vectors 32-47.
 *
 * Every line starts masked; arch_irq_register unmasks a line when a driver
 * claims it. Spurious IRQ 7/15 are recognised via the ISR and not acked
 * twice.
 */
#include "gdt.h"
#include "kernel/arch.h"

#define PIC1_CMD  0x20
#define PIC1_DATA 0x21
#define PIC2_CMD  0xA0
#define PIC2_DATA 0xA1

static uint16_t mask = 0xFFFF;

static void
write_mask(void)
{
	arch_outb(PIC1_DATA, mask & 0xFF);
	arch_outb(PIC2_DATA, mask >> 8);
}

void
pic_init(void)
{
	arch_outb(PIC1_CMD, 0x11);
	arch_io_wait();
	arch_outb(PIC2_CMD, 0x11);
	arch_io_wait();
	arch_outb(PIC1_DATA, 32);
	arch_io_wait();
	arch_outb(PIC2_DATA, 40);
	arch_io_wait();
	arch_outb(PIC1_DATA, 4);
	arch_io_wait();
	arch_outb(PIC2_DATA, 2);
	arch_io_wait();
	arch_outb(PIC1_DATA, 1);
	arch_io_wait();
	arch_outb(PIC2_DATA, 1);
	arch_io_wait();
	mask = 0xFFFF & ~(1u << 2); /* the cascade line stays open */
	write_mask();
}

void
pic_unmask(int irq)
{
	mask &= ~(1u << irq);
	write_mask();
}

void
pic_eoi(int irq)
{
	if (irq >= 8)
		arch_outb(PIC2_CMD, 0x20);
	arch_outb(PIC1_CMD, 0x20);
}
