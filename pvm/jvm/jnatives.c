/*
 * jnatives.c - the table of jnatives.def as the library module "java"
 * (module.h), the converter's lookup into it, and the helpers the
 * natives of jn*.c share.
 *
 * Invariant: defs[i] describes jnatives.def's line i and is native number
 * PV_JNATIVE_BASE + i; it is filled once, before the module is registered,
 * and never changes after.
 */
#include <string.h>
#include "pvm/module.h"
#include "jnatives.h"
#include "jthrow.h"

static const struct {
	const char *cls, *key;
	pv_cfn fn;
} jtable[] = {
#define JNAT(cls, key, fn) { cls, key, fn },
#include "pvm/jvm/jnatives.def"
#undef JNAT
};
#define NJ (sizeof jtable / sizeof jtable[0])

static pv_natdef defs[NJ];
static pv_module jmod = { "java", PV_JNATIVE_BASE, defs, NJ, NULL, 0, NULL, 0 };

/* The number of parameters of a method descriptor "name(...)R". */
static int
arity(const char *key)
{
	const char *p = strchr(key, '(');
	int n = 0;
	if (!p)
		return -1;
	for (p++; *p && *p != ')'; p++) {
		while (*p == '[')
			p++;
		if (*p == 'L')
			while (*p && *p != ';')
				p++;
		n++;
	}
	return n;
}

void
pv_jnatives_register(void)
{
	static bool done;
	if (done)
		return;
	for (uint32_t i = 0; i < NJ; i++) {
		defs[i].cls = 0;
		defs[i].name = jtable[i].key;
		defs[i].arity = arity(jtable[i].key);
		defs[i].kind = PV_NAT_M;
		defs[i].fn = jtable[i].fn;
	}
	pv_module_register(&jmod);
	done = true;
}

const pv_natdef *
pv_jnative_find(const char *cls, const char *key, uint32_t *index)
{
	pv_jnatives_register();
	for (uint32_t i = 0; i < NJ; i++)
		if (strcmp(jtable[i].key, key) == 0 && strcmp(jtable[i].cls, cls) == 0) {
			*index = PV_JNATIVE_BASE + i;
			return &defs[i];
		}
	return NULL;
}

uint32_t
pv_jnatives_count(void)
{
	return NJ;
}

/* ---------------------------------------------------------------- helpers */

int
jn_ret(pv_vm *vm, pv_value *a, pv_value v)
{
	if (!v)
		return pv_oom(vm);
	a[0] = v;
	return PV_OK;
}

int
jn_reti(pv_vm *vm, pv_value *a, int32_t v)
{
	a[0] = pv_int(vm, v);
	return PV_OK;
}

int
jn_retd(pv_vm *vm, pv_value *a, double v)
{
	return jn_ret(vm, a, pv_float_new(vm, v));
}

int
jn_retl(pv_vm *vm, pv_value *a, int64_t v)
{
	return jn_ret(vm, a, pv_long(vm, v));
}

int
jn_npe(pv_vm *vm)
{
	return pv_jthrow(vm, "java/lang/NullPointerException", NULL);
}

pv_array *
jn_array(pv_vm *vm, uint32_t n, pv_value v)
{
	pv_array *r = pv_array_new(vm, n);
	if (!r)
		return NULL;
	for (uint32_t i = 0; i < n; i++)
		r->items->v[i] = v;
	r->len = n;
	return r;
}
