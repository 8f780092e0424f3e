/*
 * jerror.c - errors the VM raises inside Java code become the JVM's
 * exceptions: a null receiver a NullPointerException, an index out of
 * range an ArrayIndexOutOfBoundsException ("Index 5 out of bounds for
 * length 3"), integer division by zero an ArithmeticException ("/ by
 * zero"), and so on, made directly (no constructor runs: the message and
 * trace slots are Throwable's first fields) so a handler's class filter
 * sees them as javac's code expects.
 *
 * Invariant: the hook answers only for a Java frame and only when the
 * runtime's exception class is loaded; otherwise the error stays pvm's own
 * Error, as in .ph code.
 */
#include <stdio.h>
#include "pvm/heap.h"
#include "pvm/jvm/jerror.h"
#include "pvm/jvm/jthrow.h"
#include "pvm/str.h"

static const char *const classes[PV_E_N] = {
	[PV_E_NULL] = "java/lang/NullPointerException",
	[PV_E_INDEX] = "java/lang/ArrayIndexOutOfBoundsException",
	[PV_E_ARITH] = "java/lang/ArithmeticException",
	[PV_E_NEGSIZE] = "java/lang/NegativeArraySizeException",
	[PV_E_CAST] = "java/lang/ClassCastException",
	[PV_E_OOM] = "java/lang/OutOfMemoryError",
	[PV_E_STACK] = "java/lang/StackOverflowError",
	[PV_E_STORE] = "java/lang/ArrayStoreException",
};

static pv_value
hook(pv_vm *vm, int kind, int32_t x, int32_t y, pv_value msg)
{
	if (kind <= PV_E_ERROR || kind >= PV_E_N || !pv_java_frame(vm))
		return 0;
	char buf[120];
	pv_value m = PV_NULL;
	switch (kind) {
	case PV_E_INDEX:
		snprintf(buf, sizeof buf, "Index %d out of bounds for length %d", x, y);
		m = pv_str_cstr(vm, buf);
		break;
	case PV_E_ARITH:
		m = pv_str_cstr(vm, "/ by zero");
		break;
	case PV_E_NEGSIZE:
		snprintf(buf, sizeof buf, "%d", x);
		m = pv_str_cstr(vm, buf);
		break;
	case PV_E_CAST:
	case PV_E_STORE:
		m = msg;
		break;
	case PV_E_OOM:
		m = pv_str_cstr(vm, "Java heap space");
		break;
	default:
		break;
	}
	return pv_jexception(vm, classes[kind], m);
}

void
pv_jerror_install(void)
{
	pv_error_hook = hook;
}
