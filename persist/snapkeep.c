/*
 * snapkeep.c - the kept generations: which committed generations the store
 * keeps besides the newest, their history block, the room they may take,
 * and rolling the world back to one of them.
 *
 * Invariant: no block of a kept generation is ever written. The blocks a
 * round may write are those outside every kept generation's bitmap (kept
 * in memory, keep[i].bits; `used` is their union plus the round's own and
 * the quarantine), and a generation leaves the kept list only by a commit
 * whose history no longer names it - so at every instant the store's
 * newest superblock names only generations whose blocks are untouched.
 *
 * Format (see snap.c): superblock -> history block -> each kept
 * generation's copy (the superblock it was committed with, whole, checked
 * by the crc32c in the history entry) -> its maps, bitmap and pages.
 *
 * Thinning (by the clock words, milliseconds of the world's time): the
 * newest KEEP_NEWEST always; older ones by their age against the newest:
 * one a minute under 5 minutes, one per 10 minutes under an hour, one an
 * hour beyond - the oldest of each slot (slots of the clock, nested: a
 * generation kept stays kept as it ages, until its slot merges with an
 * older one's); at most SNAP_KEEP in all, the oldest go first.
 *
 * Room: after each commit at least reserve() blocks must be outside every
 * kept generation - the next round with every page the world may hold
 * dirty, and once more for the blocks a failed superblock write leaves in
 * quarantine - so the oldest kept generations are dropped (by that very
 * commit) when space is short. The world may hold snap_room() pages.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "crc32c.h"
#include "snap_impl.h"

#define KEEP_NEWEST 4u
#define MINUTE      60000ull
#define HIST_ENTRY  32u
#define HIST_FIRST  16u

/* Blocks of metadata a round writes at most: every map, the bitmap, the
 * history and the copy. */
static uint64_t
meta_blocks(struct snap *s)
{
	return (uint64_t)s->nmap + s->nbmp + 2;
}

uint32_t
snap_room(struct snap *s)
{
	uint64_t third = (s->nblocks - 2) / 3, m = meta_blocks(s);
	uint64_t room = third > m ? third - m : 0;
	return room < s->npages ? (uint32_t)room : s->npages;
}

static uint64_t
reserve(struct snap *s)
{
	return 2 * ((uint64_t)snap_room(s) + meta_blocks(s));
}

uint32_t
snap_pages_used(struct snap *s)
{
	return s->npages_used;
}

uint32_t
snap_dropped(struct snap *s)
{
	return s->ndropped;
}

int
snap_kept(struct snap *s, struct snap_kept *out, int max)
{
	int n = 0;
	for (uint32_t i = 0; i < s->nkeep && n < max; i++, n++)
		out[n] = (struct snap_kept){ s->keep[i].gen, s->keep[i].clock };
	return n;
}

void
snap_keep_union(struct snap *s)
{
	size_t w = snap_bitwords(s);
	memcpy(s->used, s->keep[0].bits, w * 8);
	for (uint32_t i = 1; i < s->nkeep; i++)
		for (size_t k = 0; k < w; k++)
			s->used[k] |= s->keep[i].bits[k];
}

void
snap_keep_reset(struct snap *s)
{
	for (uint32_t i = 1; i < s->nkeep; i++) {
		free(s->keep[i].bits);
		s->keep[i].bits = NULL;
	}
	s->nkeep = 1;
	snap_keep_union(s);
}

/* ---------------------------------------------------------------- the round's plan */

static uint64_t
slot_unit(uint64_t age)
{
	return age < 5 * MINUTE ? MINUTE : age < 60 * MINUTE ? 10 * MINUTE : 60 * MINUTE;
}

/* knext: the kept generations the new one (clock pclock) keeps, by time. */
static void
thin(struct snap *s)
{
	uint32_t cand[SNAP_KEEP], n = 0;
	for (uint32_t i = s->replace0 ? 1 : 0; i < s->nkeep; i++)
		if (s->keep[i].copy) /* no copy (gen 0, a version-1 store): cannot be kept */
			cand[n++] = i;
	uint32_t keep[SNAP_KEEP], nk = 0;
	uint64_t now = s->pclock;
	for (uint32_t j = n; j-- > 0;) { /* oldest first */
		const struct snap_gen *g = &s->keep[cand[j]];
		uint64_t age = now > g->clock ? now - g->clock : 0, unit = slot_unit(age);
		int newest = j < KEEP_NEWEST - 1; /* with the new one: the newest 4 */
		if (!newest && nk && s->keep[keep[nk - 1]].clock / unit == g->clock / unit)
			continue; /* its slot has an older one */
		keep[nk++] = cand[j];
	}
	s->nknext = 0; /* newest first, the new one not counted: at most SNAP_KEEP - 1 */
	for (uint32_t j = nk; j-- > 0 && s->nknext < SNAP_KEEP - 1;)
		s->knext[s->nknext++] = keep[j];
}

static uint64_t
popcount(const uint64_t *v, size_t w)
{
	uint64_t n = 0;
	for (size_t k = 0; k < w; k++)
		n += (uint64_t)__builtin_popcountll(v[k]);
	return n;
}

/* Drop the oldest of knext until reserve() blocks stay free after this
 * commit (the new generation's blocks and the kept ones' are in use). */
static int
make_room(struct snap *s)
{
	size_t w = snap_bitwords(s);
	uint64_t *u = malloc(w * 8), need = reserve(s);
	if (!u)
		return SNAP_ENOMEM;
	memcpy(u, s->nbits, w * 8);
	uint32_t fits = 0;
	for (uint32_t i = 0; i < s->nknext; i++) {
		const uint64_t *b = s->keep[s->knext[i]].bits;
		for (size_t k = 0; k < w; k++)
			u[k] |= b[k];
		if (s->nblocks - popcount(u, w) < need)
			break;
		fits = i + 1;
	}
	free(u);
	s->ndropped = s->nknext - fits;
	s->nknext = fits;
	return 0;
}

int
snap_keep_plan(struct snap *s)
{
	thin(s);
	return make_room(s);
}

void
snap_keep_history(struct snap *s, uint8_t *page)
{
	memset(page, 0, SNAP_PAGE);
	snap_put32(page, s->nknext);
	for (uint32_t i = 0; i < s->nknext; i++) {
		const struct snap_gen *g = &s->keep[s->knext[i]];
		uint8_t *e = page + HIST_FIRST + HIST_ENTRY * i;
		snap_put64(e, g->gen);
		snap_put64(e + 8, g->clock);
		snap_put32(e + 16, g->copy);
		snap_put32(e + 20, g->ccrc);
	}
}

/* The commit made: the new generation in front, knext behind it, the
 * rest dropped (their bitmaps freed), and their blocks free. */
void
snap_keep_commit(struct snap *s, uint32_t copy, uint32_t ccrc)
{
	struct snap_gen next[SNAP_KEEP];
	uint8_t stays[SNAP_KEEP] = { 0 };
	next[0] = (struct snap_gen){ s->gen, s->pclock, copy, ccrc, s->nbits };
	for (uint32_t i = 0; i < s->nknext; i++) {
		next[i + 1] = s->keep[s->knext[i]];
		stays[s->knext[i]] = 1;
	}
	uint64_t *spare = NULL;
	for (uint32_t i = 0; i < s->nkeep; i++) {
		if (stays[i])
			continue;
		if (!spare)
			spare = s->keep[i].bits;
		else
			free(s->keep[i].bits);
	}
	s->nkeep = s->nknext + 1;
	memcpy(s->keep, next, s->nkeep * sizeof next[0]);
	for (uint32_t i = s->nkeep; i < SNAP_KEEP; i++)
		s->keep[i].bits = NULL;
	s->nbits = spare ? spare : calloc(snap_bitwords(s), 8);
	s->replace0 = 0;
	snap_keep_union(s);
}

/* ---------------------------------------------------------------- restore */

/* Read kept generation g's copy into buf and check it is that one's. */
static int
read_copy(struct snap *s, const struct snap_gen *g, uint8_t *buf)
{
	if (g->copy < 2 || g->copy >= s->nblocks)
		return snap_fail(s, SNAP_EDAMAGED, "copy ref out of range (%llu)", g->copy);
	int rc = snap_read_checked(s, g->copy, g->ccrc, buf, "superblock copy");
	if (rc)
		return rc;
	if (memcmp(buf, MAGIC, 8) || snap_get64(buf + 16) != g->gen ||
	    snap_get64(buf + 24) != s->nblocks || snap_get32(buf + 52) != s->nmap ||
	    snap_get32(buf + 56) != s->nbmp || snap_get32(buf + 8) != VERSION)
		return snap_fail(s, SNAP_EDAMAGED, "copy of gen %llu does not match", g->gen);
	return 0;
}

int
snap_keep_load(struct snap *s)
{
	uint8_t *h = malloc(SNAP_PAGE), *c = malloc(SNAP_PAGE);
	int rc = h && c ? 0 : SNAP_ENOMEM;
	if (!rc)
		rc = snap_read_checked(s, s->chref, s->chcrc, h, "history");
	uint32_t n = rc ? 0 : snap_get32(h);
	if (n >= SNAP_KEEP)
		rc = snap_fail(s, SNAP_EDAMAGED, "history of %llu generations", n);
	for (uint32_t i = 0; i < n && !rc; i++) {
		const uint8_t *e = h + HIST_FIRST + HIST_ENTRY * i;
		struct snap_gen *g = &s->keep[s->nkeep];
		*g = (struct snap_gen){ snap_get64(e), snap_get64(e + 8), snap_get32(e + 16),
			                snap_get32(e + 20), NULL };
		if (g->gen >= s->keep[s->nkeep - 1].gen)
			rc = snap_fail(s, SNAP_EDAMAGED, "history out of order at gen %llu",
			               g->gen);
		if (!rc)
			rc = read_copy(s, g, c);
		if (!rc && !(g->bits = malloc(snap_bitwords(s) * 8)))
			rc = SNAP_ENOMEM;
		if (!rc)
			rc = snap_load_bitmap(s, c, g->bits);
		if (!rc)
			s->nkeep++;
		else
			free(g->bits), g->bits = NULL;
	}
	if (rc && !s->note[0])
		snprintf(s->note, sizeof s->note, "kept generations dropped from %u on: %.160s",
		         s->nkeep, s->err);
	s->err[0] = 0;
	free(h);
	free(c);
	snap_keep_union(s);
	return rc;
}

/* ---------------------------------------------------------------- rollback */

static uint32_t
pick(struct snap *s, uint32_t steps, uint64_t ago_ms, int *clamped)
{
	uint32_t last = s->nkeep - 1;
	*clamped = 0;
	if (steps) {
		*clamped = steps > last;
		return steps > last ? last : steps;
	}
	for (uint32_t i = 1; i <= last; i++)
		if (s->keep[0].clock - s->keep[i].clock >= ago_ms)
			return i;
	*clamped = 1;
	return last;
}

int
snap_rollback(struct snap *s, uint32_t steps, uint64_t ago_ms, struct snap_rollback *r)
{
	memset(r, 0, sizeof *r);
	r->gen = r->newest = r->now = s->gen;
	if (!steps && !ago_ms)
		return 0;
	uint32_t k = pick(s, steps, ago_ms, &r->clamped);
	if (k == 0)
		return 0;
	uint8_t *c = malloc(SNAP_PAGE);
	if (!c)
		return SNAP_ENOMEM;
	uint64_t newest = s->gen, clock0 = s->keep[0].clock;
	int rc = read_copy(s, &s->keep[k], c);
	if (!rc) { /* keep[0] becomes gen k (its maps, refs and bitmap): 0..k-1 go */
		for (uint32_t i = 0; i < k; i++)
			free(s->keep[i].bits);
		memmove(&s->keep[0], &s->keep[k], (s->nkeep - k) * sizeof s->keep[0]);
		for (uint32_t i = s->nkeep - k; i < s->nkeep; i++)
			s->keep[i].bits = NULL;
		r->ndropped = k;
		s->nkeep -= k;
		rc = snap_load_gen(s, c);
	}
	free(c);
	if (rc)
		return rc;
	r->gen = s->gen;
	r->ago_ms = clock0 - s->clock;
	r->drop_lo = s->keep[0].gen + 1;
	r->drop_hi = newest;
	s->gen = newest; /* the rollback commits as newest + 1 */
	s->npend = 0;
	s->replace0 = 1;
	__atomic_store_n(&s->busy, 1, __ATOMIC_RELEASE);
	rc = snap_write(s);
	r->now = s->gen;
	return rc;
}

int
snap_rollback_spec(struct snap *s, const char *spec, char *msg, size_t n)
{
	char *end;
	unsigned long v = strtoul(spec, &end, 10);
	msg[0] = 0;
	if (end == spec || (*end && strcmp(end, "m") != 0) || v > 100000)
		return snprintf(msg, n,
		                "rollback: '%s' is neither N (generations) nor Nm (minutes)", spec),
		       SNAP_EGEOM;
	if (v == 0)
		return 0;
	if (s->nkeep < 2) {
		snprintf(msg, n, "rollback: the store keeps no older generation; gen %llu stays",
		         (unsigned long long)s->gen);
		return 0;
	}
	struct snap_rollback r;
	int rc = *end ? snap_rollback(s, 0, v * MINUTE, &r) : snap_rollback(s, (uint32_t)v, 0, &r);
	if (rc)
		return snprintf(msg, n, "rollback: failed: %s", snap_error(s)), rc;
	snprintf(msg, n,
	         "rollback: restored gen=%llu from %llu s ago as gen=%llu; dropped gens %llu..%llu "
	         "(%u kept)%s",
	         (unsigned long long)r.gen, (unsigned long long)(r.ago_ms / 1000),
	         (unsigned long long)r.now, (unsigned long long)r.drop_lo,
	         (unsigned long long)r.drop_hi, r.ndropped,
	         r.clamped ? "; asked beyond the oldest kept generation" : "");
	return 0;
}
