/*
 * kheap.h - the kernel heap (ephemeral: rebuilt every boot).
 *
 * Backs klibc's malloc/free/realloc for kernel code, FreeType and stb_image.
 * Interrupt-safe for short allocations; never used from the arena.
 */
#pragma once
#include <stddef.h>
#include <stdint.h>

void kheap_init(uintptr_t start, size_t len);
void *kmalloc(size_t n);
void *kmalloc_aligned(size_t n, size_t align);
void *kcalloc(size_t n, size_t size);
void *krealloc(void *p, size_t n);
void kfree(void *p);
size_t kheap_used(void);
