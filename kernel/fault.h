/*
 * fault.h - deliberate faults for testing the panic path.
 */
#pragma once
#include <stdint.h>

void fault_maybe_inject(void);
void fault_level1(int depth);
void fault_level2(int depth);
void fault_level3(int depth);
