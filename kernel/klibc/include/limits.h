/*
 * limits.h - integer limits, taken from gcc's own header.
 *
 * gcc's limits.h wants to chain to a C library's limits.h unless
 * _LIBC_LIMITS_H_ says one has already been seen; under -nostdinc there is
 * none, so say so and let gcc's header define everything.
 */
#pragma once
#define _LIBC_LIMITS_H_ 1
#include_next <limits.h>
