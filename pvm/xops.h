/*
 * xops.h - the extended operations of OP_XOP, expanded from xops.def: their
 * numbers, the table of names and operand counts (opcodes.c) and
 * pv_xop, which runs one (xops.c).
 */
#pragma once
#include <stdint.h>
#include "pvm/object.h"
#include "pvm/vm.h"

enum pv_xop {
#define XOP(name, nargs, sem) PV_XOP_##name,
#include "pvm/xops.def"
#undef XOP
	PV_XOP_N
};

typedef struct pv_xopinfo {
	const char *name;
	uint8_t nargs; /* 1: C is unused (0) */
	const char *sem;
} pv_xopinfo;

extern const pv_xopinfo pv_xop_info[PV_XOP_N];

/* *out = xop w (b, c): 0, -1 after throwing, 2 to wait for a collection
 * and run again (pv_oom). *out is written only on success. */
int pv_xop(pv_vm *vm, uint32_t w, pv_value b, pv_value c, pv_value *out);
