/*
 * input.c - the one queue between the input drivers and their consumer.
 *
 * Producers (ps2.c, vmmouse.c) call input_push() from interrupt context; one
 * consumer thread (the window manager) takes events with input_wait*().
 *
 * Format: a ring of PARAM_INPUT_QUEUE events, `head` the oldest, `len` the
 * number held. Invariant: the ring and `waiting` are only touched with
 * interrupts off. When the ring is full the oldest motion event is removed
 * to make room (motion is redundant: a later one supersedes it); keys,
 * buttons and wheel steps are never dropped for motion. If the ring holds
 * no motion at all, an incoming motion is discarded, and an incoming key
 * is discarded and counted (the consumer is hopelessly behind by then).
 *
 * Wake-up: the consumer sets `waiting` before it sleeps on `ready`; a push
 * posts the semaphore only then, so `ready` never holds more than one stale
 * count and a spurious wake-up costs one extra loop.
 */
#include "input.h"

#include "arch.h"
#include "klog.h"
#include "param.h"
#include "thread.h"
#include "timer.h"

static struct input_event ring[PARAM_INPUT_QUEUE];
static unsigned head, len;
static bool waiting;
static struct sem ready;
static unsigned dropped;

static bool
is_motion(const struct input_event *ev)
{
	return ev->type == INPUT_MOTION_REL || ev->type == INPUT_MOTION_ABS;
}

static struct input_event *
slot(unsigned i)
{
	return &ring[(head + i) % PARAM_INPUT_QUEUE];
}

/* Remove the oldest motion event; false if the ring holds none. */
static bool
drop_oldest_motion(void)
{
	unsigned i;

	for (i = 0; i < len && !is_motion(slot(i)); i++)
		;
	if (i == len)
		return false;
	for (; i + 1 < len; i++)
		*slot(i) = *slot(i + 1);
	len--;
	return true;
}

static bool
pop(struct input_event *ev)
{
	if (len == 0)
		return false;
	*ev = ring[head];
	head = (head + 1) % PARAM_INPUT_QUEUE;
	len--;
	return true;
}

void
input_push(const struct input_event *ev)
{
	uint32_t flags = arch_irq_save();

	if (len == PARAM_INPUT_QUEUE && !drop_oldest_motion()) {
		if (ev->type == INPUT_KEY && dropped++ % 64 == 0)
			klog("input: queue full of keys, dropped %u", dropped);
		arch_irq_restore(flags);
		return;
	}
	*slot(len) = *ev;
	len++;
	if (waiting) {
		waiting = false;
		sem_post(&ready);
	}
	arch_irq_restore(flags);
}

/*
 * Take an event if one is queued. If none is and `wait` is set, mark the
 * consumer waiting so the next push posts `ready`; otherwise clear the mark.
 */
static bool
take(struct input_event *ev, bool wait)
{
	uint32_t flags = arch_irq_save();
	bool got = pop(ev);

	waiting = wait && !got;
	arch_irq_restore(flags);
	return got;
}

void
input_wait(struct input_event *ev)
{
	while (!take(ev, true))
		sem_wait(&ready);
}

bool
input_wait_timeout(struct input_event *ev, uint32_t ms)
{
	uint64_t deadline = timer_ms() + ms;
	uint64_t now;

	while (!take(ev, true)) {
		now = timer_ms();
		if (now >= deadline || !sem_wait_timeout(&ready, (uint32_t)(deadline - now)))
			return take(ev, false);
	}
	return true;
}
