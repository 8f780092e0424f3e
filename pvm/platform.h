/*
 * platform.h - the few ephemeral services pvm needs from its host: output,
 * clocks and sleeping. Implemented by platform_host.c on the host and by the
 * kernel glue inside the OS. Nothing here lives in the arena.
 */
#pragma once
#include <stddef.h>
#include <stdint.h>

void pv_out(const char *s, size_t n); /* print(): one call per line */
void pv_err(const char *s, size_t n); /* error reports */
int64_t pv_time_ms(void);             /* wall clock, ms since 1970 */
int64_t pv_uptime_ms(void);           /* monotonic, ms since start */
void pv_uptime_set(int64_t ms);       /* restore: uptime continues from ms */
uint64_t pv_clock_ns(void);           /* monotonic ns, for GC pause stats */
void pv_idle_ms(int ms);              /* every thread sleeps: wait */
void pv_slice_end(void);              /* between two time slices */
uint32_t pv_random_seed(void);
/* A program's bytes to its standard output (fd 1) or error (fd 2), exactly
 * as given, in order with pv_out and pv_err (Java's System.out/err). */
void pv_write(int fd, const char *s, size_t n);
/* System.exit: on the host, flush and end the process with status; inside
 * Phantom it returns (an app is ended by its caller: the native throws). */
void pv_exit(int status);
