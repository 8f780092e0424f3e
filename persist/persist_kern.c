/*
 * persist_kern.c - the kernel glue of persist/ (see persist_kern.h).
 *
 * Pages. snap.c asks for three protections; here they are page-table
 * states of each arena page (kernel/arch.h's page calls):
 *   NONE  hidden: any frame stays in the PTE, every access faults
 *   RO    present, read-only; a page that never had a frame of its own
 *         shows the one shared zero frame
 *   RW    present, writable, on a private frame (taken from pmm, zeroed,
 *         when the page had none or had the zero frame)
 * So a new world costs no RAM until it is written, and a restored world
 * none until a page is touched (snap_fault reads it from the store). CR0.WP
 * makes ring 0 honour read-only pages: kernel writes are tracked like the
 * VM's.
 *
 * Copy-on-write buffer: snap.c asks for one buffer of up to arena size.
 * It is address space in [SNAPCOW_BASE, SNAPCOW_END) whose frames are
 * mapped on first touch by the fault hook and given back after every
 * commit (trim), so it costs RAM only for pages actually copied.
 *
 * Faults: arch_pf_register'ed hook, run on the faulting thread with
 * interrupts on. Arena faults are serialised by fault_lock (a read from
 * the disk may block); the copy-on-write window's demand faults are not
 * (they only map a frame). A fault with interrupts off cannot wait for
 * the disk: it is refused and the kernel panics (no arena access happens
 * with interrupts off by design).
 *
 * Threads: the VM's thread calls pkern_safepoint (the pause); "snapwr"
 * streams and commits (snap_write) and logs one line per snapshot;
 * "snapd" asks for a safepoint every interval.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "kernel/arch.h"
#include "kernel/blockdev.h"
#include "kernel/klog.h"
#include "kernel/memlayout.h"
#include "kernel/param.h"
#include "kernel/pmm.h"
#include "kernel/thread.h"
#include "kernel/timer.h"
#include "persist_kern.h"

#define ERASE_BYTES (1u << 20) /* what phantom.format=1 zeroes: the probe area */

static struct snap *S;
static struct blockdev *disk;
static size_t arena_size;
static uint32_t zero_frame;
static struct mutex fault_lock;
static size_t cow_size;             /* the buffer snap.c holds, or 0 */
static volatile uintptr_t cow_high; /* end of the touched part of it */
static struct sem kick;
static uint32_t pause_us;
static void (*tick_fn)(void);
static uint32_t tick_ms;
static void (*damage_fn)(const char *why);
static void (*commit_fn)(int rc, uint64_t gen);
static volatile bool lost;    /* a page could not be loaded: stop */
static volatile bool writing; /* from the pause to the end of the writer's round */
static volatile int last_rc;

/* ---------------------------------------------------------------- frames and pages */

static uint32_t
frame_new(void)
{
	uint32_t f = arch_irq_save();
	uintptr_t fr = pmm_alloc();
	arch_irq_restore(f);
	if (fr)
		memset((void *)fr, 0, PAGE_SIZE);
	return (uint32_t)fr;
}

static void
page_set(uintptr_t va, uint32_t frame, unsigned flags)
{
	uint32_t f = arch_irq_save(); /* a new page table comes from pmm */
	arch_page_set((uint32_t)va, frame, flags);
	arch_irq_restore(f);
}

size_t
pkern_frames_left(void)
{
	size_t free = pmm_free_frames();
	return free > PARAM_KEEP_FRAMES ? free - PARAM_KEEP_FRAMES : 0;
}

static int
protect_page(uintptr_t va, int mode)
{
	unsigned fl;
	uint32_t fr = arch_page_get((uint32_t)va, &fl);
	switch (mode) {
	case SNAP_PROT_NONE:
		if (fr)
			page_set(va, fr, ARCH_PAGE_HIDDEN);
		return 0;
	case SNAP_PROT_RO:
		page_set(va, fr ? fr : zero_frame, 0);
		return 0;
	default:
		if (!fr || fr == zero_frame) {
			fr = frame_new();
			if (!fr)
				panic("persist: out of RAM for arena page %p (%u frames free); "
				      "boot with more memory",
				      (void *)va, (unsigned)pmm_free_frames());
		}
		page_set(va, fr, ARCH_MAP_WRITE);
		return 0;
	}
}

static int
prot_protect(void *ctx, uintptr_t addr, size_t len, int mode)
{
	for (uintptr_t va = addr; va - addr < len; va += PAGE_SIZE)
		protect_page(va, mode);
	return 0;
}

static void *
prot_alloc(void *ctx, size_t n)
{
	if (cow_size || n > SNAPCOW_END - SNAPCOW_BASE)
		return NULL;
	cow_size = PAGE_ROUND_UP(n);
	cow_high = SNAPCOW_BASE;
	return (void *)SNAPCOW_BASE;
}

/* Give back the frames of the copy-on-write buffer (they are mapped
 * again on the next touch). */
static void
cow_release(void)
{
	uint32_t f = arch_irq_save();
	arch_unmap(SNAPCOW_BASE, (uint32_t)(cow_high - SNAPCOW_BASE), true);
	cow_high = SNAPCOW_BASE;
	arch_irq_restore(f);
}

static void
prot_free(void *ctx, void *p, size_t n)
{
	cow_release();
	cow_size = 0;
}

static void
prot_relax(void *ctx)
{
	thread_yield();
}

static const struct snap_prot kern_prot = { prot_protect, prot_alloc, prot_free, NULL, prot_relax };

/* ---------------------------------------------------------------- faults */

static void
park_forever(void)
{
	for (;;)
		thread_sleep_ms(60000);
}

static bool
cow_fault(uintptr_t addr)
{
	uintptr_t va = PAGE_ROUND_DOWN(addr);
	uint32_t fr = frame_new();
	if (!fr)
		panic("persist: out of RAM for a copy-on-write page");
	page_set(va, fr, ARCH_MAP_WRITE);
	uint32_t f = arch_irq_save();
	if (va + PAGE_SIZE > cow_high)
		cow_high = va + PAGE_SIZE;
	arch_irq_restore(f);
	return true;
}

static bool
pf_hook(uintptr_t addr, bool write, bool irqs)
{
	if (addr >= SNAPCOW_BASE && addr < SNAPCOW_BASE + cow_size)
		return cow_fault(addr);
	if (!S || addr < ARENA_BASE || addr >= ARENA_BASE + arena_size)
		return false;
	if (!irqs) {
		klog("persist: arena fault at %p with interrupts off", (void *)addr);
		return false;
	}
	mutex_lock(&fault_lock);
	int rc = snap_fault(S, addr);
	mutex_unlock(&fault_lock);
	if (rc > 0)
		return true;
	if (rc < 0) {
		if (!lost) {
			lost = true;
			klog("persist: %s", snap_error(S));
			klog("persist: the world cannot continue in this boot; nothing more "
			     "is written to the disk");
			if (damage_fn)
				damage_fn(snap_error(S));
		}
		park_forever();
	}
	return false;
}

/* ---------------------------------------------------------------- open */

static int
fail(char *err, size_t n, int rc, const char *msg)
{
	snprintf(err, n, "%s", msg);
	return rc;
}

/* phantom.format=1: zero the area snap.c probes, so the disk reads as
 * empty and is formatted afresh. */
static int
erase(void)
{
	uint8_t *z = calloc(1, PAGE_SIZE);
	int rc = z ? 0 : -1;
	uint32_t per = PAGE_SIZE / disk->block_size;
	for (uint32_t b = 0; !rc && b < ERASE_BYTES / PAGE_SIZE; b++)
		rc = disk->write(disk, (uint64_t)b * per, per, z);
	if (!rc)
		rc = disk->flush(disk);
	free(z);
	return rc;
}

int
pkern_open(uint32_t mib, bool format, char *err, size_t n)
{
	disk = blockdev_get("ata0");
	if (!disk)
		return fail(err, n, SNAP_EIO, "no disk (ata0): the world cannot be kept");
	if (format) {
		klog("persist: phantom.format=1: erasing the disk's first %u KiB",
		     ERASE_BYTES / 1024);
		if (erase() != 0)
			return fail(err, n, SNAP_EIO, "cannot erase the disk (write error)");
	}
	uint64_t base = 0, size = 0;
	if (snap_peek(disk, &base, &size)) {
		if (base != ARENA_BASE || size == 0 || size % PAGE_SIZE ||
		    size > (uint64_t)PARAM_ARENA_MB_MAX << 20)
			return fail(err, n, SNAP_EGEOM,
			            "the store was made for another arena (base or size)");
		arena_size = (size_t)size;
	} else
		arena_size = (size_t)mib << 20;
	zero_frame = frame_new();
	if (!zero_frame)
		return fail(err, n, SNAP_ENOMEM, "out of RAM");
	arch_pf_register(pf_hook);
	int rc = snap_open(&S, disk, &kern_prot, ARENA_BASE, arena_size, 0);
	if (rc < 0) {
		snprintf(err, n, "%s", snap_error(S));
		snap_close(S);
		S = NULL;
		return rc;
	}
	return rc;
}

int
pkern_rollback(const char *spec, char *msg, size_t n)
{
	return snap_rollback_spec(S, spec, msg, n);
}

struct snap *
pkern_snap(void)
{
	return S;
}

size_t
pkern_arena_size(void)
{
	return arena_size;
}

void
pkern_on_damage(void (*fn)(const char *why))
{
	damage_fn = fn;
}

/* ---------------------------------------------------------------- threads */

static void
writer(void *arg)
{
	for (;;) {
		sem_wait(&kick);
		uint32_t paused = pause_us; /* the next pause may come before the log */
		uint64_t t0 = timer_us();
		int rc = snap_write(S);
		uint32_t ms = (uint32_t)((timer_us() - t0 + 500) / 1000);
		struct snap_stats st;
		snap_last(S, &st);
		if (rc == SNAP_EUNSURE)
			klog("snapshot gen=%llu may have committed: %s",
			     (unsigned long long)snap_gen(S) + 1, snap_error(S));
		else if (rc)
			klog("snapshot failed: %s", snap_error(S));
		else {
			if (snap_dropped(S))
				klog("snapshot: %u kept generations dropped to keep room on the disk",
				     snap_dropped(S));
			klog("snapshot committed gen=%llu pages=%u kib=%u pause_us=%u write_ms=%u",
			     (unsigned long long)st.gen, st.pages, st.blocks * (SNAP_PAGE / 1024),
			     paused, ms);
			snap_timed(S, paused, ms);
		}
		mutex_lock(&fault_lock); /* no copy is being made now */
		if (!snap_busy(S))
			cow_release();
		mutex_unlock(&fault_lock);
		last_rc = rc;
		writing = false;
		if (commit_fn)
			commit_fn(rc, st.gen);
	}
}

void
pkern_on_commit(void (*fn)(int rc, uint64_t gen))
{
	commit_fn = fn;
}

static void
ticker(void *arg)
{
	for (;;) {
		thread_sleep_ms(tick_ms);
		if (!lost)
			tick_fn();
	}
}

void
pkern_start(uint32_t ms, void (*tick)(void))
{
	if (!thread_create("snapwr", writer, NULL))
		panic("persist: cannot start the writer thread");
	if (ms > 0 && tick) {
		tick_ms = ms;
		tick_fn = tick;
		if (!thread_create("snapd", ticker, NULL))
			panic("persist: cannot start the snapshot timer");
	}
}

int
pkern_safepoint(uint64_t clock)
{
	if (lost)
		return SNAP_IDLE;
	uint64_t t0 = timer_ns();
	int rc = snap_pause(S, clock);
	if (rc != SNAP_STARTED)
		return rc;
	pause_us = (uint32_t)((timer_ns() - t0) / 1000);
	writing = true;
	sem_post(&kick);
	return rc;
}

int
pkern_sync(void)
{
	while (writing)
		thread_sleep_ms(1);
	return last_rc;
}
