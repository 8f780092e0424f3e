/*
 * thread.h - preemptive kernel threads and the scheduler.
 *
 * Round-robin over runnable threads, preempted every PARAM_TIMESLICE_MS by
 * the tick; a thread that blocks (sleep, mutex, semaphore) leaves the run
 * queue until woken. With nothing runnable, the idle thread halts the CPU.
 * Invariant: the run queue and every wait queue are only touched with
 * interrupts off (uniprocessor).
 */
#pragma once
#include <stdbool.h>
#include <stdint.h>

struct thread;

struct waitq { /* a FIFO of blocked threads */
	struct thread *head, *tail;
};

void sched_init(void);          /* turns the boot flow into thread "main" */
void sched_tick(void);          /* from the timer interrupt */
void sched_preempt_point(void); /* at the end of every IRQ */
struct thread *thread_create(const char *name, void (*fn)(void *), void *arg);
struct thread *thread_current(void);
const char *thread_name(const struct thread *t);
void thread_yield(void);
void thread_sleep_ms(uint32_t ms);
void thread_exit(void) __attribute__((noreturn));

/* Wait queues: call with interrupts off (arch_irq_save). */
void waitq_sleep(struct waitq *q);    /* block until woken */
bool waitq_wake_one(struct waitq *q); /* safe from IRQ context */

struct mutex {
	struct thread *owner;
	struct waitq waiters;
};
void mutex_lock(struct mutex *m);
void mutex_unlock(struct mutex *m);

struct sem { /* counting semaphore; post is IRQ-safe */
	int count;
	struct waitq waiters;
};
void sem_post(struct sem *s);
void sem_wait(struct sem *s);
bool sem_wait_timeout(struct sem *s, uint32_t ms); /* false on timeout */
