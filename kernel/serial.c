/*
 * serial.c - COM1 at 115200 8N1 for the log, and input from COM1 and COM2.
 * Output is polled: up first thing in kmain so every later failure can be
 * reported, it needs no memory and no interrupts. Input, once a reader
 * asks for it (serial_on_input), comes by IRQ 4 (COM1) and IRQ 3 (COM2), a
 * byte at a time, to that reader in interrupt context. COM2 is input only:
 * the line a test drives Phantom by, apart from the log.
 */
#include "arch.h"
#include "arch/i386/io.h"
#include "klog.h"

#define COM1     0x3F8
#define COM1_IRQ 4
#define COM2     0x2F8
#define COM2_IRQ 3

static int present;
static void (*readers[2])(int port, char c);

void
serial_init(void)
{
	outb(COM1 + 1, 0x00); /* no interrupts */
	outb(COM1 + 3, 0x80); /* DLAB */
	outb(COM1 + 0, 0x01); /* divisor 1: 115200 baud */
	outb(COM1 + 1, 0x00);
	outb(COM1 + 3, 0x03); /* 8N1 */
	outb(COM1 + 2, 0xC7); /* FIFO on, cleared */
	outb(COM1 + 4, 0x03);
	present = inb(COM1 + 5) != 0xFF;
}

void
serial_putc(char c)
{
	if (!present)
		return;
	for (int spin = 0; spin < 100000 && !(inb(COM1 + 5) & 0x20); spin++)
		;
	outb(COM1, (uint8_t)c);
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
	while (inb(base + 5) & 0x01) { /* data ready */
		char c = (char)inb(base);
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

/* 115200 8N1 with the FIFO on and the received-data interrupt. */
static void
enable_rx(uint16_t base)
{
	outb(base + 1, 0x00);
	outb(base + 3, 0x80); /* DLAB */
	outb(base + 0, 0x01);
	outb(base + 1, 0x00);
	outb(base + 3, 0x03);
	outb(base + 2, 0xC7);
	outb(base + 4, 0x0B); /* DTR, RTS, OUT2: the UART's IRQ line to the PIC */
	outb(base + 1, 0x01); /* interrupt when a byte arrives */
}

void
serial_on_input(void (*fn)(int port, char c))
{
	if (present) {
		readers[0] = fn;
		arch_irq_register(COM1_IRQ, com1_irq);
		outb(COM1 + 4, 0x0B);
		outb(COM1 + 1, 0x01);
		com1_irq(); /* what came before */
	}
	if (inb(COM2 + 5) != 0xFF) {
		readers[1] = fn;
		enable_rx(COM2);
		arch_irq_register(COM2_IRQ, com2_irq);
		com2_irq();
	}
}
