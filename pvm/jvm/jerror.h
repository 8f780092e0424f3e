/*
 * jerror.h - the VM's errors inside Java code as Java exceptions
 * (jerror.c): installed once per process, before Java code runs.
 */
#pragma once
#include "pvm/vm.h"

void pv_jerror_install(void);
