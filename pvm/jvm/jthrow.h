/*
 * jthrow.h - throwing a Java exception from C (jthrow.c): an instance of
 * a runtime class, made without running a constructor, its message and
 * trace set as Throwable's constructors would.
 */
#pragma once
#include "pvm/object.h"
#include "pvm/vm.h"

/* Throw a new instance of the Java class global cls (an internal name,
 * "java/lang/NumberFormatException"): detailMessage (slot 0) the
 * formatted text (null if fmt is NULL), jtrace (slot 2) the current
 * thread's trace; set as the current thread's exception. If cls is not a
 * loaded class, a pvm error "java.lang.X: text" instead. Returns PV_ERR. */
int pv_jthrow(pv_vm *vm, const char *cls, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* A new instance of the Java class global cls with message msg and the
 * current thread's trace, no constructor run; 0 if cls is not loaded (or
 * out of memory). */
pv_value pv_jexception(pv_vm *vm, const char *cls, pv_value msg);
