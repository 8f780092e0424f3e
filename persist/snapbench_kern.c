/*
 * snapbench_kern.c - the snapshot path measured on the real target (boot
 * option phantom.snapbench=1, on a blank disk; no VM runs then).
 *
 * For 100, 1000 and 10000 dirty pages (every third page of the arena, so
 * runs are short as in a real heap) it takes ROUNDS snapshots: dirty the
 * pages from this kernel thread (write faults, as the VM's would be),
 * pause (timed: snap_pause through pkern_safepoint), let the writer commit,
 * and records the pause and write time. Then it writes the same bytes as
 * the largest snapshot raw to the disk (BATCH-sized DMA writes of a kernel
 * buffer past the store's blocks, then a flush) and compares throughputs.
 * Lines (tests/bench/world.py reads them):
 *   snapbench: pages=N pause_us median=M max=X write_ms median=W kib=K rounds=R
 *   snapbench: the same bytes through crc32c in C ms, memcpy in M ms
 *   snapbench: raw write K KiB in W ms: T MiB/s
 *   snapbench: snapshot write T MiB/s, ratio R to raw
 *   snapbench: done
 * and QEMU exits through isa-debug-exit with 0x12 (0x13 if anything failed).
 */
#include <stdlib.h>
#include <string.h>
#include "kernel/arch.h"
#include "kernel/blockdev.h"
#include "kernel/bootinfo.h"
#include "kernel/initcall.h"
#include "kernel/klog.h"
#include "kernel/memlayout.h"
#include "kernel/thread.h"
#include "kernel/timer.h"
#include "persist_kern.h"
#include "crc32c.h"

#define ROUNDS    11
#define STRIDE    3            /* dirty every third page */
#define RAW_CHUNK (256u << 10) /* bytes per raw write: the writer's batch */
#define EXIT_PASS 0x12
#define EXIT_FAIL 0x13

static const uint32_t sizes[] = { 100, 1000, 10000 };

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

static void
dirty(uint32_t n, uint32_t round)
{
	for (uint32_t i = 0; i < n; i++)
		*(volatile uint32_t *)(ARENA_BASE + (uintptr_t)i * STRIDE * PAGE_SIZE) = round + i;
}

/* ROUNDS snapshots of n dirty pages; false if one failed. *kib_ms: the
 * median write rate's ingredients for the throughput comparison. */
static bool
measure(uint32_t n, uint32_t *kib, uint32_t *ms)
{
	uint32_t pause[ROUNDS], write[ROUNDS];
	struct snap_stats c;
	for (uint32_t r = 0; r < ROUNDS; r++) {
		dirty(n, r);
		if (pkern_safepoint(r) != SNAP_STARTED || pkern_sync() != 0) {
			klog("snapbench: snapshot of %u pages failed", n);
			return false;
		}
		snap_recent(pkern_snap(), &c, 1);
		pause[r] = c.pause_us;
		write[r] = c.write_ms;
		*kib = c.blocks * (SNAP_PAGE / 1024);
	}
	qsort(pause, ROUNDS, sizeof pause[0], cmp_u32);
	qsort(write, ROUNDS, sizeof write[0], cmp_u32);
	*ms = write[ROUNDS / 2];
	klog("snapbench: pages=%u pause_us median=%u max=%u write_ms median=%u kib=%u rounds=%u", n,
	     pause[ROUNDS / 2], pause[ROUNDS - 1], write[ROUNDS / 2], *kib, ROUNDS);
	return true;
}

/* Write kib KiB raw at the end of the disk, timed; 0 on failure. */
static uint32_t
raw_ms(uint32_t kib)
{
	struct blockdev *bd = blockdev_get("ata0");
	uint8_t *buf = malloc(RAW_CHUNK);
	if (!bd || !buf)
		return 0;
	memset(buf, 0x5a, RAW_CHUNK);
	uint32_t per = RAW_CHUNK / bd->block_size;
	uint64_t lba = bd->nblocks - (uint64_t)kib * 1024 / bd->block_size - per;
	uint64_t t0 = timer_us();
	int rc = 0;
	for (uint32_t done = 0; !rc && done < kib; done += RAW_CHUNK / 1024, lba += per)
		rc = bd->write(bd, lba, per, buf);
	rc = rc ? rc : bd->flush(bd);
	uint64_t us = timer_us() - t0;
	free(buf);
	return rc ? 0 : (uint32_t)((us + 500) / 1000);
}

/* What the writer spends per byte besides the disk: the checksum and the
 * copy of each page, over the same number of bytes. */
static void
cpu_rates(uint32_t kib)
{
	uint8_t *a = malloc(RAW_CHUNK), *b = malloc(RAW_CHUNK);
	if (!a || !b) {
		free(a);
		free(b);
		return;
	}
	memset(a, 0x5a, RAW_CHUNK);
	uint32_t n = kib / (RAW_CHUNK / 1024), c = 0;
	uint64_t t0 = timer_us();
	for (uint32_t i = 0; i < n; i++)
		c ^= crc32c(c, a, RAW_CHUNK);
	uint64_t t1 = timer_us();
	for (uint32_t i = 0; i < n; i++)
		memcpy(b, a, RAW_CHUNK);
	uint64_t t2 = timer_us();
	klog("snapbench: the same bytes through crc32c in %u ms, memcpy in %u ms (crc %08x)",
	     (unsigned)((t1 - t0 + 500) / 1000), (unsigned)((t2 - t1 + 500) / 1000), c);
	free(a);
	free(b);
}

static void
bench(void *arg)
{
	char err[200];
	bool ok = true;
	uint32_t kib = 0, ms = 0;
	int st = pkern_open(256, false, err, sizeof err);
	if (st != SNAP_COLD) {
		klog("snapbench: needs a blank disk: %s", st < 0 ? err : "it holds a world");
		arch_debug_exit(EXIT_FAIL);
	}
	pkern_start(0, NULL);
	for (size_t i = 0; ok && i < sizeof sizes / sizeof sizes[0]; i++)
		ok = measure(sizes[i], &kib, &ms);
	uint32_t raw = ok ? raw_ms(kib) : 0;
	cpu_rates(kib);
	if (ok && raw && ms) {
		uint32_t raw_rate = kib * 1000u / 1024 / raw, snap_rate = kib * 1000u / 1024 / ms;
		klog("snapbench: raw write %u KiB in %u ms: %u MiB/s", kib, raw, raw_rate);
		klog("snapbench: snapshot write %u MiB/s, ratio %u.%02u to raw", snap_rate,
		     raw * 100 / ms / 100, raw * 100 / ms % 100);
	} else
		ok = false;
	klog("snapbench: %s", ok ? "done" : "failed");
	arch_debug_exit(ok ? EXIT_PASS : EXIT_FAIL);
}

static void
bench_start(void)
{
	if (bootinfo_flag("phantom.snapbench") && !thread_create("snapbench", bench, NULL))
		panic("snapbench: cannot create its thread");
}
INITCALL(bench_start);
