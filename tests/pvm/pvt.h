/*
 * pvt.h - the fixture of pvm's unit tests (tests/pvm, on the harness of
 * tests/unit/test.h): a test opens a fresh VM with the library open
 * (pvt_open) and ends with pvt_close, which runs a full collection and
 * fails the test if the heap check finds anything wrong.
 */
#pragma once
#include <stdbool.h>
#include "pvm/classimage.h"
#include "pvm/vm.h"

extern pv_vm *pvt_vm; /* the test's VM */

/* A fresh VM (closing one a stopped test left); false if none. */
bool pvt_open(void);
void pvt_close(void);
/* text compiled as t.ph against pvt_vm: the image, or NULL and errors. */
pv_image *pvt_compile(const char *text, char **errs, int *nerr);
/* 0 if text fails to compile with want (e.g. "t.ph:1:22:") among its
 * errors; else 1, after printing them. */
int pvt_expect_error(const char *text, const char *want);
/* Compile text, run its main(): the exit status (0 returned, 1 uncaught
 * error, 2 compile errors). */
int pvt_run(const char *text);
