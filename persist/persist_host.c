/*
 * persist_host.c - the host glue of persist/: store file, mprotect, SIGSEGV, the
 * writer thread and the snapshot timer (see persist_host.h).
 *
 * The SIGSEGV handler is synchronous (the faulting thread itself runs it)
 * and only calls snap_fault(), which uses atomics, mprotect and pread: all
 * async-signal-safe. A fault outside the arena reinstates the previous
 * handler and returns, so the access faults again and is reported as
 * usual (by ASan in sanitizer builds).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>
#include "persist_host.h"

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif

/* ---------------------------------------------------------------- protection */

static int
prot_protect(void *ctx, uintptr_t addr, size_t len, int mode)
{
	int p = mode == SNAP_PROT_NONE ? PROT_NONE
	        : mode == SNAP_PROT_RO ? PROT_READ
	                               : PROT_READ | PROT_WRITE;
	return mprotect((void *)addr, len, p);
}

static void *
prot_alloc(void *ctx, size_t n)
{
	void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
	               -1, 0);
	return p == MAP_FAILED ? NULL : p;
}

static void
prot_free(void *ctx, void *p, size_t n)
{
	munmap(p, n);
}

const struct snap_prot phost_prot = { prot_protect, prot_alloc, prot_free, NULL, NULL };

int
phost_map(uintptr_t base, size_t size)
{
	void *p = mmap((void *)base, size, PROT_READ | PROT_WRITE,
	               MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
	if (p == MAP_FAILED)
		return -1;
	if ((uintptr_t)p != base) {
		munmap(p, size);
		return -1;
	}
	return 0;
}

void
phost_unmap(uintptr_t base, size_t size)
{
	munmap((void *)base, size);
}

/* ---------------------------------------------------------------- faults */

static struct snap *volatile caught;
static struct sigaction prev;
static int installed;

static void
say(const char *s)
{
	ssize_t r = write(2, s, strlen(s));
	(void)r;
}

static void
on_segv(int sig, siginfo_t *si, void *uc)
{
	struct snap *s = caught;
	int rc = s ? snap_fault(s, (uintptr_t)si->si_addr) : 0;
	if (rc > 0)
		return;
	if (rc < 0) {
		say("pvm: store: ");
		say(snap_error(s));
		say("\n");
		_exit(1);
	}
	sigaction(SIGSEGV, &prev, NULL);
}

void
phost_catch(struct snap *s)
{
	caught = s;
	if (installed || !s)
		return;
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGSEGV, &sa, &prev);
	installed = 1;
}

/* ---------------------------------------------------------------- file device */

static int
fd_of(struct blockdev *bd)
{
	return (int)(intptr_t)bd->priv;
}

static int
file_read(struct blockdev *bd, uint64_t lba, uint32_t count, void *buf)
{
	size_t n = (size_t)count * 512, got = 0;
	while (got < n) {
		ssize_t r = pread(fd_of(bd), (char *)buf + got, n - got, (off_t)(lba * 512 + got));
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return BLOCKDEV_EIO;
		if (r == 0) { /* past the end: zeros */
			memset((char *)buf + got, 0, n - got);
			break;
		}
		got += (size_t)r;
	}
	return 0;
}

static int
file_write(struct blockdev *bd, uint64_t lba, uint32_t count, const void *buf)
{
	size_t n = (size_t)count * 512, put = 0;
	while (put < n) {
		ssize_t r = pwrite(fd_of(bd), (const char *)buf + put, n - put,
		                   (off_t)(lba * 512 + put));
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return BLOCKDEV_EIO;
		put += (size_t)r;
	}
	return 0;
}

static int
file_flush(struct blockdev *bd)
{
	return fdatasync(fd_of(bd)) == 0 ? 0 : BLOCKDEV_EIO;
}

struct blockdev *
phost_filedev(int fd)
{
	struct blockdev *bd = calloc(1, sizeof *bd);
	if (!bd)
		return NULL;
	bd->name = "file";
	bd->nblocks = (uint64_t)1 << 40;
	bd->block_size = 512;
	bd->read = file_read;
	bd->write = file_write;
	bd->flush = file_flush;
	bd->priv = (void *)(intptr_t)fd;
	return bd;
}

/* ---------------------------------------------------------------- the runner's store */

static struct snap *S;
static int logging;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int kicked, last_rc;
static uint32_t pause_us;

static uint64_t
now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

int
phost_open(const char *path, uintptr_t base, size_t size, char *err, size_t n)
{
	int fd = open(path, O_RDWR | O_CREAT, 0644);
	if (fd < 0) {
		snprintf(err, n, "cannot open: %s", strerror(errno));
		return SNAP_EIO;
	}
	if (phost_map(base, size) != 0) {
		snprintf(err, n, "cannot map the arena at %#lx", (unsigned long)base);
		return SNAP_ENOMEM;
	}
	/* room for every page three times (committed, new, quarantined after
	 * a failed superblock write) + metadata; the file stays sparse */
	uint64_t cap = 3 * (size / SNAP_PAGE) + 2048;
	int rc = snap_open(&S, phost_filedev(fd), &phost_prot, base, size, cap);
	if (rc < 0) {
		snprintf(err, n, "%s", snap_error(S));
		snap_close(S);
		S = NULL;
		phost_unmap(base, size);
		close(fd);
		return rc;
	}
	phost_catch(S);
	return rc;
}

struct snap *
phost_snap(void)
{
	return S;
}

void
phost_log(int on)
{
	logging = on;
}

static void *
writer(void *arg)
{
	for (;;) {
		pthread_mutex_lock(&mu);
		while (!kicked)
			pthread_cond_wait(&cv, &mu);
		uint32_t paused = pause_us; /* the next pause may come before the log */
		pthread_mutex_unlock(&mu);
		uint64_t t0 = now_us();
		int rc = snap_write(S);
		uint64_t ms = (now_us() - t0 + 500) / 1000;
		struct snap_stats st;
		snap_last(S, &st);
		if (rc == SNAP_EUNSURE)
			fprintf(stderr, "snapshot gen=%llu may have committed: %s\n",
			        (unsigned long long)snap_gen(S) + 1, snap_error(S));
		else if (rc)
			fprintf(stderr, "snapshot failed: %s\n", snap_error(S));
		else
			snap_timed(S, paused, (uint32_t)ms);
		if (!rc && logging && snap_dropped(S))
			fprintf(stderr, "snapshot: %u kept generations dropped to keep room\n",
			        snap_dropped(S));
		if (!rc && logging)
			fprintf(stderr,
			        "snapshot committed gen=%llu pages=%u kib=%u pause_us=%u write_ms=%llu\n",
			        (unsigned long long)st.gen, st.pages,
			        st.blocks * (SNAP_PAGE / 1024), paused, (unsigned long long)ms);
		pthread_mutex_lock(&mu);
		kicked = 0;
		last_rc = rc;
		pthread_cond_broadcast(&cv);
		pthread_mutex_unlock(&mu);
	}
	return NULL;
}

static int tick_us;
static void (*tick_fn)(void);

static void *
timer(void *arg)
{
	struct timespec ts = { tick_us / 1000000, (long)(tick_us % 1000000) * 1000L };
	for (;;) {
		nanosleep(&ts, NULL);
		tick_fn();
	}
	return NULL;
}

void
phost_start(int us, void (*tick)(void))
{
	pthread_t t;
	sigset_t all, old;
	sigfillset(&all);
	sigdelset(&all, SIGSEGV); /* the timer's tick may write the arena (the VM's trap flag) */
	pthread_sigmask(SIG_BLOCK, &all, &old); /* helpers take no other signals */
	pthread_create(&t, NULL, writer, NULL);
	pthread_detach(t);
	if (us > 0 && tick) {
		tick_us = us;
		tick_fn = tick;
		pthread_create(&t, NULL, timer, NULL);
		pthread_detach(t);
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
}

int
phost_safepoint(uint64_t clock)
{
	uint64_t t0 = now_us();
	int rc = snap_pause(S, clock);
	if (rc != SNAP_STARTED)
		return rc;
	pthread_mutex_lock(&mu);
	pause_us = (uint32_t)(now_us() - t0);
	kicked = 1;
	pthread_cond_broadcast(&cv);
	pthread_mutex_unlock(&mu);
	return rc;
}

int
phost_sync(void)
{
	pthread_mutex_lock(&mu);
	while (kicked)
		pthread_cond_wait(&cv, &mu);
	int rc = last_rc;
	pthread_mutex_unlock(&mu);
	return rc;
}
