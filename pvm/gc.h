/*
 * gc.h - the incremental collector (gc.c) and the write barrier every
 * reference store into an object goes through.
 *
 * Invariant while marking (Dijkstra style): a black object never points to
 * a white one. Thread stacks and frames are exempt: the atomic phase
 * rescans them.
 */
#pragma once
#include <stddef.h>
#include "pvm/object.h"
#include "pvm/vm.h"

void pv_gc_shade(pv_vm *vm, pv_value v);
void pv_gc_safepoint(pv_vm *vm);
void pv_gc_full(pv_vm *vm);
int pv_gc_check(pv_vm *vm, char *why, size_t n);
/* pv_gc_check, and a broken heap stops everything with the reason. */
void pv_gc_check_or_die(pv_vm *vm);
extern uint32_t pv_gc_checks; /* checks passed since start (ephemeral) */
/* The chunk starts of the heap as a bitmap (free it), or NULL and why. */
uint8_t *pv_gc_starts(pv_vm *vm, char *why, size_t n);
int pv_gc_is_start(pv_vm *vm, const uint8_t *starts, uintptr_t a);
/* Why v cannot be a live object of `kind` (-1: any): exactly, given the
 * chunk starts, or judged from its header alone (starts NULL); NULL if it
 * can, or is no reference. */
const char *pv_gc_root_fault(pv_vm *vm, const uint8_t *starts, pv_value v, int kind);
void pv_gc_stats(pv_vm *vm, char *buf, size_t n);
void pv_gc_mark_stack(pv_vals *v);

#define PV_WB(vm, parent, v)                                                                    \
	do {                                                                                    \
		if ((vm)->heap.phase == PV_GC_MARK && ((pv_obj *)(parent))->mark == PV_BLACK && \
		    pv_is_obj(v) && (pv_obj(v)->mark & (PV_WHITE0 | PV_WHITE1)))                \
			pv_gc_shade((vm), (v));                                                 \
	} while (0)
#define PV_SET(vm, parent, slot, v)    \
	do {                           \
		pv_value v_ = (v);     \
		PV_WB(vm, parent, v_); \
		(slot) = v_;           \
	} while (0)
