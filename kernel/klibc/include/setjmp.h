/*
 * setjmp.h - non-local jumps for i386 (kernel/klibc/setjmp.S).
 *
 * A jmp_buf holds the callee-saved registers ebx, esi, edi, ebp, then esp
 * and the return address, in that order. FreeType's rasteriser uses this to
 * abandon a glyph that overflows its work pool.
 */
#pragma once

typedef unsigned long jmp_buf[6];

int setjmp(jmp_buf env) __attribute__((returns_twice));
void longjmp(jmp_buf env, int val) __attribute__((noreturn));
