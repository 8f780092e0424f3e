/*
 * jpath_host.h - class paths on the host (jpath_host.c).
 */
#pragma once
#include <stdint.h>
#include "pvm/jvm/jload.h"

/* A whole file, NUL-terminated (malloc'd; *len without the NUL), or NULL. */
uint8_t *pv_read_all(const char *path, size_t *len);
/* A source reading DIR/name.class from each directory of dirs (a
 * colon-separated list, kept by the caller) in turn. */
jv_source pv_jpath(const char *dirs);
/* The runtime's directory: $PVM_JRT, else jrt beside the running
 * program (build/host/jrt for build/host/pvm and desk); in buf. */
const char *pv_jrt_dir(char *buf, size_t n);
/* The runtime of directory dir (its classes.list and class files) into
 * vm, unless it has it: 0, or -1 with the reason in err. */
int pv_jload_runtime(pv_vm *vm, const char *dir, char *err, size_t errn);
