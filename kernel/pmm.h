/*
 * pmm.h - the physical frame allocator.
 *
 * A bitmap over identity-mapped RAM below KERNEL_IDMAP_END, built from the
 * boot memory map minus everything bootinfo.reserved_end protects.
 */
#pragma once
#include <stddef.h>
#include <stdint.h>

void pmm_init(void);
uintptr_t pmm_alloc(void);                 /* one 4 KiB frame, or 0 */
uintptr_t pmm_alloc_contig(size_t frames); /* physically contiguous, or 0 */
void pmm_free(uintptr_t frame);
size_t pmm_free_frames(void);
