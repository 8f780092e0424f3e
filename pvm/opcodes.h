/*
 * opcodes.h - the instruction set, expanded from opcodes.def: the enum, the
 * field accessors and the per-opcode format and operand kinds (used by the
 * verifier, the disassembler and the compiler).
 */
#pragma once
#include <stdint.h>

enum pv_op {
#define OP(name, fmt, a, b, c, w, sem) OP_##name,
#include "pvm/opcodes.def"
#undef OP
	OP_N
};

enum pv_fmt { FMT_ABC, FMT_ABx, FMT_AsBx, FMT_SJ, FMT_ABCW };

typedef struct pv_opinfo {
	const char *name;
	uint8_t fmt;
	char a, b, c, w;
	const char *sem;
} pv_opinfo;

extern const pv_opinfo pv_ops[OP_N];

#define I_OP(i)  ((i)&0xff)
#define I_A(i)   (((i) >> 8) & 0xff)
#define I_B(i)   (((i) >> 16) & 0xff)
#define I_C(i)   ((i) >> 24)
#define I_Bx(i)  ((i) >> 16)
#define I_sBx(i) ((int32_t)(int16_t)((i) >> 16))
#define I_sB(i)  ((int32_t)(int8_t)((i) >> 16))
#define I_sC(i)  ((int32_t)(int8_t)((i) >> 24))
#define I_sJ(i)  ((int32_t)(i) >> 8)

#define MK_ABC(op, a, b, c)                                                 \
	((uint32_t)(op) | (uint32_t)(a) << 8 | (uint32_t)((b)&0xff) << 16 | \
	 (uint32_t)((c)&0xff) << 24)
#define MK_ABx(op, a, bx) ((uint32_t)(op) | (uint32_t)(a) << 8 | (uint32_t)((bx)&0xffff) << 16)
#define MK_SJ(op, j)      ((uint32_t)(op) | (uint32_t)(j) << 8)

static inline int
pv_op_len(uint32_t op)
{
	return op < OP_N && pv_ops[op].fmt == FMT_ABCW ? 2 : 1;
}
