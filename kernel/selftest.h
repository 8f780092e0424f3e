/*
 * selftest.h - in-kernel tests of the core, run with phantom.selftest=1.
 */
#pragma once

void selftest_maybe_run(void);
