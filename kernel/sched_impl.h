/*
 * sched_impl.h - the thread structure, shared by sched.c and sync.c only.
 */
#pragma once
#include <stdint.h>
#include "arch.h"
#include "thread.h"

enum thread_state { T_RUNNABLE, T_RUNNING, T_BLOCKED, T_SLEEPING, T_DEAD };

struct thread {
	uint8_t fpu[ARCH_FPU_AREA] __attribute__((aligned(16)));
	char name[24];
	uintptr_t sp;
	void *stack;
	enum thread_state state;
	uint64_t wake_tick;  /* 0: no deadline */
	struct thread *next; /* run queue or wait queue link */
	struct waitq *waiting_on;
	int timed_out;
	void (*fn)(void *);
	void *arg;
};

void schedule(void);
void sched_make_runnable(struct thread *t);
void waitq_push(struct waitq *q, struct thread *t);
struct thread *waitq_pop(struct waitq *q);
uint64_t sched_ms_to_ticks(uint32_t ms);
