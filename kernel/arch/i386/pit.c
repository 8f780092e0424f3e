/*
 * pit.c - the 8254 programmable interval timer on IRQ 0, mode 2 (rate).
 */
#include "kernel/arch.h"

#define PIT_HZ 1193182u

static void (*tick_fn)(void);

static void
pit_irq(void)
{
	tick_fn();
}

void
arch_timer_init(unsigned hz, void (*tick)(void))
{
	uint32_t div = (PIT_HZ + hz / 2) / hz;
	tick_fn = tick;
	arch_outb(0x43, 0x34); /* channel 0, lo/hi, mode 2 */
	arch_outb(0x40, div & 0xFF);
	arch_outb(0x40, div >> 8);
	arch_irq_register(0, pit_irq);
}
