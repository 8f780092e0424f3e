/*
 * jvmops.c - the JVM opcode table expanded from jvmops.def; entries the
 * list does not name (0xca..0xff) stay zero: name NULL.
 */
#include "jvmops.h"

const jvm_opinfo jvm_ops[256] = {
#define JOP(name, code, len, operands, pop, push) [code] = { #name, len, operands, pop, push },
#include "pvm/jvm/jvmops.def"
#undef JOP
};
