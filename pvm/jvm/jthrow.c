/*
 * jthrow.c - Java exceptions made in C (jthrow.h).
 *
 * Invariant: the exception has the layout of java/lang/Throwable (fields
 * detailMessage, cause, jtrace first), which jvm/rt/java/lang/Throwable.java
 * declares in that order; an instance with fewer than three fields is
 * thrown without message and trace rather than written past its end.
 */
#include <stdarg.h>
#include <stdio.h>
#include "pvm/gc.h"
#include "pvm/heap.h"
#include "pvm/str.h"
#include "jthrow.h"
#include "jtrace.h"

int
pv_jthrow(pv_vm *vm, const char *cls, const char *fmt, ...)
{
	pv_value msg = PV_NULL;
	char small[300] = "";
	if (fmt) { /* the whole message: a long input string is quoted whole */
		va_list ap, ap2;
		va_start(ap, fmt);
		va_copy(ap2, ap);
		int n = vsnprintf(small, sizeof small, fmt, ap);
		va_end(ap);
		if (n >= (int)sizeof small && (msg = pv_str_new(vm, NULL, (size_t)n)) != PV_NULL) {
			vsnprintf(PV_STR(msg)->s, (size_t)n + 1, fmt, ap2);
			uint32_t chars = 0;
			for (int i = 0; i < n; i++)
				chars += ((unsigned char)PV_STR(msg)->s[i] & 0xc0) != 0x80;
			PV_STR(msg)->nchars = chars;
		}
		va_end(ap2);
	}
	pv_value e = pv_jexception(vm, cls, fmt ? (msg ? msg : pv_str_cstr(vm, small)) : PV_NULL);
	if (!e) {
		if (pv_is(pv_global_get(vm, cls), PV_K_CLASS))
			return pv_oom(vm);
		char name[120];
		snprintf(name, sizeof name, "%s", cls);
		for (char *p = name; *p; p++)
			if (*p == '/')
				*p = '.';
		return fmt ? pv_throw(vm, "%s: %s", name, msg ? PV_STR(msg)->s : small)
		           : pv_throw(vm, "%s", name);
	}
	if (vm->cur)
		PV_SET(vm, vm->cur, vm->cur->exc, e);
	return PV_ERR;
}

pv_value
pv_jexception(pv_vm *vm, const char *cls, pv_value msg)
{
	pv_value c = pv_global_get(vm, cls);
	if (!pv_is(c, PV_K_CLASS))
		return 0;
	pv_inst *e = pv_inst_new(vm, (pv_class *)c);
	if (!e)
		return 0;
	if (e->n >= 3) {
		e->f[0] = msg;
		pv_value t = pv_jvm_trace(vm, 0);
		PV_SET(vm, e, e->f[2], t);
	}
	return pv_val(e);
}
