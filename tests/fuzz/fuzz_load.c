/*
 * fuzz_load.c - libFuzzer target: bytes as a class image (.pvc), through the
 * path `pvm run X.pvc` takes (pvi_read, which verifies, then pv_load, then
 * main() under a slice budget), plus `pvm disasm` on what verifies.
 *
 * Oracles, besides the sanitizers and the heap check after every run: a
 * refused image has an error message; an accepted image writes back to the
 * very bytes it was read from (the reserved header field aside), so reader
 * and writer agree on the format; a load that pv_load refuses defines none
 * of the image's classes and functions (load.c promises to refuse before
 * defining anything). Invariant: nothing the verifier refused reaches
 * pv_load, and everything it accepted runs without a crash.
 */
#include <stdlib.h>
#include <string.h>
#include "pvm/classimage.h"
#include "pvm/disasm.h"
#include "pvm/load.h"
#include "pvm/map.h"
#include "pvm/str.h"
#include "fuzz_vm.h"

/* pvi_write(pvi_read(data)) == data, except the reserved u16 at byte 6. */
static void
check_roundtrip(const pv_image *im, const uint8_t *data, size_t size)
{
	uint8_t *buf;
	size_t len;
	pvi_write(im, &buf, &len);
	if (len != size || memcmp(buf, data, 6) != 0 || memcmp(buf + 8, data + 8, size - 8) != 0)
		fz_fail("image does not write back to the bytes it was read from", NULL);
	free(buf);
}

/* The value of the global named by image string s, 0 if none. */
static pv_value
global_of(pv_vm *vm, const pv_image *im, uint32_t s)
{
	pv_value idx;
	pv_value key = pv_intern(vm, im->str[s], im->slen[s]);
	if (!vm->gindex || !pv_map_get(vm->gindex, key, &idx))
		return 0;
	return vm->globals->v[pv_ival(idx)];
}

/* Which of the image's class and function names are defined, one byte
 * each (classes first); malloc'd. */
static char *
defined_names(pv_vm *vm, const pv_image *im)
{
	char *d = calloc(im->nclass + im->nfunc + 1, 1);
	for (uint32_t i = 0; i < im->nclass; i++)
		d[i] = global_of(vm, im, im->cls[i].name) != 0;
	for (uint32_t i = 0; i < im->nfunc; i++)
		d[im->nclass + i] = global_of(vm, im, im->func[i].name) != 0;
	return d;
}

static void
load_and_run(pv_vm *vm, const pv_image *im)
{
	char err[300] = "";
	pv_value inits = PV_NULL;
	char *before = defined_names(vm, im);
	if (pv_load(vm, im, &inits, err, sizeof err) == 0)
		fz_run_main(vm, inits);
	else {
		if (!err[0])
			fz_fail("load refused without an error message", NULL);
		char *after = defined_names(vm, im);
		if (memcmp(before, after, im->nclass + im->nfunc) != 0)
			fz_fail("a refused load defined names", err);
		free(after);
	}
	free(before);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[300] = "";
	pv_image *im = pvi_read(data, size, err, sizeof err);
	if (!im) {
		if (!err[0])
			fz_fail("image refused without an error message", NULL);
		return 0;
	}
	check_roundtrip(im, data, size);
	pvi_disasm(im, fz_discard, NULL);
	pv_vm *vm = fz_vm_open();
	load_and_run(vm, im);
	pvi_free(im);
	fz_vm_close(vm);
	return 0;
}
