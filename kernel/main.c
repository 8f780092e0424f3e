/*
 * main.c - kmain: bring the machine up in dependency order, then hand over
 * to the upper layers through their initcalls.
 *
 * Order: serial (so anything can be reported) -> CPU tables -> boot info ->
 * frames -> paging -> heap -> timer + scheduler -> devices -> initcalls.
 * Interrupts are enabled only once the scheduler exists. After the
 * initcalls the boot thread has nothing left to do and exits; the idle
 * thread and the layers' own threads carry on.
 */
#include "arch.h"
#include "ata.h"
#include "bootinfo.h"
#include "fault.h"
#include "fb.h"
#include "initcall.h"
#include "kheap.h"
#include "klog.h"
#include "memlayout.h"
#include "param.h"
#include "pci.h"
#include "pmm.h"
#include "ps2.h"
#include "rtc.h"
#include "selftest.h"
#include "thread.h"
#include "timer.h"
#include "vmmouse.h"

extern const initcall_fn __initcall_start[], __initcall_end[];

static void
heap_init(void)
{
	size_t frames = pmm_free_frames() / 2;
	size_t bytes = frames * PAGE_SIZE;
	if (bytes > PARAM_KHEAP_MAX)
		bytes = PARAM_KHEAP_MAX;
	if (bytes < PARAM_KHEAP_MIN)
		panic("only %u KiB of RAM free: Phantom needs more memory",
		      (unsigned)(pmm_free_frames() * 4));
	uintptr_t at = pmm_alloc_contig(bytes / PAGE_SIZE);
	if (!at)
		panic("no contiguous %u MiB for the kernel heap", (unsigned)(bytes >> 20));
	kheap_init(at, bytes);
}

static void
log_boot(void)
{
	klog("Phantom kernel, cmdline '%s'", boot.cmdline);
	uint64_t ram = 0;
	for (int i = 0; i < boot.nmmap; i++)
		if (boot.mmap[i].usable)
			ram += boot.mmap[i].len;
	klog("memory: %u MiB usable, %d boot modules", (unsigned)(ram >> 20), boot.nmodules);
	for (int i = 0; i < boot.nmodules; i++)
		klog("module %s: %u bytes at %p", boot.modules[i].name,
		     (unsigned)boot.modules[i].len, boot.modules[i].data);
}

static void
devices_init(void)
{
	fb_init();
	pci_init();
	rtc_init();
	ps2_init();
	if (vmmouse_init())
		klog("vmmouse: absolute pointer enabled");
	ata_init();
}

void
kmain(uint32_t magic, uint32_t info)
{
	serial_init();
	arch_early_init();
	arch_parse_boot(magic, info, &boot);
	log_boot();
	pmm_init();
	arch_paging_init(KERNEL_IDMAP_END);
	heap_init();
	sched_init();
	timer_init();
	arch_irq_enable();
	devices_init();
	fault_maybe_inject();
	selftest_maybe_run();
	for (const initcall_fn *f = __initcall_start; f < __initcall_end; f++)
		(*f)();
	klog("boot: core up in %u ms", (unsigned)timer_ms());
	thread_exit();
}
