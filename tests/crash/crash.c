/*
 * crash.c - the crash simulator for persist/ (make crash-test).
 *
 * A heap-mutating workload runs on a small arena with real write faults,
 * copy-on-write and a concurrent writer thread, over a recording block
 * device whose requests in flight read their buffers only when they
 * complete, as DMA does. At each pause the CRC of the arena is recorded for the
 * generation it will commit. Then:
 *   cuts    for every write request k: the image holds writes [0, k) and
 *           none (or the first half: a torn write) of k; restore must give
 *           exactly the newest generation whose superblock write came
 *           before k, with the recorded CRC, and every generation the
 *           restored store says it keeps must roll back to exactly its CRC;
 *   keep     rollback by steps and by minutes, the rollback committed and
 *           continued, a version-1 store restored and upgraded;
 *   ioerr   a device failing request N (for every N over one commit, and
 *           over one restore): the world stays restorable and correct; a
 *           single failed read never costs a restore (retries); a failure
 *           from the superblock write on says "may have committed", and a
 *           cut right then restores that generation exactly;
 *   damage  random blocks overwritten, superblocks destroyed, foreign
 *           bytes: a clear error or a correct (older) generation, never
 *           a silent wrong world;
 *   pause   pause time for 100 / 1000 / 10000 dirty pages, write MB/s.
 * Ends with `N passed, N failed`.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "persist/crc32c.h"
#include "persist/persist_host.h"

#define BASE       ((uintptr_t)0x300000000000ull)
#define NPAGES     256u
#define SIZE       ((size_t)NPAGES * SNAP_PAGE)
#define CAP        2048u /* 8 MiB: room for ~10 kept generations of this workload */
#define MAXGEN     256
#define CLOCK_STEP 37000u /* the world's ms between two generations: thinning spans ~10 min */

static int npass, nfail;

static void
check(int ok, const char *what, long a, long b)
{
	if (ok) {
		npass++;
		return;
	}
	nfail++;
	if (nfail < 30)
		printf("FAIL %s (%ld, %ld)\n", what, a, b);
}

/* ---------------------------------------------------------------- memory device */

struct ev {
	int flush;
	uint64_t lba;
	uint32_t count;
	uint8_t *data, *undo;
};

struct memdev {
	struct blockdev bd;
	uint8_t *img;
	struct ev *log;
	int nlog, caplog, record;
	long req, fail_at; /* fail request number fail_at (-1: never) */
	int sbflush;       /* 1: fail the first flush after a superblock write (2: written) */
	pthread_mutex_t mu;
	/* the request in flight: its data is read only at complete(), as a
	 * DMA engine reads memory late */
	struct {
		int flying, flush;
		uint64_t lba;
		struct blockdev_seg seg[256];
		uint32_t n, polls;
	} q;
};

static int
failing(struct memdev *m)
{
	return m->req++ == m->fail_at;
}

static int
md_read(struct blockdev *bd, uint64_t lba, uint32_t count, void *buf)
{
	struct memdev *m = bd->priv;
	pthread_mutex_lock(&m->mu);
	int f = failing(m);
	if (!f)
		memcpy(buf, m->img + lba * 512, (size_t)count * 512);
	pthread_mutex_unlock(&m->mu);
	return f ? BLOCKDEV_EIO : 0;
}

static void
logev(struct memdev *m, int flush, uint64_t lba, uint32_t count, const void *buf)
{
	if (m->nlog == m->caplog) {
		m->caplog = m->caplog ? m->caplog * 2 : 1024;
		m->log = realloc(m->log, m->caplog * sizeof *m->log);
	}
	struct ev *e = &m->log[m->nlog++];
	e->flush = flush;
	e->lba = lba;
	e->count = count;
	e->data = NULL;
	if (!flush) {
		e->data = malloc((size_t)count * 512);
		memcpy(e->data, buf, (size_t)count * 512);
	}
}

/* One write request, now. mu held. */
static int
do_write(struct memdev *m, uint64_t lba, uint32_t count, const void *buf)
{
	int f = failing(m);
	if (!f && m->sbflush == 1 && lba < 2 * 8 && count == 8)
		m->sbflush = 2;
	if (!f) {
		if (m->record)
			logev(m, 0, lba, count, buf);
		memcpy(m->img + lba * 512, buf, (size_t)count * 512);
	}
	return f ? BLOCKDEV_EIO : 0;
}

static int
md_write(struct blockdev *bd, uint64_t lba, uint32_t count, const void *buf)
{
	struct memdev *m = bd->priv;
	pthread_mutex_lock(&m->mu);
	int rc = do_write(m, lba, count, buf);
	pthread_mutex_unlock(&m->mu);
	return rc;
}

static int
md_flush(struct blockdev *bd)
{
	struct memdev *m = bd->priv;
	pthread_mutex_lock(&m->mu);
	int f = failing(m) || m->sbflush == 2;
	if (m->sbflush == 2)
		m->sbflush = 0;
	if (!f && m->record)
		logev(m, 1, 0, 0, NULL);
	pthread_mutex_unlock(&m->mu);
	return f ? BLOCKDEV_EIO : 0;
}

static int
md_submit_write(struct blockdev *bd, uint64_t lba, const struct blockdev_seg *seg, uint32_t n)
{
	struct memdev *m = bd->priv;
	if (m->q.flying || n > sizeof m->q.seg / sizeof m->q.seg[0])
		return BLOCKDEV_EIO;
	m->q.flying = 1;
	m->q.flush = 0;
	m->q.lba = lba;
	m->q.n = n;
	memcpy(m->q.seg, seg, n * sizeof *seg);
	return 0;
}

static int
md_submit_flush(struct blockdev *bd)
{
	struct memdev *m = bd->priv;
	if (m->q.flying)
		return BLOCKDEV_EIO;
	m->q.flying = m->q.flush = 1;
	return 0;
}

static int
md_busy(struct blockdev *bd)
{
	struct memdev *m = bd->priv;
	return m->q.flying && m->q.polls++ % 3 != 0;
}

/* The request happens now: each segment one write request. */
static int
md_complete(struct blockdev *bd)
{
	struct memdev *m = bd->priv;
	if (!m->q.flying)
		return BLOCKDEV_EIO;
	m->q.flying = 0;
	if (m->q.flush)
		return md_flush(bd);
	uint64_t lba = m->q.lba;
	int rc = 0;
	pthread_mutex_lock(&m->mu);
	for (uint32_t i = 0; i < m->q.n && !rc; lba += m->q.seg[i++].count)
		rc = do_write(m, lba, m->q.seg[i].count, m->q.seg[i].buf);
	pthread_mutex_unlock(&m->mu);
	return rc;
}

static struct memdev *
md_new(void)
{
	struct memdev *m = calloc(1, sizeof *m);
	m->img = calloc(CAP, SNAP_PAGE);
	m->bd.name = "mem";
	m->bd.nblocks = (uint64_t)CAP * 8;
	m->bd.block_size = 512;
	m->bd.read = md_read;
	m->bd.write = md_write;
	m->bd.flush = md_flush;
	m->bd.submit_write = md_submit_write;
	m->bd.submit_flush = md_submit_flush;
	m->bd.busy = md_busy;
	m->bd.complete = md_complete;
	m->bd.priv = m;
	m->fail_at = -1;
	pthread_mutex_init(&m->mu, NULL);
	return m;
}

/* ---------------------------------------------------------------- world */

static uint32_t gencrc[MAXGEN];
static uint64_t rng = 88172645463325252ull;

static uint32_t
rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)rng;
}

static struct snap *
open_world(struct memdev *m, int *rc)
{
	struct snap *s;
	if (phost_map(BASE, SIZE) != 0) {
		fprintf(stderr, "crash: cannot map the arena\n");
		exit(2);
	}
	*rc = snap_open(&s, &m->bd, &phost_prot, BASE, SIZE, CAP);
	if (*rc >= 0)
		phost_catch(s);
	return s;
}

static void
close_world(struct snap *s)
{
	phost_catch(NULL);
	snap_close(s);
	phost_unmap(BASE, SIZE);
}

/* Mutate: scattered words, runs of pages, a hot page. */
static void
mutate(int steps)
{
	uint8_t *a = (uint8_t *)BASE;
	for (int i = 0; i < steps; i++) {
		uint32_t r = rnd();
		switch (r % 4) {
		case 0:
		case 1:
			((uint32_t *)a)[rnd() % (SIZE / 4)] = rnd();
			break;
		case 2: {
			uint32_t p = rnd() % (NPAGES - 8);
			memset(a + (size_t)p * SNAP_PAGE + rnd() % 100, (int)r, 2 * SNAP_PAGE);
			break;
		}
		default:
			a[rnd() % 64] ^= (uint8_t)r;
		}
	}
}

static void *
writer_main(void *arg)
{
	return (void *)(intptr_t)snap_write(arg);
}

/* One snapshot: pause, record the CRC, write while the mutator runs on. */
static int
snapshot(struct snap *s, int concurrent_steps)
{
	if (snap_pause(s, (snap_gen(s) + 1) * CLOCK_STEP) != SNAP_STARTED)
		return 1;
	uint64_t g = snap_gen(s) + 1;
	if (g < MAXGEN)
		gencrc[g] = snap_arena_crc(s);
	pthread_t t;
	pthread_create(&t, NULL, writer_main, s);
	mutate(concurrent_steps); /* copy-on-write while the writer runs */
	void *rc;
	pthread_join(t, &rc);
	return (int)(intptr_t)rc;
}

static int
workload(struct memdev *m, int nsnap)
{
	int rc;
	struct snap *s = open_world(m, &rc);
	check(rc == SNAP_COLD, "workload: cold boot on an empty device", rc, 0);
	for (int i = 0; i < nsnap; i++) {
		mutate(20 + (int)(rnd() % 120));
		check(snapshot(s, 30) == 0, "workload: commit", i, 0);
	}
	int g = (int)snap_gen(s);
	close_world(s);
	return g;
}

/* Restore m's image; *gen = generation (0 cold); 0 if the world matches. */
static int
restore_check(struct memdev *m, uint64_t *gen, char *err, size_t n)
{
	int rc;
	struct snap *s = open_world(m, &rc);
	int ok = -1;
	*gen = 0;
	if (rc >= 0) {
		*gen = snap_gen(s);
		uint32_t c = snap_arena_crc(s);
		if (snap_error(s)[0]) /* a page failed to load: reported */
			rc = SNAP_EDAMAGED;
		ok = *gen == 0 ? (c == 0 || c == crc32c(0, NULL, 0) ? 0 : -2)
		               : (*gen < MAXGEN && c == gencrc[*gen] ? 0 : -2);
		if (*gen == 0)
			ok = 0; /* a fresh arena reads zero: nothing to compare */
	}
	snprintf(err, n, "%s", snap_error(s));
	close_world(s);
	return rc < 0 ? rc : ok;
}


/* A scratch device holding m's image. */
static struct memdev *
md_clone(struct memdev *m)
{
	struct memdev *c = md_new();
	memcpy(c->img, m->img, (size_t)CAP * SNAP_PAGE);
	return c;
}

static void
md_free(struct memdev *m)
{
	free(m->img);
	free(m);
}

/* Roll a copy of m back `steps` kept generations: the world must be
 * exactly that generation's; with again, the rollback must have been
 * committed (a fresh open gives it) and a commit must follow it. */
static int nkeptchecks;

static void
rollback_check(struct memdev *m, uint32_t steps, uint64_t want, int again)
{
	struct memdev *c = md_clone(m);
	int rc;
	struct snap *s = open_world(c, &rc);
	struct snap_rollback r;
	if (rc == SNAP_RESTORED)
		rc = snap_rollback(s, steps, 0, &r);
	uint32_t crc = rc == 0 ? snap_arena_crc(s) : 0;
	check(rc == 0 && r.gen == want && want < MAXGEN && crc == gencrc[want],
	      "keep: a kept generation rolls back exactly", (long)want, rc);
	nkeptchecks++;
	if (again && rc == 0) {
		uint32_t saved[MAXGEN]; /* this clone's commits reuse the gens' numbers */
		memcpy(saved, gencrc, sizeof saved);
		mutate(50);
		check(snapshot(s, 10) == 0, "keep: a commit after the rollback", (long)want, 0);
		uint64_t g = snap_gen(s);
		close_world(s);
		s = open_world(c, &rc);
		check(rc == SNAP_RESTORED && snap_gen(s) == g && g < MAXGEN &&
		              snap_arena_crc(s) == gencrc[g],
		      "keep: the rollback and the commit after it persist", (long)g, rc);
		memcpy(gencrc, saved, sizeof saved);
	}
	close_world(s);
	md_free(c);
}

/* Every generation m's store keeps (besides the newest) rolls back exactly. */
static void
kept_check(struct memdev *m, int again)
{
	int rc;
	struct snap_kept k[SNAP_KEEP];
	struct snap *s = open_world(m, &rc);
	int n = rc == SNAP_RESTORED ? snap_kept(s, k, SNAP_KEEP) : 0;
	close_world(s);
	for (int i = 1; i < n; i++)
		rollback_check(m, (uint32_t)i, k[i].gen, again);
}

/* ---------------------------------------------------------------- cuts */

static void
apply(struct memdev *m, struct ev *e, size_t bytes)
{
	if (!e->flush)
		memcpy(m->img + e->lba * 512, e->data, bytes);
}

static void
test_cuts(void)
{
	struct memdev *rec = md_new();
	rec->record = 1;
	int gens = workload(rec, 16);
	printf("cuts: %d generations, %d device requests\n", gens, rec->nlog);
	struct memdev *m = md_new();
	uint64_t committed = 0;
	for (int k = 0; k < rec->nlog; k++) {
		struct ev *e = &rec->log[k];
		if (getenv("CRASH_VERBOSE") && k % 50 == 0)
			fprintf(stderr, "cut %d/%d\n", k, rec->nlog);
		for (int torn = 0; torn < 2 && !e->flush; torn++) {
			uint8_t *save = malloc((size_t)e->count * 512);
			memcpy(save, m->img + e->lba * 512, (size_t)e->count * 512);
			uint64_t want = committed, g;
			if (torn)
				apply(m, e, (size_t)e->count * 256);
			if (torn && e->lba / 8 < 2 && e->count == 8 &&
			    !memcmp(m->img + e->lba * 512, e->data, SNAP_PAGE))
				memcpy(&want, e->data + 16, 8); /* the lost half was equal */
			char err[256];
			int rc = restore_check(m, &g, err, sizeof err);
			check(rc == 0, "cut: restore matches a committed generation", k, rc);
			if (rc != 0 && nfail < 30)
				printf("  cut %d torn %d: %s\n", k, torn, err);
			check(g == want, "cut: restored the newest committed generation", (long)g,
			      (long)want);
			if (rc == 0)
				kept_check(m, k % 64 == 0);
			memcpy(m->img + e->lba * 512, save, (size_t)e->count * 512);
			free(save);
		}
		apply(m, e, (size_t)e->count * 512);
		if (!e->flush && e->lba / 8 < 2 && e->count == 8) { /* a superblock: committed */
			uint64_t g;
			memcpy(&g, m->img + e->lba * 512 + 16, 8);
			committed = g;
		}
	}
	printf("cuts: %d requests x (whole, torn) restored; %d kept generations rolled back "
	       "exactly\n",
	       rec->nlog, nkeptchecks);
}

/* ---------------------------------------------------------------- I/O errors */

static void
test_ioerr(void)
{
	/* requests of one commit: measure with a clean run */
	struct memdev *m = md_new();
	workload(m, 3);
	int rc;
	struct snap *s = open_world(m, &rc);
	long base = m->req;
	mutate(300);
	snapshot(s, 50);
	long per = m->req - base;
	close_world(s);
	printf("ioerr: failing each of the %ld requests of a commit (+4), then of a restore\n",
	       per);
	int unsure = 0;
	for (long n = 0; n < per + 4; n++) {
		rng = 1234 + (uint64_t)n;
		struct memdev *d = md_new();
		workload(d, 3);
		s = open_world(d, &rc);
		d->fail_at = d->req + n;
		mutate(300);
		int r1 = snapshot(s, 50);
		unsure += r1 == SNAP_EUNSURE;
		if (d->req <= d->fail_at)
			d->fail_at = -1; /* past this commit: the retry is not the subject */
		mutate(100);
		int r2 = snapshot(s, 50); /* the retry carries the failed pages */
		check(r2 == 0, "ioerr: the next commit after a failure succeeds", n, r1);
		if (r2)
			printf("  request %ld: %s\n", n, snap_error(s));
		uint64_t want = snap_gen(s);
		close_world(s);
		uint64_t g;
		char err[256];
		rc = restore_check(d, &g, err, sizeof err);
		check(rc == 0 && g == want, "ioerr: restore after a failed commit", n, rc);
		/* now fail request n of a restore: an error or the right world */
		d->fail_at = d->req + n;
		rc = restore_check(d, &g, err, sizeof err);
		check(rc == 0 && g == want, "ioerr: one failing read never costs the restore", n,
		      rc);
		d->fail_at = -1;
		rc = restore_check(d, &g, err, sizeof err);
		check(rc == 0 && g == want, "ioerr: the world is intact after a failed restore", n,
		      rc);
		md_free(d);
	}
	printf("ioerr: %d failed requests said 'may have committed'\n", unsure);
	/* the flush after the superblock fails, then the power: that gen */
	rng = 99;
	struct memdev *d = md_new();
	workload(d, 3);
	s = open_world(d, &rc);
	mutate(300);
	d->sbflush = 1;
	int r1 = snapshot(s, 50);
	uint64_t tried = snap_gen(s) + 1;
	printf("ioerr: flush after the superblock failed: %s\n", snap_error(s));
	close_world(s);
	d->fail_at = -1;
	uint64_t g;
	char err[256];
	rc = restore_check(d, &g, err, sizeof err);
	check(r1 == SNAP_EUNSURE && rc == 0 && g == tried,
	      "ioerr: a cut after a failed flush restores that generation", (long)g, r1);
	md_free(d);
}

/* ---------------------------------------------------------------- keep */

/* Rewrite m's superblocks as version 1 wrote them (no history, no copy). */
static void
make_v1(struct memdev *m)
{
	for (int slot = 0; slot < 2; slot++) {
		uint8_t *b = m->img + (size_t)slot * SNAP_PAGE;
		uint32_t v = 1, z = 0;
		memcpy(b + 8, &v, 4);
		memset(b + 76, 0, 12);
		memcpy(b + 12, &z, 4);
		uint32_t c = crc32c(0, b, SNAP_PAGE);
		memcpy(b + 12, &c, 4);
	}
}

static void
test_keep(void)
{
	struct memdev *m = md_new();
	int gens = workload(m, 24);
	int rc;
	struct snap_kept k[SNAP_KEEP];
	struct snap *s = open_world(m, &rc);
	int n = snap_kept(s, k, SNAP_KEEP);
	printf("keep: %d generations (clock step %u s), %d kept:", gens, CLOCK_STEP / 1000, n);
	for (int i = 0; i < n; i++)
		printf(" %llu", (unsigned long long)k[i].gen);
	printf("\n");
	check(n >= 8 && k[0].gen == (uint64_t)gens, "keep: several generations kept", n, 0);
	close_world(s);
	kept_check(m, 1);
	/* by minutes: the newest kept one at least 5 minutes older */
	struct memdev *c = md_clone(m);
	s = open_world(c, &rc);
	char msg[300];
	rc = snap_rollback_spec(s, "5m", msg, sizeof msg);
	printf("keep: %s\n", msg);
	uint64_t want = 0;
	for (int i = n - 1; i > 0; i--)
		if (k[0].clock - k[i].clock >= 5 * 60000u) {
			want = k[i].gen;
			break;
		}
	check(rc == 0 && snap_arena_crc(s) == gencrc[want] && strstr(msg, "dropped gens"),
	      "keep: rollback=5m", (long)want, rc);
	close_world(s);
	md_free(c);
	/* a version-1 store: restored, then upgraded by its next commits */
	c = md_clone(m);
	make_v1(c);
	s = open_world(c, &rc);
	check(rc == SNAP_RESTORED && snap_gen(s) == (uint64_t)gens &&
	              snap_arena_crc(s) == gencrc[gens],
	      "keep: a version-1 store restores", rc, 0);
	for (int i = 0; i < 6; i++) {
		mutate(40);
		check(snapshot(s, 10) == 0, "keep: a version-1 store commits", i, 0);
	}
	n = snap_kept(s, k, SNAP_KEEP);
	close_world(s);
	check(n >= 5, "keep: the upgraded store keeps generations", n, 0);
	kept_check(c, 0);
	md_free(c);
	md_free(m);
}

/* ---------------------------------------------------------------- damage */

static void
test_damage(void)
{
	struct memdev *m = md_new();
	int gens = workload(m, 6);
	uint8_t *good = malloc((size_t)CAP * SNAP_PAGE);
	memcpy(good, m->img, (size_t)CAP * SNAP_PAGE);
	uint64_t g;
	char err[256];
	int silent = 0, errors = 0, ok = 0;
	for (int t = 0; t < 300; t++) {
		memcpy(m->img, good, (size_t)CAP * SNAP_PAGE);
		uint32_t b = rnd() % CAP;
		for (uint32_t i = 0; i < SNAP_PAGE / 4; i++)
			((uint32_t *)(m->img + (size_t)b * SNAP_PAGE))[i] = rnd();
		int rc = restore_check(m, &g, err, sizeof err);
		silent += rc == -2;
		errors += rc < 0 && rc != -2;
		ok += rc == 0;
	}
	printf("damage: 300 random blocks overwritten: %d restored intact, %d refused or "
	       "reported, %d silent\n",
	       ok, errors, silent);
	check(silent == 0, "damage: never a silent wrong world", silent, 0);
	/* newest superblock destroyed: gen - 1 from the other slot, verified */
	memcpy(m->img, good, (size_t)CAP * SNAP_PAGE);
	memset(m->img + (size_t)(gens % 2) * SNAP_PAGE + 100, 0xAB, 300);
	int rc = restore_check(m, &g, err, sizeof err);
	check(rc == 0 && g == (uint64_t)gens - 1, "damage: newest superblock -> older gen", rc,
	      (long)g);
	/* both destroyed */
	memset(m->img + (size_t)((gens + 1) % 2) * SNAP_PAGE + 100, 0xAB, 300);
	rc = restore_check(m, &g, err, sizeof err);
	check(rc == SNAP_EDAMAGED, "damage: both superblocks -> refused", rc, 0);
	printf("damage: both superblocks: %s\n", err);
	/* foreign bytes */
	memset(m->img, 0, (size_t)CAP * SNAP_PAGE);
	memcpy(m->img + 1024, "\x53\xef", 2); /* an ext2 magic at its offset 1080-ish */
	for (int i = 0; i < 4096; i++)
		m->img[8192 + i] = (uint8_t)rnd();
	rc = restore_check(m, &g, err, sizeof err);
	check(rc == SNAP_EFOREIGN, "damage: foreign bytes -> refused", rc, 0);
	printf("damage: foreign bytes: %s\n", err);
	const char *ext2 = getenv("CRASH_EXT2");
	FILE *f = ext2 ? fopen(ext2, "rb") : NULL;
	if (f) {
		memset(m->img, 0, (size_t)CAP * SNAP_PAGE);
		size_t r = fread(m->img, 1, (size_t)CAP * SNAP_PAGE, f);
		fclose(f);
		rc = restore_check(m, &g, err, sizeof err);
		check(rc == SNAP_EFOREIGN, "damage: ext2 image -> refused", rc, (long)r);
		printf("damage: ext2 image: %s\n", err);
	}
	free(good);
}

/* ---------------------------------------------------------------- pauses */

static uint64_t
now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

static void
bench_pause(const char *store)
{
	const size_t size = (size_t)64 << 20;
	const uint32_t np = (uint32_t)(size / SNAP_PAGE);
	unlink(store);
	char err[256];
	int rc = phost_open(store, BASE, size, err, sizeof err);
	if (rc < 0) {
		printf("pause: %s\n", err);
		return;
	}
	struct snap *s = phost_snap();
	phost_start(0, NULL);
	uint32_t counts[] = { 100, 1000, 10000 };
	for (int c = 0; c < 6; c++) {
		uint32_t stride = c < 3 ? 2 : 1, cnt = counts[c % 3];
		uint64_t t[11], wbytes = 0, wus = 0;
		for (int r = 0; r < 11; r++) {
			for (uint32_t i = 0; i < cnt; i++) /* stride 2: one mprotect per page */
				((volatile uint8_t *)
				         BASE)[(size_t)((i * stride + r) % np) * SNAP_PAGE] =
					(uint8_t)r;
			uint64_t t0 = now_us();
			phost_safepoint(1);
			t[r] = now_us() - t0;
			uint64_t w0 = now_us();
			phost_sync();
			wus += now_us() - w0;
			wbytes += (uint64_t)cnt * SNAP_PAGE;
		}
		qsort(t, 11, sizeof t[0], cmp_u64);
		printf("pause: %5u dirty pages (%s): median %llu us, max %llu us; write %.0f MiB/s\n",
		       cnt, stride == 2 ? "scattered" : "contiguous", (unsigned long long)t[5],
		       (unsigned long long)t[10], wus ? wbytes / (double)wus * 1e6 / 1048576 : 0.0);
	}
	(void)s;
}

int
main(int argc, char **argv)
{
	const char *only = argc > 1 ? argv[1] : "all";
	if (!strcmp(only, "all") || !strcmp(only, "cuts"))
		test_cuts();
	if (!strcmp(only, "all") || !strcmp(only, "ioerr"))
		test_ioerr();
	if (!strcmp(only, "all") || !strcmp(only, "damage"))
		test_damage();
	if (!strcmp(only, "all") || !strcmp(only, "keep"))
		test_keep();
	if (!strcmp(only, "pause"))
		bench_pause(argc > 2 ? argv[2] : "/tmp/crash-pause.store");
	printf("%d passed, %d failed\n", npass, nfail);
	return nfail != 0;
}
