/*
 * serial.c - COM1 at 115200 8N1, polled. Up first thing in kmain so every
 * later failure can be reported; needs no memory and no interrupts.
 */
#include "arch.h"
#include "klog.h"

#define COM1 0x3F8

static int present;

void
serial_init(void)
{
	arch_outb(COM1 + 1, 0x00); /* no interrupts */
	arch_outb(COM1 + 3, 0x80); /* DLAB */
	arch_outb(COM1 + 0, 0x01); /* divisor 1: 115200 baud */
	arch_outb(COM1 + 1, 0x00);
	arch_outb(COM1 + 3, 0x03); /* 8N1 */
	arch_outb(COM1 + 2, 0xC7); /* FIFO on, cleared */
	arch_outb(COM1 + 4, 0x03);
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
