/*
 * sched.c - kernel threads, the round-robin scheduler, sleeping.
 *
 * States: RUNNING (current), RUNNABLE (on the run queue), BLOCKED (on a
 * wait queue, maybe with a deadline), SLEEPING (deadline only), DEAD.
 * Uniprocessor: all scheduler state is touched only with interrupts off.
 * schedule() is entered with interrupts off and returns with them off, in
 * the same thread once it is picked again. The tick preempts the current
 * thread after PARAM_TIMESLICE_MS if another is runnable; a wake-up from an
 * IRQ preempts at once at the end of that IRQ (input latency).
 * The idle thread is never on the run queue; it runs when nothing else can.
 */
#include <string.h>
#include "arch.h"
#include "kheap.h"
#include "kstack.h"
#include "klog.h"
#include "param.h"
#include "sched_impl.h"
#include "timer.h"

static struct thread *all[PARAM_MAX_THREADS];
static struct thread *current, *idle;
static struct thread *zombies; /* exited, stacks not yet freed */
static struct waitq runq;
static uint64_t slice_start;
static int need_resched;

void
waitq_push(struct waitq *q, struct thread *t)
{
	t->next = NULL;
	if (q->tail)
		q->tail->next = t;
	else
		q->head = t;
	q->tail = t;
}

struct thread *
waitq_pop(struct waitq *q)
{
	struct thread *t = q->head;
	if (t) {
		q->head = t->next;
		if (!q->head)
			q->tail = NULL;
		t->next = NULL;
	}
	return t;
}

static void
waitq_remove(struct waitq *q, struct thread *t)
{
	struct thread **pp = &q->head, *prev = NULL;
	while (*pp && *pp != t)
		prev = *pp, pp = &(*pp)->next;
	if (!*pp)
		return;
	*pp = t->next;
	if (q->tail == t)
		q->tail = prev;
	t->next = NULL;
}

void
sched_make_runnable(struct thread *t)
{
	t->state = T_RUNNABLE;
	t->wake_tick = 0;
	t->waiting_on = NULL;
	waitq_push(&runq, t);
	need_resched = 1;
}

void
schedule(void)
{
	struct thread *prev = current;
	if (prev->state == T_RUNNING && prev != idle) {
		prev->state = T_RUNNABLE;
		waitq_push(&runq, prev);
	}
	struct thread *next = waitq_pop(&runq);
	if (!next)
		next = idle;
	next->state = T_RUNNING;
	slice_start = timer_ticks();
	need_resched = 0;
	if (next == prev)
		return;
	arch_fpu_save(prev->fpu);
	current = next;
	arch_fpu_restore(next->fpu);
	arch_context_switch(&prev->sp, next->sp);
}

/* Free exited threads once we are off their stacks (irqs off). */
static void
reap(void)
{
	while (zombies && zombies != current) {
		struct thread *z = zombies;
		zombies = z->next;
		for (int i = 0; i < PARAM_MAX_THREADS; i++)
			if (all[i] == z)
				all[i] = NULL;
		if (z->stack)
			kstack_free(z->stack);
		kfree(z);
	}
}

static void
thread_start(void)
{
	reap();
	arch_irq_enable();
	current->fn(current->arg);
	thread_exit();
}

static struct thread *
thread_alloc(const char *name)
{
	struct thread *t = kmalloc_aligned(sizeof *t, 16);
	if (!t)
		panic("thread_create: out of memory");
	memset(t, 0, sizeof *t);
	strncpy(t->name, name, sizeof t->name - 1);
	arch_fpu_init_area(t->fpu);
	for (int i = 0; i < PARAM_MAX_THREADS; i++)
		if (!all[i]) {
			all[i] = t;
			return t;
		}
	panic("thread_create: more than %d threads", PARAM_MAX_THREADS);
}

struct thread *
thread_create(const char *name, void (*fn)(void *), void *arg)
{
	uint32_t f = arch_irq_save();
	struct thread *t = thread_alloc(name);
	t->fn = fn;
	t->arg = arg;
	t->stack = kstack_alloc();
	if (!t->stack)
		panic("thread_create: no stack for '%s'", name);
	t->sp = arch_context_init((char *)t->stack + PARAM_KSTACK_SIZE, thread_start);
	if (fn)
		sched_make_runnable(t);
	arch_irq_restore(f);
	return t;
}

static void
idle_loop(void *unused)
{
	for (;;) {
		arch_irq_save();
		reap();
		if (runq.head)
			schedule();
		else
			arch_wait_for_interrupt();
	}
}

void
sched_init(void)
{
	current = thread_alloc("main");
	current->state = T_RUNNING;
	idle = thread_create("idle", NULL, NULL);
	idle->fn = idle_loop;
}

void
sched_tick(void)
{
	uint64_t now = timer_ticks();
	for (int i = 0; i < PARAM_MAX_THREADS; i++) {
		struct thread *t = all[i];
		if (!t || !t->wake_tick || now < t->wake_tick ||
		    (t->state != T_BLOCKED && t->state != T_SLEEPING))
			continue;
		if (t->waiting_on) {
			waitq_remove(t->waiting_on, t);
			t->timed_out = 1;
		}
		sched_make_runnable(t);
	}
	if (current == idle
	            ? runq.head != NULL
	            : now - slice_start >= PARAM_TIMESLICE_MS * PARAM_HZ / 1000 && runq.head)
		need_resched = 1;
}

void
sched_preempt_point(void)
{
	if (need_resched)
		schedule();
}

struct thread *
thread_current(void)
{
	return current;
}

const char *
thread_name(const struct thread *t)
{
	return t->name;
}

void
thread_yield(void)
{
	uint32_t f = arch_irq_save();
	schedule();
	arch_irq_restore(f);
}

uint64_t
sched_ms_to_ticks(uint32_t ms)
{
	return ((uint64_t)ms * PARAM_HZ + 999) / 1000;
}

void
thread_sleep_ms(uint32_t ms)
{
	uint32_t f = arch_irq_save();
	current->wake_tick = timer_ticks() + sched_ms_to_ticks(ms) + 1;
	current->state = T_SLEEPING;
	schedule();
	arch_irq_restore(f);
}

void
thread_exit(void)
{
	arch_irq_save();
	current->state = T_DEAD;
	current->next = zombies;
	zombies = current;
	schedule();
	panic("a dead thread ran");
}
