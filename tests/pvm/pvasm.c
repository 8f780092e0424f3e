/*
 * pvasm.c - one-function class images assembled by hand (pvasm.h). The
 * image is the compiler's kind: malloc'd, freed by pvi_free; a line per
 * word (its pc, so a trace names the word).
 */
#include <stdlib.h>
#include <string.h>
#include "pvm/load.h"
#include "pvm/opcodes.h"
#include "pvasm.h"

void
pva_begin(pva *a, const char *name, int nregs, int lang)
{
	memset(a, 0, sizeof *a);
	a->im = pvi_new();
	a->im->proto = calloc(1, sizeof(pvi_proto));
	a->im->nproto = 1;
	a->p = &a->im->proto[0];
	a->p->name = pvi_str(a->im, name, strlen(name));
	a->p->file = pvi_str(a->im, "t.pva", 5);
	a->p->nregs = (uint16_t)nregs;
	a->p->lang = (uint8_t)lang;
	a->im->func = calloc(1, sizeof(pvi_pair));
	a->im->func[0].name = a->p->name;
	a->im->nfunc = 1;
}

static uint32_t
konst(pva *a, pvi_const k)
{
	if (a->p->nk == a->kcap) {
		a->kcap = a->kcap ? 2 * a->kcap : 8;
		a->p->k = realloc(a->p->k, a->kcap * sizeof(pvi_const));
	}
	a->p->k[a->p->nk] = k;
	return a->p->nk++;
}

uint32_t
pva_kint(pva *a, int32_t i)
{
	return konst(a, (pvi_const){ .kind = PVI_KINT, .i = i });
}

uint32_t
pva_kfloat(pva *a, double f)
{
	return konst(a, (pvi_const){ .kind = PVI_KFLOAT, .f = f });
}

uint32_t
pva_emit(pva *a, uint32_t word)
{
	pvi_proto *p = a->p;
	if (p->ncode == a->cap) {
		a->cap = a->cap ? 2 * a->cap : 32;
		p->code = realloc(p->code, a->cap * 4);
		p->lines = realloc(p->lines, a->cap * 4);
	}
	p->code[p->ncode] = word;
	p->lines[p->ncode] = (int32_t)p->ncode;
	return p->ncode++;
}

uint32_t
pva_xop(pva *a, int dst, int b, int c, uint32_t xop)
{
	uint32_t pc = pva_emit(a, MK_ABC(OP_XOP, dst, b, c));
	pva_emit(a, xop);
	return pc;
}

uint8_t *
pva_bytes(pva *a, size_t *len)
{
	uint8_t *buf = NULL;
	if (pvi_write(a->im, &buf, len) != 0) {
		free(buf);
		return NULL;
	}
	return buf;
}

pv_value
pva_load(pva *a, pv_vm *vm, char *err, size_t errn)
{
	size_t len;
	uint8_t *buf = pva_bytes(a, &len);
	pv_image *im = buf ? pvi_read(buf, len, err, errn) : NULL;
	free(buf);
	if (!im)
		return PV_NULL;
	pv_value inits;
	int rc = pv_load(vm, im, &inits, err, errn);
	pv_value fn = rc == 0 ? pv_global_get(vm, im->str[im->func[0].name]) : PV_NULL;
	pvi_free(im);
	return fn;
}

void
pva_free(pva *a)
{
	pvi_free(a->im);
	a->im = NULL;
}
