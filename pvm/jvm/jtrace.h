/*
 * jtrace.h - the Java stack trace of the current thread (jtrace.c), as
 * Throwable keeps it.
 */
#pragma once
#include "pvm/object.h"
#include "pvm/vm.h"

/* An Array of Strings, one per Java frame of the current thread from the
 * innermost: "java.util.ArrayList.get(ArrayList.java:42)", or
 * "(Unknown Source)" where the line is 0. Leaves out the skip innermost
 * Java frames, then the constructors and fillInStackTrace methods of
 * Throwable classes on top (the exception being made), and frames that
 * are no Java method (their key has no descriptor). An empty Array
 * outside a thread; PV_NULL when out of memory. */
pv_value pv_jvm_trace(pv_vm *vm, int skip);
/* The same text for frame i of thread th into buf; 0 if it is no Java
 * frame. */
int pv_jvm_frame_text(pv_thread *th, uint32_t i, char *buf, size_t n);
