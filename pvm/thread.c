/*
 * thread.c - pvm threads: creation, frame pushing, the round-robin
 * scheduler, restartable waits and the report of an uncaught error (the
 * Thread natives are in natives/threadlib.c).
 *
 * A thread is all heap: a register stack (pv_vals), frame records
 * (pv_frames) and try handlers (pv_vals of ints). The scheduler runs each
 * READY thread for one time slice of pv_interp (PV_SLICE instructions, or
 * less if it blocks or traps), and runs a GC step between slices, which is
 * a safepoint: every thread is stopped at an instruction boundary.
 */
#include <stdio.h>
#include <string.h>
#include "gc.h"
#include "group.h"
#include "heap.h"
#include "interp.h"
#include "platform.h"
#include "str.h"
#include "thread.h"

#define STACK_MAX (1u << 22)

void (*pv_idle_hook)(int ms);

static void
add_thread(pv_vm *vm, pv_thread *th)
{
	if (vm->nthreads == vm->threads->n) {
		pv_vals *v = pv_vals_new(vm, vm->threads->n * 2);
		memcpy(v->v, vm->threads->v, vm->nthreads * sizeof(pv_value));
		vm->threads = v;
	}
	PV_SET(vm, vm->threads, vm->threads->v[vm->nthreads], pv_val(th));
	vm->nthreads++;
}

pv_thread *
pv_thread_new(pv_vm *vm, pv_value fn)
{
	pv_thread *th = pv_alloc(vm, PV_K_THREAD, sizeof(pv_thread), vm->cls[PV_C_THREAD]);
	th->stack = pv_vals_new(vm, 256);
	pv_gc_mark_stack(th->stack);
	th->frames = pv_alloc(vm, PV_K_FRAMES, sizeof(pv_frames) + 16 * sizeof(pv_frame), NULL);
	th->frames->n = 16;
	th->handlers = pv_vals_new(vm, 24);
	th->id = ++vm->next_id;
	th->fn = fn;
	th->state = PV_TS_READY;
	add_thread(vm, th);
	pv_group_thread_started(th);
	return th;
}

static int
grow_frames(pv_vm *vm, pv_thread *th)
{
	uint32_t n = th->frames->n * 2;
	pv_frames *f = pv_alloc(vm, PV_K_FRAMES, sizeof(pv_frames) + n * sizeof(pv_frame), NULL);
	if (!f)
		return pv_oom(vm);
	f->n = n;
	memcpy(f->f, th->frames->f, th->nframes * sizeof(pv_frame));
	th->frames = f;
	PV_WB(vm, th, pv_val(f));
	return PV_OK;
}

static int
grow_stack(pv_vm *vm, pv_thread *th, uint32_t need)
{
	uint32_t n = th->stack->n;
	while (n < need)
		n *= 2;
	if (n > STACK_MAX)
		return pv_throw_k(vm, PV_E_STACK, 0, 0, "stack overflow");
	pv_vals *s = pv_vals_new(vm, n);
	if (!s)
		return pv_oom(vm);
	memcpy(s->v, th->stack->v, th->stack->n * sizeof(pv_value));
	pv_gc_mark_stack(s);
	th->stack = s;
	PV_WB(vm, th, pv_val(s));
	return PV_OK;
}

int
pv_stack_reserve(pv_vm *vm, pv_thread *th, uint32_t need)
{
	return need <= th->stack->n ? PV_OK : grow_stack(vm, th, need);
}

/* Push an activation of cl whose nvals parameter values (for a method:
 * this first) are already at stack[base..]. */
int
pv_thread_push(pv_vm *vm, pv_thread *th, pv_closure *cl, uint32_t base, int nvals, int32_t ret,
               uint32_t flags)
{
	pv_proto *p = cl->p;
	if (nvals != p->nparams + p->is_method) {
		const char *cn = cl->cls && p->is_method ? cl->cls->name->s : NULL;
		return pv_throw(vm, "wrong argument count: %s%s%s takes %d, got %d", cn ? cn : "",
		                cn ? "." : "", p->name->s, p->nparams, nvals - p->is_method);
	}
	if (th->nframes >= PV_MAX_FRAMES)
		return pv_throw_k(vm, PV_E_STACK, 0, 0, "stack overflow");
	if (th->nframes == th->frames->n && grow_frames(vm, th) != PV_OK)
		return PV_ERR;
	uint32_t top = base + p->nregs + 4;
	if (top > th->stack->n && grow_stack(vm, th, top) != PV_OK)
		return PV_ERR;
	memset(&th->stack->v[base + nvals], 0, (p->nregs - nvals + 4) * sizeof(pv_value));
	pv_frame *f = &th->frames->f[th->nframes++];
	f->cl = cl;
	f->pc = 0;
	f->base = base;
	f->ret = ret;
	f->flags = flags | PV_FR_FRESH;
	return PV_OK;
}

/* A thread that will run fn(args). */
pv_thread *
pv_thread_start(pv_vm *vm, pv_closure *fn, pv_value *args, int nargs)
{
	if (!pv_group_may_start(pv_cur_group)) {
		pv_throw(vm, "too many threads: the app has its quota of them");
		return NULL;
	}
	pv_thread *th = pv_thread_new(vm, pv_val(fn));
	th->stack->v[0] = pv_val(fn);
	for (int i = 0; i < nargs; i++)
		th->stack->v[1 + i] = args[i];
	pv_thread *save = vm->cur;
	vm->cur = th;
	if (pv_thread_push(vm, th, fn, 1, nargs, 0, 0) != PV_OK)
		th->state = PV_TS_FAILED;
	vm->cur = save;
	return th;
}

/* ---------------------------------------------------------------- report */

static void
err_text(const char *s)
{
	pv_err(s, strlen(s));
}

/* An uncaught error's trace shows the TRACE_INNER innermost frames and the
 * TRACE_OUTER outermost, and counts the rest. */
#define TRACE_INNER 16
#define TRACE_OUTER 4

/* exc's message as a string, or NULL: an Error's message, a Java
 * Throwable's detailMessage (its field 0, pvm/jvm/rt/java/lang/Throwable). */
static pv_value
exc_message(pv_vm *vm, pv_value exc)
{
	pv_value msg = PV_NULL;
	pv_class *c = pv_class_of(vm, exc);
	if (pv_is(exc, PV_K_INST) && ((pv_inst *)exc)->n > 0) {
		for (pv_class *k = c; k; k = k->super)
			if (k == vm->cls[PV_C_ERROR])
				msg = ((pv_inst *)exc)->f[0];
		if (c->fields && c->nfields > 0 && pv_is_str(c->fields->v[0]) &&
		    strcmp(PV_STR(c->fields->v[0])->s, "detailMessage") == 0)
			msg = ((pv_inst *)exc)->f[0];
	}
	if (!msg && !pv_is(exc, PV_K_INST))
		msg = pv_tostr_simple(vm, exc);
	if (msg && !pv_is_str(msg))
		msg = pv_tostr_simple(vm, msg);
	return msg;
}

static void
headline(pv_vm *vm, pv_value exc, char *buf, size_t n)
{
	pv_value msg = exc_message(vm, exc);
	snprintf(buf, n, "Uncaught %s%s%s\n", pv_class_of(vm, exc)->name->s, msg ? ": " : "",
	         msg ? PV_STR(msg)->s : "");
}

static void
frame_line(pv_thread *th, int i, char *buf, size_t n)
{
	pv_frame *f = &th->frames->f[i];
	pv_proto *p = f->cl->p;
	int line = f->pc < p->ncode ? PV_LINES(p)[f->pc] : 0;
	const char *cn = p->is_method && f->cl->cls ? f->cl->cls->name->s : NULL;
	snprintf(buf, n, "    at %s%s%s (%s:%d)\n", cn ? cn : "", cn ? "." : "", p->name->s,
	         p->file->s, line);
}

void
pv_report(pv_vm *vm, pv_thread *th, pv_value exc)
{
	char buf[600];
	headline(vm, exc, buf, sizeof buf);
	err_text(buf);
	for (int i = (int)th->nframes - 1; i >= 0; i--) {
		if (i == (int)th->nframes - 1 - TRACE_INNER && i >= TRACE_OUTER) {
			/* a runaway recursion's 20,000 frames: the ends tell */
			snprintf(buf, sizeof buf, "    ... %d more frames ...\n",
			         i + 1 - TRACE_OUTER);
			err_text(buf);
			i = TRACE_OUTER;
			continue;
		}
		frame_line(th, i, buf, sizeof buf);
		err_text(buf);
	}
	if (th != vm->main) {
		snprintf(buf, sizeof buf, "    in thread %u\n", th->id);
		err_text(buf);
	}
}

void
pv_report_short(pv_vm *vm, pv_thread *th, pv_value exc, char *buf, size_t n)
{
	headline(vm, exc, buf, n);
	for (int i = (int)th->nframes - 1, k = 0; i >= 0 && k < 3; i--, k++) {
		size_t at = strlen(buf);
		if (at + 2 >= n)
			break;
		frame_line(th, i, buf + at, n - at);
	}
}

/* ---------------------------------------------------------------- scheduler */

static void
remove_thread(pv_vm *vm, uint32_t i)
{
	vm->threads->v[i] = vm->threads->v[--vm->nthreads];
	vm->threads->v[vm->nthreads] = PV_NULL;
}

/* No longer run, nor rescanned by the collector's atomic step. */
static void
retire(pv_thread *th, uint32_t state)
{
	th->state = state;
	th->nframes = 0;
	th->nhandlers = 0;
}

uint32_t
pv_thread_drop_group(pv_vm *vm, uint32_t g)
{
	uint32_t n = 0;
	for (uint32_t i = vm->nthreads; i-- > 0;) {
		pv_thread *t = (pv_thread *)vm->threads->v[i];
		if (pv_obj_group(&t->h) != g || t == vm->cur)
			continue;
		retire(t, PV_TS_DONE);
		t->exc = PV_NULL;
		remove_thread(vm, i);
		n++;
	}
	return n;
}

pv_thread *
pv_thread_by_id(pv_vm *vm, uint32_t id)
{
	for (uint32_t i = 0; i < vm->nthreads; i++) {
		pv_thread *t = (pv_thread *)vm->threads->v[i];
		if (t->id == id)
			return t;
	}
	return NULL;
}

/* Next thread to run after index `after`, waking sleepers; -1 if none
 * is ready (*wait: ms until the earliest sleeper, or -1 if none). */
static int
pick(pv_vm *vm, uint32_t after, int64_t *wait)
{
	int64_t now = pv_uptime_ms();
	*wait = -1;
	for (uint32_t k = 1; k <= vm->nthreads; k++) {
		uint32_t i = (after + k) % vm->nthreads;
		pv_thread *t = (pv_thread *)vm->threads->v[i];
		if (pv_group_paused(t))
			continue;
		if (t->state == PV_TS_SLEEP && t->wake <= now)
			t->state = PV_TS_READY;
		if (t->state == PV_TS_READY)
			return (int)i;
		if (t->state == PV_TS_SLEEP && (*wait < 0 || t->wake - now < *wait))
			*wait = t->wake - now;
	}
	return -1;
}

/* A small allocation went past the heap's limit or the running app's
 * quota (heap.c): collect, and if that did not help, throw in the thread
 * that ran out, at its boundary. An app over its quota gets the error
 * while every other app and the desktop keep allocating; when the heap
 * itself is full, the app holding the most of it does (group.h). */
static void
out_of_memory(pv_vm *vm, pv_thread *th)
{
	uint32_t g = pv_cur_group;
	vm->oom = 0;
	pv_gc_full(vm);
	if (pv_group_over(vm, g))
		pv_throw_k(vm, PV_E_OOM, 0, 0, "out of memory: the app holds %u MiB, its quota",
		           (unsigned)(pv_group_quota(vm, g) >> 20));
	else if (vm->heap.live > (vm->heap.end - vm->heap.start) / 4 * 3 &&
	         !pv_group_heap_full(vm, g))
		pv_throw_k(vm, PV_E_OOM, 0, 0, "out of memory");
}

/* Run every thread until the main thread ends; 0 if it returned, 1 if it
 * died of an uncaught error (or another thread did). A world (vm->world:
 * the OS's persistent VM) has no main and never returns: with nothing to
 * run it idles, which is a safepoint too. */
int
pv_schedule(pv_vm *vm)
{
	uint32_t at = 0;
	pv_groups_bind(vm);
	for (;;) {
		int64_t wait;
		if (vm->nthreads == 0 && !vm->world)
			return 1;
		int i = pick(vm, at, &wait);
		if (i < 0) {
			if (wait < 0 && !vm->world)
				return 1; /* deadlock: nothing can run */
			int ms = (int)(wait < 0 || wait > 50 ? 50 : wait);
			if (pv_idle_hook)
				pv_idle_hook(ms);
			else
				pv_idle_ms(ms);
			continue;
		}
		at = (uint32_t)i;
		pv_thread *th = (pv_thread *)vm->threads->v[i];
		vm->cur = th;
		pv_cur_group = pv_obj_group(&th->h);
		uint64_t t0 = pv_clock_ns();
		int rc = pv_interp(vm, th);
		if (vm->oom_retry == 1 && rc == PV_RUN_BLOCKED) {
			vm->oom_retry = 2; /* collect, then run the instruction again */
			pv_gc_full(vm);
		} else
			vm->oom_retry = 0;
		if (vm->oom && rc != PV_RUN_DONE && rc != PV_RUN_FAILED)
			out_of_memory(vm, th);
		pv_group_ran(pv_cur_group, pv_clock_ns() - t0);
		pv_cur_group = 0;
		vm->cur = NULL;
		if (rc == PV_RUN_DONE || rc == PV_RUN_FAILED) {
			char why[200] = "";
			if (rc == PV_RUN_FAILED && th->exc)
				pv_report_short(vm, th, th->exc, why, sizeof why);
			retire(th, rc == PV_RUN_DONE ? PV_TS_DONE : PV_TS_FAILED);
			vm->failed |= rc == PV_RUN_FAILED;
			remove_thread(vm, (uint32_t)i);
			if (th == vm->main)
				return rc == PV_RUN_DONE ? 0 : 1;
			pv_group_thread_ended(vm, th, rc == PV_RUN_FAILED, why);
		}
		pv_gc_safepoint(vm);
		pv_slice_end();
	}
}

/* ---------------------------------------------------------------- waits */

int
pv_wait(pv_vm *vm, int64_t ms)
{
	pv_thread *th = vm->cur;
	int64_t now = pv_uptime_ms();
	if (th->wake == 0) {
		int64_t until = ms < 0 ? PV_FOREVER : now + ms;
		th->wake = until > 0 ? until : 1; /* 0 means "not waiting" */
	} else if (now >= th->wake) {
		th->wake = 0;
		return PV_OK;
	}
	th->state = PV_TS_SLEEP;
	return PV_BLOCK;
}
