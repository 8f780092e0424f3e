/*
 * fault.c - a deliberate fault, to prove the panic path (boot option
 * phantom.fault=1). Three nested, non-inlined functions end in a write to
 * an unmapped address, so the backtrace must name all three and kmain.
 * phantom.fault=stack instead recurses without end on a new thread, which
 * must end on that thread's guard page as a named stack overflow.
 */
#include <string.h>
#include "bootinfo.h"
#include "fault.h"
#include "klog.h"
#include "thread.h"

static volatile uint32_t *volatile bad_ptr = (uint32_t *)0x00000010;

__attribute__((noinline)) void
fault_level3(int depth)
{
	klog("fault: writing to 0x%x on purpose (depth %d)", (unsigned)(uintptr_t)bad_ptr, depth);
	*bad_ptr = 0xDEAD;
	__asm__ volatile("" ::: "memory");
}

__attribute__((noinline)) void
fault_level2(int depth)
{
	fault_level3(depth + 1);
	__asm__ volatile("" ::: "memory");
}

__attribute__((noinline)) void
fault_level1(int depth)
{
	fault_level2(depth + 1);
	__asm__ volatile("" ::: "memory");
}

__attribute__((noinline)) static int
recurse(volatile int n)
{
	volatile char pad[256];
	pad[0] = (char)n;
	if (pad[0] == -1 && n < 0) /* never: keeps gcc from proving the loop */
		return 0;
	return recurse(n + 1) + pad[0];
}

static void
overflow_thread(void *arg)
{
	klog("fault: recursing without end on thread 'overflow'");
	recurse(0);
}

void
fault_maybe_inject(void)
{
	char v[16];
	const char *how = bootinfo_arg("phantom.fault", v, sizeof v);
	if (!how || !strcmp(how, "0"))
		return;
	if (!strcmp(how, "stack")) {
		thread_create("overflow", overflow_thread, NULL);
		thread_sleep_ms(1000);
		return;
	}
	fault_level1(1);
}
