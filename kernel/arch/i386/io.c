/*
 * io.c - x86 port I/O behind arch.h's arch_in* / arch_out*, for the PC's
 * devices (PS/2, ATA, PCI configuration, RTC, serial, PIC, PIT) and the
 * VMware backdoor. A call costs nothing next to the port access itself,
 * which traps to the hypervisor under QEMU.
 */
#include "kernel/arch.h"

uint8_t
arch_inb(uint16_t port)
{
	uint8_t v;
	__asm__ volatile("inb %1,%0" : "=a"(v) : "Nd"(port));
	return v;
}

uint16_t
arch_inw(uint16_t port)
{
	uint16_t v;
	__asm__ volatile("inw %1,%0" : "=a"(v) : "Nd"(port));
	return v;
}

uint32_t
arch_inl(uint16_t port)
{
	uint32_t v;
	__asm__ volatile("inl %1,%0" : "=a"(v) : "Nd"(port));
	return v;
}

void
arch_outb(uint16_t port, uint8_t v)
{
	__asm__ volatile("outb %0,%1" ::"a"(v), "Nd"(port));
}

void
arch_outw(uint16_t port, uint16_t v)
{
	__asm__ volatile("outw %0,%1" ::"a"(v), "Nd"(port));
}

void
arch_outl(uint16_t port, uint32_t v)
{
	__asm__ volatile("outl %0,%1" ::"a"(v), "Nd"(port));
}

void
arch_insw(uint16_t port, void *buf, uint32_t n)
{
	__asm__ volatile("cld; rep insw" : "+D"(buf), "+c"(n) : "d"(port) : "memory");
}

void
arch_outsw(uint16_t port, const void *buf, uint32_t n)
{
	__asm__ volatile("cld; rep outsw" : "+S"(buf), "+c"(n) : "d"(port) : "memory");
}

/* A write to the POST port: about a microsecond, for old devices. */
void
arch_io_wait(void)
{
	arch_outb(0x80, 0);
}

void
arch_io_backdoor(struct arch_backdoor *r)
{
	__asm__ volatile("inl %%dx, %%eax"
	                 : "+a"(r->a), "+b"(r->b), "+c"(r->c), "+d"(r->d)
	                 :
	                 : "memory");
}
