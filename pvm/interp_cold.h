/*
 * interp_cold.h - what interp.c calls in interp_cold.c: the slow paths of
 * the dispatch loop, each leaving the thread as the loop expects (an
 * error set and PV_ERR, or PV_OK).
 */
#pragma once
#include "pvm/vm.h"

/* GETF / SETF on o, not an instance with that field: the error set. */
void pv_field_error(pv_vm *vm, pv_value o, const char *what) __attribute__((cold));
/* CLOSURE: *out = a closure of cl's nested function idx, its upvalues the
 * boxes in registers R or cl's upvalues. PV_OK or PV_ERR. */
int pv_make_closure(pv_vm *vm, pv_closure *cl, pv_value *R, uint32_t idx, pv_value *out)
	__attribute__((cold));
/* TRY: a handler for the top frame, resuming at pc with the error in
 * register reg. PV_OK. */
int pv_push_handler(pv_vm *vm, pv_thread *th, uint32_t pc, uint32_t reg) __attribute__((cold));
