/*
 * serial.c - COM1 at 115200 8N1 for the log, and input from COM1 and COM2.
 * Output is polled: up first thing in kmain so every later failure can be
 * reported, it needs no memory and no interrupts. Input, once a reader
 * asks for it (serial_on_input), comes by IRQ 4 (COM1) and IRQ 3 (COM2), a
 * byte at a time, to that reader in interrupt context. COM2 is input only:
 * the line a test drives Phantom by, apart from the log.
 */
#include "arch.h"
#include "klog.h"

#define COM1     0x3F8
#define COM1_IRQ 4
#define COM2     0x2F8
#define COM2_IRQ 3

static int present;
static void (*readers[2])(int port, char c);

/* 115200 8N1 with the FIFO on; mcr and ier as given. */
static void
uart_setup(uint16_t base, uint8_t mcr, uint8_t ier)
{
	arch_outb(base + 1, 0x00); /* no interrupts meanwhile */
	arch_outb(base + 3, 0x80); /* DLAB */
	arch_outb(base + 0, 0x01); /* divisor 1: 115200 baud */
	arch_outb(base + 1, 0x00);
	arch_outb(base + 3, 0x03); /* 8N1 */
	arch_outb(base + 2, 0xC7); /* FIFO on, cleared */
	arch_outb(base + 4, mcr);
	arch_outb(base + 1, ier);
}

void
serial_init(void)
{
	uart_setup(COM1, 0x03, 0x00); /* DTR, RTS; no interrupts */
	present = arch_inb(COM1 + 5) != 0xFF;
}

void
serial_putc(char c)
{
	if (!present)
		return;
	for (int spin = 0; spin < 100000 && !(arch_inb(COM1 + 5) & 0x20); spin++)
		;
	arch_outb(COM1, (uint8_t)c);
}

void
serial_write(const char *s, unsigned len)
{
	for (unsigned i = 0; i < len; i++) {
		if (s[i] == '\n')
			serial_putc('\r');
		serial_putc(s[i]);
	}
}

static void
rx(int port, uint16_t base)
{
	while (arch_inb(base + 5) & 0x01) { /* data ready */
		char c = (char)arch_inb(base);
		if (readers[port])
			readers[port](port, c);
	}
}

static void
com1_irq(void)
{
	rx(0, COM1);
}

static void
com2_irq(void)
{
	rx(1, COM2);
}

void
serial_on_input(void (*fn)(int port, char c))
{
	if (present) {
		readers[0] = fn;
		arch_irq_register(COM1_IRQ, com1_irq);
		arch_outb(COM1 + 4, 0x0B);
		arch_outb(COM1 + 1, 0x01);
		com1_irq(); /* what came before */
	}
	if (arch_inb(COM2 + 5) != 0xFF) {
		readers[1] = fn;
		uart_setup(COM2, 0x0B, 0x01); /* OUT2: the IRQ line; a byte in: interrupt */
		arch_irq_register(COM2_IRQ, com2_irq);
		com2_irq();
	}
}
