/*
 * long.c - making long values and comparing them with doubles (long.h).
 *
 * Invariant: a Long object holds a number outside the 31-bit range of a
 * small integer (pv_long never boxes one that fits), and its class is
 * the one pv_long_class finds. That class is not in vm->cls: classes.def's
 * list is an array in struct pv_vm, whose size is part of PV_VERSION, so
 * a class appended there would make every stored world unreadable. It is
 * the global "#Long" instead (a name no program can write, as group.c's
 * "#groups"), made by the first Long of a world, new or restored.
 */
#include "group.h"
#include "heap.h"
#include "long.h"
#include "map.h"
#include "str.h"

#define LONG_GLOBAL "#Long"

pv_class *
pv_long_class(pv_vm *vm)
{
	pv_value slot = vm->gindex ? pv_map_cget(vm->gindex, LONG_GLOBAL) : PV_NULL;
	if (pv_is_int(slot) && pv_is(vm->globals->v[pv_ival(slot)], PV_K_CLASS))
		return (pv_class *)vm->globals->v[pv_ival(slot)];
	/* the system's, as every built-in class: no app pays for it */
	uint32_t save = pv_cur_group;
	pv_cur_group = 0;
	pv_class *c = pv_class_new(vm, pv_intern(vm, "Long", 4), vm->cls[PV_C_OBJECT]);
	c->cflags = PV_CF_NATIVE;
	pv_global_set(vm, pv_str_cstr(vm, LONG_GLOBAL), pv_val(c));
	pv_cur_group = save;
	return c;
}

pv_value
pv_long(pv_vm *vm, int64_t x)
{
	if (x >= PV_INT_MIN && x <= PV_INT_MAX)
		return pv_mkint((int32_t)x);
	pv_longobj *o = pv_alloc(vm, PV_K_LONG, sizeof(pv_longobj), pv_long_class(vm));
	if (!o)
		return PV_NULL;
	o->v = x;
	return pv_val(o);
}

int
pv_long_cmp_double(int64_t x, double d)
{
	if (d != d)
		return 2;
	if (d >= 9223372036854775808.0)
		return -1;
	if (d < -9223372036854775808.0)
		return 1;
	int64_t t = (int64_t)d; /* in range: the truncation, exactly a double */
	if (x != t)
		return x < t ? -1 : 1;
	return d > (double)t ? -1 : d < (double)t ? 1 : 0;
}
