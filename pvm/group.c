/*
 * group.c - apps' accounts and control (see group.h).
 *
 * Invariant: for every group g > 0, tab[g].bytes is the sum of the sizes
 * of the objects tagged g (charged when allocated, uncharged when the
 * sweep frees them or hands them to the system after g ended), and
 * tab[g].threads the number of live threads tagged g. The table is a Bytes
 * object (no references: the collector never looks inside); it is made by
 * the first launch, so a world that never launched an app has none and
 * everything in it is the system's.
 */
#include <stdio.h>
#include <string.h>
#include "gc.h"
#include "group.h"
#include "heap.h"
#include "platform.h"
#include "str.h"
#include "thread.h"

#define TABLE_NAME      "#groups" /* not an identifier: no program can name it */
#define FIRST_SLOTS     16
#define DEFAULT_THREADS 256 /* threads per app (docs/desktop.md) */
#define QUOTA_SHARE     2   /* an app may hold 1/QUOTA_SHARE of the heap */
#define BIGGEST_SHARE   4   /* the heap full, an app holding 1/4 of it takes the error */

uint32_t pv_cur_group;
static pv_group *tab; /* the records of the VM bound last */
static uint32_t ntab;

static pv_group *
records(pv_bytes *b)
{
	return (pv_group *)(((uintptr_t)b->b + 7) & ~(uintptr_t)7);
}

static uint32_t
capacity(pv_bytes *b)
{
	return b->n < 8 ? 0 : (uint32_t)((b->n - 8) / sizeof(pv_group));
}

void
pv_groups_bind(pv_vm *vm)
{
	pv_value v = pv_global_get(vm, TABLE_NAME);
	tab = NULL;
	ntab = 0;
	pv_cur_group = 0;
	if (!pv_is(v, PV_K_BYTES) || capacity((pv_bytes *)v) == 0)
		return;
	tab = records((pv_bytes *)v);
	ntab = capacity((pv_bytes *)v);
}

uint32_t
pv_groups_count(void)
{
	return ntab;
}

pv_group *
pv_group_at(uint32_t g)
{
	return g < ntab ? &tab[g] : NULL;
}

/* Room for n records (the system's record and every slot copied over);
 * false when out of memory. Charged to the system. */
static bool
grow(pv_vm *vm, uint32_t n)
{
	uint32_t save = pv_cur_group;
	pv_cur_group = 0;
	pv_bytes *b = pv_bytes_new(vm, (uint32_t)(n * sizeof(pv_group) + 8));
	pv_cur_group = save;
	if (!b)
		return false;
	pv_group *r = records(b);
	memset(r, 0, n * sizeof(pv_group));
	if (tab)
		memcpy(r, tab, ntab * sizeof(pv_group));
	else {
		r[0].state = PV_G_RUNNING;
		r[0].next_serial = 1;
		snprintf(r[0].name, sizeof r[0].name, "Desktop");
	}
	pv_global_set(vm, pv_str_cstr(vm, TABLE_NAME), pv_val(b));
	tab = r;
	ntab = n;
	return true;
}

static bool
reusable(const pv_group *r)
{
	return r->state == PV_G_FREE ||
	       (r->state == PV_G_ENDED && r->bytes == 0 && r->threads == 0);
}

uint32_t
pv_group_new(pv_vm *vm, const char *name, uint32_t flags)
{
	uint32_t g = 1;
	while (g < ntab && !reusable(&tab[g]))
		g++;
	if (g >= ntab) {
		uint32_t n = ntab ? ntab * 2 : FIRST_SLOTS;
		if (n > PV_GROUP_MAX)
			n = PV_GROUP_MAX;
		if (g >= n || !grow(vm, n))
			return 0;
	}
	pv_group *r = &tab[g];
	memset(r, 0, sizeof *r);
	r->state = PV_G_RUNNING;
	r->flags = flags;
	r->serial = tab[0].next_serial++;
	r->took_event = pv_uptime_ms();
	snprintf(r->name, sizeof r->name, "%s", name);
	return g;
}

uint32_t
pv_group_find(uint32_t serial)
{
	for (uint32_t g = 1; g < ntab; g++)
		if (tab[g].serial == serial && tab[g].state != PV_G_FREE)
			return g;
	return 0;
}

uint64_t
pv_group_quota(pv_vm *vm, uint32_t g)
{
	if (g && g < ntab && tab[g].max_bytes)
		return tab[g].max_bytes;
	return (uint64_t)(vm->heap.end - vm->heap.start) / QUOTA_SHARE;
}

/* What g may hold before it is told it is out of memory: its quota, and
 * once told, an eighth more, so that its handler can run (report, drop
 * what it holds) until it is back under the quota. */
static uint64_t
limit(pv_vm *vm, uint32_t g)
{
	uint64_t q = pv_group_quota(vm, g);
	return tab[g].told ? q + q / 8 : q;
}

bool
pv_group_fits(pv_vm *vm, uint32_t cs)
{
	uint32_t g = pv_cur_group;
	return !g || g >= ntab || tab[g].bytes + cs <= limit(vm, g);
}

bool
pv_group_charge(pv_vm *vm, pv_obj *o, uint32_t cs)
{
	uint32_t g = pv_cur_group;
	if (!g || g >= ntab)
		return true;
	pv_obj_set_group(o, g);
	pv_group *r = &tab[g];
	r->bytes += cs;
	if (r->told && r->bytes < pv_group_quota(vm, g))
		r->told = 0;
	return r->bytes <= limit(vm, g);
}

bool
pv_group_over(pv_vm *vm, uint32_t g)
{
	if (!g || g >= ntab || tab[g].bytes <= limit(vm, g))
		return false;
	tab[g].told = 1;
	return true;
}

void
pv_group_swept(pv_obj *o, bool freed)
{
	uint32_t g = pv_obj_group(o);
	if (!g || g >= ntab)
		return;
	pv_group *r = &tab[g];
	if (!freed && r->state != PV_G_ENDED)
		return; /* still its own */
	r->bytes -= o->size < r->bytes ? o->size : r->bytes;
	if (!freed)
		pv_obj_set_group(o, 0); /* outlived its app: the system's now */
}

bool
pv_group_may_start(uint32_t g)
{
	if (!g || g >= ntab)
		return true;
	uint32_t max = tab[g].max_threads ? tab[g].max_threads : DEFAULT_THREADS;
	return tab[g].threads < max && tab[g].state == PV_G_RUNNING;
}

void
pv_group_thread_started(pv_thread *th)
{
	uint32_t g = pv_obj_group(&th->h);
	if (!g || g >= ntab)
		return;
	tab[g].threads++;
	if (!tab[g].main)
		tab[g].main = th->id;
}

void
pv_group_end(pv_vm *vm, uint32_t g)
{
	if (!g || g >= ntab || tab[g].state == PV_G_FREE)
		return;
	pv_thread_drop_group(vm, g);
	tab[g].threads = 0;
	tab[g].state = PV_G_ENDED;
	tab[g].flags &= ~(uint32_t)PV_GF_PAUSED;
}

void
pv_group_thread_ended(pv_vm *vm, pv_thread *th, bool failed, const char *why)
{
	uint32_t g = pv_obj_group(&th->h);
	if (!g || g >= ntab)
		return;
	pv_group *r = &tab[g];
	if (r->threads)
		r->threads--;
	if (th->id == r->main && failed && (r->flags & PV_GF_APP)) {
		r->state = PV_G_CRASHED; /* its windows stay, marked, until closed */
		snprintf(r->error, sizeof r->error, "%s", why ? why : "");
		pv_thread_drop_group(vm, g);
		r->threads = 0;
	} else if ((th->id == r->main && (r->flags & PV_GF_APP)) || r->threads == 0) {
		if (r->state == PV_G_RUNNING)
			pv_group_end(vm, g);
	}
}

/* Throw a new instance of the class named cls (an Error if there is none,
 * in a world made before it), message msg, in g's first thread at its
 * next boundary, also out of a sleep. False if g has no such thread. */
static bool
throw_into(pv_vm *vm, uint32_t g, const char *cls_name, const char *text)
{
	if (!g || g >= ntab || tab[g].state != PV_G_RUNNING)
		return false;
	pv_thread *th = pv_thread_by_id(vm, tab[g].main);
	if (!th)
		return false;
	if (th->exc)
		return true; /* already on its way */
	pv_value cls = pv_global_get(vm, cls_name);
	pv_value msg = pv_str_cstr(vm, text);
	pv_value e = PV_NULL;
	uint32_t save = pv_cur_group;
	pv_cur_group = g;
	if (pv_is(cls, PV_K_CLASS) && ((pv_class *)cls)->nfields > 0) {
		pv_inst *o = pv_inst_new(vm, (pv_class *)cls);
		if (o) {
			o->f[0] = msg;
			e = pv_val(o);
		}
	}
	if (!e)
		e = pv_error_new(vm, msg);
	pv_cur_group = save;
	if (!e)
		return false;
	PV_SET(vm, th, th->exc, e);
	th->wake = 0;
	th->state = PV_TS_READY;
	return true;
}

bool
pv_group_interrupt(pv_vm *vm, uint32_t g)
{
	return throw_into(vm, g, "Interrupted", "interrupted");
}

bool
pv_group_heap_full(pv_vm *vm, uint32_t culprit)
{
	uint32_t big = 0;
	for (uint32_t g = 1; g < ntab; g++)
		if (tab[g].state == PV_G_RUNNING && (!big || tab[g].bytes > tab[big].bytes))
			big = g;
	if (!big || big == culprit ||
	    tab[big].bytes < (uint64_t)(vm->heap.end - vm->heap.start) / BIGGEST_SHARE)
		return false;
	char msg[120];
	snprintf(msg, sizeof msg,
	         "out of memory: the heap is full, and this app holds the most of it (%u MiB)",
	         (unsigned)(tab[big].bytes >> 20));
	return throw_into(vm, big, "Error", msg);
}

void
pv_group_pause(uint32_t g, bool paused)
{
	if (!g || g >= ntab)
		return;
	if (paused)
		tab[g].flags |= PV_GF_PAUSED;
	else
		tab[g].flags &= ~(uint32_t)PV_GF_PAUSED;
}

bool
pv_group_paused(const pv_thread *th)
{
	uint32_t g = pv_obj_group(&th->h);
	return g && g < ntab && (tab[g].flags & PV_GF_PAUSED);
}

void
pv_group_ran(uint32_t g, uint64_t ns)
{
	if (g && g < ntab)
		tab[g].cpu_ns += ns;
}
