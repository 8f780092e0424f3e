/*
 * selftest.c - in-kernel tests of the core (boot option phantom.selftest=1),
 * run on the boot thread before the upper layers start; the system test
 * tests/system/test_kernel.py boots a variant ISO with the option and reads
 * the result line "selftest: N passed, M failed". QEMU is then exited
 * through isa-debug-exit (status 0x10 pass, 0x11 fail).
 *
 * What is checked: preemption (two busy threads both progress without
 * yielding), sleep accuracy, mutex exclusion under preemption, semaphore
 * hand-off and time-out, the heap (random alloc/free/realloc with content
 * checks, alignment), and klibc's formatting and setjmp on the real target.
 */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "arch.h"
#include "bootinfo.h"
#include "kheap.h"
#include "klog.h"
#include "selftest.h"
#include "thread.h"
#include "timer.h"

static int passed, failed;

static void
check(int ok, const char *what)
{
	if (ok)
		passed++;
	else
		failed++;
	klog("selftest: %s %s", ok ? "PASS" : "FAIL", what);
}

static volatile uint32_t spin_count[2];
static volatile int spin_stop;

static void
spinner(void *arg)
{
	int i = (int)(uintptr_t)arg;
	while (!spin_stop)
		spin_count[i]++;
}

static void
test_preemption(void)
{
	thread_create("spin0", spinner, (void *)0);
	thread_create("spin1", spinner, (void *)1);
	thread_sleep_ms(100);
	uint32_t a = spin_count[0], b = spin_count[1];
	spin_stop = 1;
	thread_sleep_ms(20);
	klog("selftest: spinners %u and %u", a, b);
	check(a > 1000 && b > 1000, "two busy threads are both preempted");
}

static void
test_sleep(void)
{
	uint64_t t0 = timer_us();
	thread_sleep_ms(50);
	uint64_t dt = timer_us() - t0;
	klog("selftest: sleep(50) took %u us", (unsigned)dt);
	check(dt >= 50000 && dt < 80000, "sleep 50 ms");
}

static struct mutex mtx;
static volatile int in_section, overlap, rounds_done;

static void
mutex_worker(void *arg)
{
	for (int i = 0; i < 200; i++) {
		mutex_lock(&mtx);
		if (in_section++)
			overlap = 1;
		for (volatile int s = 0; s < 2000; s++)
			;
		in_section--;
		mutex_unlock(&mtx);
	}
	rounds_done++;
}

static void
test_mutex(void)
{
	for (int i = 0; i < 3; i++)
		thread_create("mutex", mutex_worker, NULL);
	for (int w = 0; w < 500 && rounds_done < 3; w++)
		thread_sleep_ms(10);
	check(rounds_done == 3 && !overlap, "mutex excludes under preemption");
}

static struct sem sem_a, sem_b;

static void
sem_echo(void *arg)
{
	for (int i = 0; i < 100; i++) {
		sem_wait(&sem_a);
		sem_post(&sem_b);
	}
}

static void
test_sem(void)
{
	thread_create("echo", sem_echo, NULL);
	int ok = 1;
	for (int i = 0; i < 100 && ok; i++) {
		sem_post(&sem_a);
		ok = sem_wait_timeout(&sem_b, 1000);
	}
	check(ok, "semaphore ping-pong 100 rounds");
	uint64_t t0 = timer_us();
	int got = sem_wait_timeout(&sem_b, 30);
	uint64_t dt = timer_us() - t0;
	klog("selftest: time-out after %u us", (unsigned)dt);
	check(!got && dt >= 30000 && dt < 60000, "semaphore time-out 30 ms");
}

static void
test_heap(void)
{
	enum { N = 256 };
	static uint8_t *p[N];
	static size_t len[N];
	uint32_t seed = 12345, bad = 0;
	size_t before = kheap_used();
	for (int step = 0; step < 20000; step++) {
		seed = seed * 1103515245 + 12345;
		int i = (seed >> 8) % N;
		if (p[i]) {
			for (size_t k = 0; k < len[i]; k++)
				bad += p[i][k] != (uint8_t)(i + k);
			kfree(p[i]);
			p[i] = NULL;
			continue;
		}
		len[i] = (seed >> 4) % ((seed & 1) ? 64 : 40000);
		size_t al = (seed & 6) ? 16 : 4096;
		p[i] = kmalloc_aligned(len[i], al);
		bad += !p[i] || ((uintptr_t)p[i] & (al - 1));
		for (size_t k = 0; p[i] && k < len[i]; k++)
			p[i][k] = (uint8_t)(i + k);
	}
	for (int i = 0; i < N; i++)
		kfree(p[i]);
	check(!bad && kheap_used() == before, "heap alloc/free/aligned");
	char *r = malloc(10);
	strcpy(r, "phantom");
	char *grown = realloc(r, 100000);
	check(grown && !strcmp(grown, "phantom"), "realloc keeps contents");
	free(grown ? grown : r);
}

static jmp_buf jb;

__attribute__((noinline)) static void
jump_back(int v)
{
	longjmp(jb, v);
}

/* klibc on the real target: 64-bit formatting and setjmp are i386 code. */
static void
test_klibc(void)
{
	char buf[96];
	snprintf(buf, sizeof buf, "%d|%5u|%-4x|%08llx|%s|%c|%lld", -42, 7u, 0xabu, 0x123456789ull,
	         "ok", 'z', -9000000000ll);
	check(!strcmp(buf, "-42|    7|ab  |123456789|ok|z|-9000000000"), "snprintf on i386");
	volatile int pass = 0;
	int r = setjmp(jb);
	if (r == 0) {
		pass = 1;
		jump_back(7);
	}
	check(pass == 1 && r == 7, "setjmp/longjmp on i386");
}

void
selftest_maybe_run(void)
{
	if (!bootinfo_flag("phantom.selftest"))
		return;
	test_klibc();
	test_preemption();
	test_sleep();
	test_mutex();
	test_sem();
	test_heap();
	klog("selftest: %d passed, %d failed", passed, failed);
	arch_debug_exit(failed ? 0x11 : 0x10);
}
