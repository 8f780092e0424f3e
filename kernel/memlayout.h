/*
 * memlayout.h - the kernel's virtual address map, in one place.
 *
 *   0x00000000 .. 0x00000fff  unmapped (null pointer guard)
 *   0x00001000 .. KERNEL_IDMAP_END  identity-mapped RAM: kernel image,
 *                             boot modules, frame allocator, kernel heap
 *   KSTACK_BASE .. KSTACK_END kernel thread stacks, each below an unmapped
 *                             guard page (kernel/kstack.c)
 *   ARENA_BASE .. ARENA_END   the persistent object arena: pages mapped,
 *                             hidden and write-protected by persist/
 *                             (persist/persist_kern.c), never identity-mapped
 *   SNAPCOW_BASE .. _END      the snapshot's copy-on-write buffer: address
 *                             space only, frames mapped on first touch
 *   FB window                 the linear framebuffer, identity-mapped at
 *                             its physical address (0xFD000000 under QEMU)
 *
 * Invariant: identity-mapped RAM never reaches ARENA_BASE, so the arena's
 * range is free for the persist layer on every machine we boot.
 */
#pragma once

#define KERNEL_LOAD_ADDR   0x00100000u /* where GRUB loads us (1 MiB) */
#define KERNEL_IDMAP_END   0x40000000u /* RAM above 1 GiB is not used */
#define KSTACK_BASE        0x60000000u
#define KSTACK_END         0x64000000u
#define KSTACK_SLOT        0x00020000u /* 128 KiB of address space each */
#define ARENA_BASE         0x80000000u
#define ARENA_END          0xC0000000u /* 1 GiB of arena address space */
#define SNAPCOW_BASE       0xC0000000u
#define SNAPCOW_END        0xE0000000u /* room for 512 MiB of page copies */
#define PAGE_SIZE          4096u
#define PAGE_SHIFT         12
#define PAGE_ROUND_UP(x)   (((x) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1))
#define PAGE_ROUND_DOWN(x) ((x) & ~(PAGE_SIZE - 1))
