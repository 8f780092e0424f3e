/*
 * sync.c - wait queues, mutexes and counting semaphores.
 *
 * Built on the scheduler's BLOCKED state; every operation runs with
 * interrupts off, which is the whole locking story on one CPU.
 * A mutex is not recursive: locking one you hold panics.
 */
#include "arch.h"
#include "klog.h"
#include "sched_impl.h"
#include "timer.h"

void
waitq_sleep(struct waitq *q)
{
	struct thread *t = thread_current();
	t->state = T_BLOCKED;
	t->waiting_on = q;
	t->timed_out = 0;
	waitq_push(q, t);
	schedule();
}

bool
waitq_wake_one(struct waitq *q)
{
	uint32_t f = arch_irq_save();
	struct thread *t = waitq_pop(q);
	if (t)
		sched_make_runnable(t);
	arch_irq_restore(f);
	return t != NULL;
}

void
mutex_lock(struct mutex *m)
{
	uint32_t f = arch_irq_save();
	if (m->owner == thread_current())
		panic("mutex_lock: '%s' already holds it", thread_name(m->owner));
	while (m->owner)
		waitq_sleep(&m->waiters);
	m->owner = thread_current();
	arch_irq_restore(f);
}

void
mutex_unlock(struct mutex *m)
{
	uint32_t f = arch_irq_save();
	m->owner = NULL;
	waitq_wake_one(&m->waiters);
	arch_irq_restore(f);
}

void
sem_post(struct sem *s)
{
	uint32_t f = arch_irq_save();
	s->count++;
	waitq_wake_one(&s->waiters);
	arch_irq_restore(f);
}

void
sem_wait(struct sem *s)
{
	uint32_t f = arch_irq_save();
	while (s->count == 0)
		waitq_sleep(&s->waiters);
	s->count--;
	arch_irq_restore(f);
}

bool
sem_wait_timeout(struct sem *s, uint32_t ms)
{
	uint32_t f = arch_irq_save();
	uint64_t deadline = timer_ticks() + sched_ms_to_ticks(ms) + 1;
	while (s->count == 0) {
		if (ms == 0 || timer_ticks() >= deadline) {
			arch_irq_restore(f);
			return false;
		}
		thread_current()->wake_tick = deadline;
		waitq_sleep(&s->waiters);
	}
	thread_current()->wake_tick = 0;
	s->count--;
	arch_irq_restore(f);
	return true;
}
