/*
 * param.h - every kernel tunable, in one place.
 *
 * Invariant: a number that changes behaviour lives here, named PARAM_*,
 * never as a literal in the code that uses it.
 */
#pragma once

#define PARAM_HZ           1000 /* PIT interrupt rate (ticks/s) */
#define PARAM_TIMESLICE_MS 10   /* preemption quantum */
/* Per-thread kernel stack; FreeType's rasterizer alone wants ~20 KiB. */
#define PARAM_KSTACK_SIZE  (64 * 1024)
#define PARAM_MAX_THREADS  64
#define PARAM_KHEAP_MIN    (16u << 20) /* kernel heap at least 16 MiB */
#define PARAM_KHEAP_MAX    (96u << 20) /* and at most 96 MiB */
#define PARAM_LOG_BUF      512         /* longest single log line */
#define PARAM_INPUT_QUEUE  256         /* input events buffered from IRQs */
#define PARAM_MAX_MODULES  16          /* Multiboot modules remembered */
#define PARAM_MAX_MMAP     64          /* memory map entries remembered */
#define PARAM_CMDLINE_MAX  512
/* The persistent world (persist/persist_kern.c, pvm/world_kern.c); boot options
 * phantom.arena=MiB (new worlds only) and phantom.snapms=ms override. */
#define PARAM_ARENA_MB     256  /* the arena's address space; RAM on demand */
#define PARAM_ARENA_MB_MAX 512  /* the copy-on-write window holds this much */
#define PARAM_SNAPSHOT_MS  1000 /* snapshot interval */
#define PARAM_KEEP_FRAMES  4096 /* 16 MiB of RAM the world leaves the kernel */
