/*
 * jvmops.h - the JVM instruction set, expanded from jvmops.def: the enum
 * (JVM_IADD == 0x60: every value is its opcode), the table indexed by
 * opcode byte (unknown opcodes 0xca..0xff have name NULL) and big-endian
 * operand readers. Names are the mnemonics in capitals ("IADD").
 */
#pragma once
#include <stdint.h>

enum jvm_op {
#define JOP(name, code, len, operands, pop, push) JVM_##name = code,
#include "pvm/jvm/jvmops.def"
#undef JOP
	JVM_NOPS /* 0xca: one past the last instruction */
};

typedef struct jvm_opinfo {
	const char *name;     /* NULL: not an instruction */
	uint8_t len;          /* bytes with the opcode; 0: variable (switches, wide) */
	const char *operands; /* kinds as in jvmops.def */
	int8_t pop, push;     /* slots, -1: depends on a descriptor or operand */
} jvm_opinfo;

extern const jvm_opinfo jvm_ops[256];

static inline uint16_t
jvm_u16(const uint8_t *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

static inline int16_t
jvm_s16(const uint8_t *p)
{
	return (int16_t)jvm_u16(p);
}

static inline uint32_t
jvm_u32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static inline int32_t
jvm_s32(const uint8_t *p)
{
	return (int32_t)jvm_u32(p);
}
