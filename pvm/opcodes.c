/*
 * opcodes.c - the tables of the instruction set: opcodes expanded from
 * opcodes.def, the extended operations of OP_XOP from xops.def.
 */
#include "opcodes.h"
#include "xops.h"

const pv_opinfo pv_ops[OP_N] = {
#define OP(name, fmt, a, b, c, w, sem) { #name, FMT_##fmt, #a[0], #b[0], #c[0], #w[0], sem },
#include "pvm/opcodes.def"
#undef OP
};

const pv_xopinfo pv_xop_info[PV_XOP_N] = {
#define XOP(name, nargs, sem) { #name, nargs, sem },
#include "pvm/xops.def"
#undef XOP
};
