/*
 * errno.h - error numbers for the few klibc functions that set errno.
 *
 * The kernel keeps one global errno (strtol's ERANGE); it is not per
 * thread, so nothing may rely on it across a possible preemption.
 */
#pragma once

extern int errno;

#define EDOM   33
#define ERANGE 34
#define ENOMEM 12
#define EINVAL 22
