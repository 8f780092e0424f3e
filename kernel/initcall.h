/*
 * initcall.h - how upper layers start themselves without the kernel
 * including their headers (dependencies point downwards only).
 *
 * INITCALL(fn) places a pointer to `void fn(void)` in the .initcall section;
 * kernel main runs them in link order after the core is up, each on the
 * boot thread. A layer that needs its own thread creates it there.
 */
#pragma once

typedef void (*initcall_fn)(void);
#define INITCALL(fn) \
	static const initcall_fn __initcall_##fn __attribute__((used, section(".initcall"))) = fn
