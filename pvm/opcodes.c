/*
 * opcodes.c - the opcode table expanded from opcodes.def.
 */
#include "opcodes.h"

const pv_opinfo pv_ops[OP_N] = {
#define OP(name, fmt, a, b, c, w, sem) { #name, FMT_##fmt, #a[0], #b[0], #c[0], #w[0], sem },
#include "pvm/opcodes.def"
#undef OP
};
