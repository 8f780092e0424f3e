/*
 * timer.c - time since boot: the PIT tick counts milliseconds, the TSC
 * interpolates within a tick.
 *
 * The TSC rate is calibrated against the first PARAM_HZ/10 ticks; before
 * that (and if the TSC misbehaves) time has tick resolution. Under TCG the
 * TSC follows the host clock, so this stays honest in QEMU too.
 * Invariant: timer_ns() never goes backwards.
 */
#include "arch.h"
#include "klog.h"
#include "param.h"
#include "thread.h"
#include "timer.h"

#define NS_PER_TICK     (1000000000u / PARAM_HZ)
#define CALIBRATE_TICKS (PARAM_HZ / 10)

static volatile uint64_t ticks;
static volatile uint64_t tsc_at_tick, tsc_at_start;
static uint32_t cycles_per_tick; /* 0 until calibrated */
static uint64_t last_ns;

static void
tick(void)
{
	uint64_t now = arch_cycles();
	ticks++;
	tsc_at_tick = now;
	if (ticks == 1)
		tsc_at_start = now;
	else if (ticks == 1 + CALIBRATE_TICKS)
		cycles_per_tick = (now - tsc_at_start) / CALIBRATE_TICKS;
	sched_tick();
}

void
timer_init(void)
{
	arch_timer_init(PARAM_HZ, tick);
}

uint64_t
timer_ticks(void)
{
	return ticks;
}

uint64_t
timer_ns(void)
{
	uint32_t f = arch_irq_save();
	uint64_t ns = ticks * NS_PER_TICK;
	if (cycles_per_tick) {
		uint64_t d = arch_cycles() - tsc_at_tick;
		if (d > cycles_per_tick)
			d = cycles_per_tick;
		ns += d * NS_PER_TICK / cycles_per_tick;
	}
	if (ns < last_ns)
		ns = last_ns;
	last_ns = ns;
	arch_irq_restore(f);
	return ns;
}
