/*
 * kstack.h - guarded kernel thread stacks (PARAM_KSTACK_SIZE bytes each).
 */
#pragma once
#include <stdbool.h>
#include <stdint.h>

void *kstack_alloc(void); /* lowest byte of the stack, or NULL */
void kstack_free(void *stack);
bool kstack_guard_hit(uintptr_t addr); /* addr is in some stack's guard */
