/*
 * world_kern.c - the persistent world: at boot, open the store on the disk
 * (persist/persist_kern.c) and either restore the VM that was running when the
 * last snapshot committed, or create a new VM and start what the boot
 * option phantom.run=NAME[,NAME...] names (files NAME.ph of apps.tar: an
 * app, a file with a class that extends App, as the launcher starts it;
 * any other file compiled on its own, its main() started as a thread of
 * the world; or a Java app, the directory NAME/ of apps.tar:
 * world_java_kern.c). Then run the VM forever on the kernel thread "pvm".
 *
 * Threads: every VM thread is scheduled by the VM itself on "pvm" (time
 * slices counted in instructions, pvm/thread.c); "pvm" is an ordinary
 * preemptive kernel thread. So between two slices every VM thread is at an
 * instruction boundary with all its state in the arena: that is where a
 * snapshot's pause happens (pv_snap_hook), on "pvm" itself, and nothing
 * else writes the arena meanwhile.
 *
 * Restart list: after a restore the world's clock continues from the word
 * saved with the snapshot (sleeping threads' wake times are in that clock),
 * System.boots() counts one more, the heap's limit is set for this boot's
 * RAM, and blocked natives simply ask again (they are restartable).
 *
 * Rollback (phantom.rollback=N or Nm) happens before the arena is touched;
 * the heap's limit is the smaller of a RAM share and what the store can
 * commit (snap_room), and world_warning() says when the world nears it.
 *
 * Serial log: "cold boot" or "restore gen=N" (and why, when it fell back),
 * "world: running ..."; one "snapshot committed ..." line per snapshot
 * (persist_kern.c). A refused disk logs why and writes nothing; world_failure()
 * gives the desktop the same text.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "kernel/arch.h"
#include "kernel/bootfs.h"
#include "kernel/bootinfo.h"
#include "kernel/initcall.h"
#include "kernel/input.h"
#include "kernel/klog.h"
#include "kernel/memlayout.h"
#include "kernel/param.h"
#include "kernel/thread.h"
#include "kernel/timer.h"
#include "persist/persist_kern.h"
#include "arena.h"
#include "lang/lang.h"
#include "array.h"
#include "compile.h"
#include "gc.h"
#include "group.h"
#include "heap.h"
#include "lib.h"
#include "map.h"
#include "module.h"
#include "platform.h"
#include "roots.h"
#include "thread.h"
#include "vm.h"
#include "world.h"
#include "world_java.h"

#define WELCOME_APP    "notes" /* opened in a new world (phantom.welcome=NAME|0) */
#define HEAP_SHARE_NUM 3       /* the heap may take 3/4 of the RAM left ... */
#define HEAP_SHARE_DEN 4       /* ... the rest covers copy-on-write and tables */
#define WORLD_WARN_PCT 80      /* world_warning() from this share of the store's room */

#define LAUNCH_MAX       8    /* launch requests waiting for the VM's thread */
#define SYNC_PATIENCE_MS 1000 /* a sync waits this long for every thread to wait */

static pv_vm *vm;
static char failure[300];
static struct mutex world_mu;
static struct sem idle_wake; /* an event for an app: end the idle wait */
static void (*start_hook)(pv_vm *vm);
static char launches[LAUNCH_MAX][32]; /* names, under the world lock */
static int nlaunches;

const char *
world_failure(void)
{
	return failure[0] ? failure : NULL;
}

void
world_lock(void)
{
	mutex_lock(&world_mu);
}

void
world_unlock(void)
{
	mutex_unlock(&world_mu);
}

void
world_on_start(void (*fn)(pv_vm *vm))
{
	start_hook = fn;
}

/* The desk made an app thread ready: stop idling. */
void
world_wake(void)
{
	sem_post(&idle_wake);
}

static char safe_text[200]; /* set by safe_boot() */

/* Figures read without a lock: a stale one only delays the warning. */
const char *
world_warning(const char **title)
{
	static char text[200];
	struct snap *s = pkern_snap();
	if (!s || failure[0])
		return NULL;
	if (safe_text[0]) {
		*title = "Safe boot: the apps are paused";
		return safe_text;
	}
	*title = "The disk is nearly full";
	uint32_t used = snap_pages_used(s), room = snap_room(s);
	if (!room || (uint64_t)used * 100 < (uint64_t)room * WORLD_WARN_PCT)
		return NULL;
	snprintf(text, sizeof text,
	         "The disk is %u%% full: the world holds %u of the %u MiB this disk can keep. "
	         "Close apps or use a bigger disk.",
	         (unsigned)((uint64_t)used * 100 / room), used / 256, room / 256);
	return text;
}

static void
fail(const char *why)
{
	snprintf(failure, sizeof failure, "%s", why);
	klog("world: %s", why);
}

/* ---------------------------------------------------------------- snapshots */

static void
snap_tick(void)
{
	pv_snap_request = 1;
	if (!vm->trap) /* a write would dirty the VM's page for nothing */
		vm->trap = 1;
}

/* pv_snap_hook: every VM thread is at a boundary. */
static void
snap_now(void)
{
	if (vm->oom || vm->oom_retry)
		return; /* the scheduler owes a thread a collection: later */
	if (pkern_safepoint((uint64_t)pv_uptime_ms()) != SNAP_BUSY)
		pv_snap_request = 0;
}

static int
snap_figures(struct snap_stats *out, int max, uint32_t *commits)
{
	*commits = snap_commits(pkern_snap());
	return snap_recent(pkern_snap(), out, max);
}

static uint32_t
arg_u32(const char *key, uint32_t dflt, uint32_t lo, uint32_t hi)
{
	char buf[16];
	const char *v = bootinfo_arg(key, buf, sizeof buf);
	if (!v || !*v)
		return dflt;
	long x = strtol(v, NULL, 10);
	return x < (long)lo ? lo : x > (long)hi ? hi : (uint32_t)x;
}

/* ---------------------------------------------------------------- sync */

/* world_sync_request (world.h). The desktop asks (sync_want); the VM's
 * thread, when every VM thread waits (or after SYNC_PATIENCE_MS of busy
 * threads: a looping app), takes a snapshot for it (sync_taken,
 * sync_flight) or, if nothing changed since the last commit, answers at
 * once; the writer answers when that snapshot commits (sync_done,
 * sync_gen), or hands the request back to the VM's thread if it failed.
 * Ephemeral: a new boot starts with nothing asked. */
static volatile uint32_t sync_want, sync_taken, sync_flight, sync_done;
static volatile uint64_t sync_asked_ms;         /* timer_ms() of the oldest request not yet taken */
static volatile uint64_t sync_gen, sync_expect; /* the gen sync_flight's snapshot commits */

void
world_sync_request(uint32_t id)
{
	if (sync_want == sync_taken)
		sync_asked_ms = timer_ms();
	if (id > sync_want)
		sync_want = id;
	world_wake();
}

uint32_t
world_synced(uint64_t *gen)
{
	uint32_t done = sync_done;
	__atomic_thread_fence(__ATOMIC_ACQUIRE);
	*gen = sync_gen;
	return done;
}

static void
sync_answer(uint32_t id, uint64_t gen)
{
	sync_gen = gen;
	__atomic_thread_fence(__ATOMIC_RELEASE);
	sync_done = id;
	struct input_event ev = { .type = INPUT_SYNC, .x = 0 }; /* the desktop: say so */
	input_push(&ev);
}

/* A debug boot (phantom.heapcheck=1) checks the whole heap for every sync
 * before its snapshot: a test that syncs after each step (the monkey) has
 * the heap checked after each step. */
static void
sync_heapcheck(uint32_t want)
{
	static uint32_t checked;
	if (!(vm->heap.stress & PV_GC_CHECK_CYCLES) || checked == want)
		return;
	checked = want;
	uint64_t t0 = timer_us();
	pv_gc_check_or_die(vm);
	klog("gc: heap checked clean for sync %u: %zu KiB in use, %u ms", want,
	     (size_t)(vm->heap.bump - vm->heap.start) / 1024, (unsigned)((timer_us() - t0) / 1000));
}

/* On the VM's thread, every VM thread waiting. */
static void
sync_snapshot(void)
{
	if (vm->oom || vm->oom_retry)
		return;
	uint32_t want = sync_want;
	sync_heapcheck(want);
	int rc = pkern_safepoint((uint64_t)pv_uptime_ms());
	if (rc == SNAP_STARTED) {
		sync_expect = snap_gen(pkern_snap()) + 1;
		sync_flight = want;
		sync_taken = want;
		pv_snap_request = 0;
	} else if (rc == SNAP_IDLE && snap_clean(pkern_snap())) {
		sync_taken = want;
		sync_answer(want, snap_gen(pkern_snap()));
	} /* else the writer is busy, or dirty pages found no room: the next idle */
}

/* On the writer's thread. A commit older than the sync's snapshot (its
 * report can come after the VM started the next) answers nothing; a
 * failure makes the VM's thread take another snapshot, at worst one more
 * than needed. */
static void
sync_committed(int rc, uint64_t gen)
{
	uint32_t flight = sync_flight;
	if (flight <= sync_done)
		return;
	if (rc == 0 && gen >= sync_expect)
		sync_answer(flight, gen);
	else if (rc != 0)
		sync_taken = sync_done; /* ask again */
	world_wake();
}

/* ---------------------------------------------------------------- heap checks */

/* phantom.heapcheck=1 (a debug boot): the whole heap is checked now and
 * after every completed collection; a broken heap panics with the reason.
 * The bit lives in the arena's heap record: each boot sets it anew. */
static void
heapcheck_setup(void)
{
	vm->heap.stress &= ~PV_GC_CHECK_CYCLES;
	if (!bootinfo_flag("phantom.heapcheck"))
		return;
	vm->heap.stress |= PV_GC_CHECK_CYCLES;
	uint64_t t0 = timer_us();
	pv_gc_check_or_die(vm);
	klog("gc: heap check on after every cycle; the world's heap checked clean in %u ms",
	     (unsigned)((timer_us() - t0) / 1000));
}

/* One line a second at most: how many checks have passed. */
static void
heapcheck_log(void)
{
	static uint32_t logged;
	static uint64_t last_ms;
	if (!vm || pv_gc_checks == logged) /* every time slice: the cheap test first */
		return;
	uint64_t now = timer_ms();
	if (now - last_ms < 1000)
		return;
	logged = pv_gc_checks;
	last_ms = now;
	klog("gc: heap check ok (%u checks, cycle %llu, %zu objects)", (unsigned)logged,
	     (unsigned long long)vm->heap.cycles, vm->heap.objects);
}

/* ---------------------------------------------------------------- apps */

/* The name of the class in src that extends App, into cls; false if none.
 * Comments and strings do not count ("// a class that extends App"). */
static bool
app_class(const char *src, size_t len, char *cls, size_t n)
{
	const char *end = src + len;
	for (const char *p = src; p + 11 < end; p++) {
		const char *q0 = pv_module_skip(p, end); /* not in a comment or a string */
		if (q0 != p) {
			p = q0 - 1;
			continue;
		}
		if (memcmp(p, "extends App", 11) != 0 ||
		    (p + 11 < end && (isalnum((unsigned char)p[11]) || p[11] == '_')))
			continue;
		const char *q = p; /* back over spaces, the name, spaces, "class" */
		while (q > src && q[-1] == ' ')
			q--;
		const char *name_end = q;
		while (q > src && (isalnum((unsigned char)q[-1]) || q[-1] == '_'))
			q--;
		const char *name = q;
		while (q > src && q[-1] == ' ')
			q--;
		if (q - src >= 5 && memcmp(q - 5, "class", 5) == 0 && name_end > name &&
		    (size_t)(name_end - name) < n) {
			memcpy(cls, name, (size_t)(name_end - name));
			cls[name_end - name] = 0;
			return true;
		}
	}
	return false;
}

struct applist {
	struct world_app *out;
	int n, max;
};

static void
list_app(const char *file, const void *data, size_t len, void *ctx)
{
	struct applist *l = ctx;
	struct world_app *a = &l->out[l->n];
	size_t fl = strlen(file);
	if (l->n < l->max && world_java_app_class(file, data, len, a->file, sizeof a->file,
	                                          a->title, sizeof a->title)) {
		l->n++;
		return;
	}
	if (l->n >= l->max || fl < 4 || fl - 3 >= sizeof a->file ||
	    strcmp(file + fl - 3, ".ph") != 0 || !app_class(data, len, a->title, sizeof a->title))
		return;
	memcpy(a->file, file, fl - 3);
	a->file[fl - 3] = 0;
	l->n++;
}

int
world_apps(struct world_app *out, int max)
{
	struct applist l = { out, 0, max };
	bootfs_each(list_app, &l);
	return l.n;
}

void
world_launch(const char *name)
{
	if (nlaunches == LAUNCH_MAX || strlen(name) >= sizeof launches[0])
		return;
	strcpy(launches[nlaunches++], name);
	world_wake();
}

/* FNV-1a of an app's source: its version. */
static uint32_t
version_of(const void *data, size_t len)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < len; i++)
		h = (h ^ ((const uint8_t *)data)[i]) * 16777619u;
	return h;
}

/* phantom.quota=FILE:MIB[:THREADS][,...]: the app FILE (apps.tar's
 * FILE.ph) may hold MIB MiB and run THREADS threads, more (or less) than
 * the defaults (group.h, docs/desktop.md). */
static void
quota_of(uint32_t g, const char *file)
{
	char list[200];
	size_t n = strlen(file);
	const char *p = bootinfo_arg("phantom.quota", list, sizeof list);
	for (; p && *p; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL) {
		if (strncmp(p, file, n) != 0 || p[n] != ':')
			continue;
		char *end;
		unsigned long mib = strtoul(p + n + 1, &end, 10);
		pv_group *r = pv_group_at(g);
		if (r && mib)
			r->max_bytes = (uint64_t)mib << 20;
		if (r && *end == ':')
			r->max_threads = (uint32_t)strtoul(end + 1, NULL, 10);
		klog("world: %s may hold %lu MiB%s", file, mib,
		     *end == ':' ? " (threads set)" : "");
		return;
	}
}

/* Start fn's thread in a new group (group.h) named name: what it and its
 * threads allocate is charged to it, and it can be ended as one. */
static pv_thread *
start_in_group(const char *name, const char *file, uint32_t flags, pv_value inits, pv_value fn)
{
	uint32_t g = pv_group_new(vm, name, flags);
	if (g)
		quota_of(g, file);
	pv_cur_group = g;
	pv_thread *th = pv_main_start(vm, inits, fn);
	pv_cur_group = 0;
	if (!th)
		pv_group_end(vm, g);
	return th;
}

/* Java app NAME (apps.tar's NAME/, its app class cls) on a new thread. */
static void
launch_java(const char *name, const char *cls)
{
	pv_array *inits = pv_array_new(vm, 4);
	pv_value fn = world_java_load(vm, name, cls, inits);
	if (fn == PV_NULL)
		return;
	pv_thread *th = start_in_group(cls, name, PV_GF_APP, pv_val(inits), fn);
	if (!th) {
		klog("world: %s: its launcher does not start", name);
		return;
	}
	klog("world: launched %s (class %s) as thread %u, app %u, in Java", name, cls, th->id,
	     pv_group_at(pv_obj_group(&th->h))->serial);
}

/*
 * Start the app NAME on a new thread. Each version of an app (its source
 * as apps.tar holds it in this boot) is compiled once, into its own
 * namespace "NAME@VERSION" (pvm/load.c), with a stub that makes and runs
 * its App; a new build with a changed app compiles the new version beside
 * the old one, whose windows keep running the old code. On the VM's
 * thread.
 */
static void
launch_now(const char *name)
{
	char file[48], cls[64], stub[160], ns[64], full[96];
	const void *data;
	size_t len;
	snprintf(file, sizeof file, "%s.ph", name);
	bool ph = bootfs_find(file, &data, &len);
	if (!ph && world_java_find(name, cls, sizeof cls)) {
		launch_java(name, cls);
		return;
	}
	if (!ph || !app_class(data, len, cls, sizeof cls)) {
		klog("world: no app %s (a file in apps.tar with a class that extends App)", file);
		return;
	}
	snprintf(ns, sizeof ns, "%s@%08x", name, version_of(data, len));
	snprintf(full, sizeof full, "%s.__launch", ns);
	pv_value inits = PV_NULL, fn = pv_global_get(vm, full);
	if (!pv_is(fn, PV_K_CLOSURE)) {
		snprintf(stub, sizeof stub, "def __launch() { new %s().run(); }\n", cls);
		pv_src src[2] = { { file, data, len }, { "<launcher>", stub, strlen(stub) } };
		uint64_t t0 = timer_us();
		if (pv_compile_into(vm, src, 2, ns, &inits, NULL, NULL) != 0) {
			klog("world: %s does not compile (errors above)", file);
			return;
		}
		fn = pv_global_get(vm, full);
		klog("world: compiled %s as %s in %u ms", file, ns,
		     (unsigned)((timer_us() - t0) / 1000));
	}
	pv_thread *th = start_in_group(cls, name, PV_GF_APP, inits, fn);
	if (!th) {
		klog("world: %s: its launcher is not a function of no arguments", name);
		return;
	}
	klog("world: launched %s (class %s) as thread %u, app %u", name, cls, th->id,
	     pv_group_at(pv_obj_group(&th->h))->serial);
}

/* Between two time slices (pvm/platform.h), on the VM's thread with the
 * lock held: start what was asked for, and let a waiting thread (the
 * desktop) have the lock. */
void
pv_slice_end(void)
{
	heapcheck_log();
	if (sync_want != sync_taken && timer_ms() - sync_asked_ms >= SYNC_PATIENCE_MS)
		sync_snapshot(); /* an app that never waits (a loop) must not hold a sync */
	while (nlaunches > 0) {
		char name[32];
		strcpy(name, launches[0]);
		memmove(launches[0], launches[1], sizeof launches[0] * (size_t)--nlaunches);
		launch_now(name);
	}
	if (world_mu.waiters.head && world_mu.owner == thread_current()) {
		world_unlock();
		thread_yield();
		world_lock();
	}
}

/* Every VM thread waits (pvm/platform.h): a safepoint; then sleep without
 * the lock until the time or an event for an app. */
void
pv_idle_ms(int ms)
{
	if (pv_snap_request && pv_snap_hook)
		pv_snap_hook();
	if (nlaunches) {
		pv_slice_end();
		return;
	}
	if (sync_want != sync_taken && vm)
		sync_snapshot();
	if (sync_want != sync_taken && ms > 5)
		ms = 5;                                 /* the writer is busy: ask again soon */
	bool held = world_mu.owner == thread_current(); /* not in phantom.pvmtest */
	if (held)
		world_unlock();
	sem_wait_timeout(&idle_wake, ms > 0 ? (uint32_t)ms : 1);
	if (held)
		world_lock();
}

/* ---------------------------------------------------------------- new world */

/* phantom.run=NAME: an app (a class extends App) is launched as the
 * launcher launches it; any other file is compiled in its own namespace
 * and its main() started as a world thread (test and benchmark programs). */
static void
start_program(const char *name)
{
	char file[64], cls[64];
	const void *data;
	size_t len;
	snprintf(file, sizeof file, "%s.ph", name);
	if (!bootfs_find(file, &data, &len) && world_java_find(name, cls, sizeof cls)) {
		world_launch(name);
		return;
	}
	if (!bootfs_find(file, &data, &len)) {
		klog("world: no program %s in apps.tar", file);
		return;
	}
	if (app_class(data, len, cls, sizeof cls)) {
		world_launch(name);
		return;
	}
	pv_src src = { file, data, len };
	pv_value inits = PV_NULL;
	pv_map *funcs = pv_map_new(vm);
	uint64_t t0 = timer_us();
	if (pv_compile_into(vm, &src, 1, name, &inits, funcs, NULL) != 0) {
		klog("world: %s does not compile (errors above); not started", file);
		return;
	}
	pv_thread *th = start_in_group(name, name, 0, inits, pv_map_cget(funcs, "main"));
	if (!th) {
		klog("world: %s has no main()", file);
		return;
	}
	klog("world: started %s as thread %u (compiled in %u ms)", file, th->id,
	     (unsigned)((timer_us() - t0) / 1000));
}

static bool
create(size_t size)
{
	klog("cold boot");
	vm = pv_vm_open(ARENA_BASE, size);
	if (!vm || pv_openlibs(vm) != 0) {
		fail("cannot create the VM in the arena");
		return false;
	}
	vm->world = 1;
	char list[200];
	const char *run = bootinfo_arg("phantom.run", list, sizeof list);
	for (char *p = run ? list : NULL, *next; p && *p; p = next) {
		next = strchr(p, ',');
		if (next)
			*next++ = 0;
		start_program(p);
	}
	const char *first = bootinfo_arg("phantom.welcome", list, sizeof list);
	if (!first) /* a new world greets its user */
		world_launch(WELCOME_APP);
	else if (*first && strcmp(first, "0") != 0)
		world_launch(first);
	return true;
}

/* ---------------------------------------------------------------- restore */

/* phantom.safe=1: every app of the world is paused (group.h), so the task
 * manager can end the culprit before it runs again. A pause is this boot's
 * only: any other boot runs every app (one left paused by a safe boot too). */
static void
safe_boot(bool safe)
{
	uint32_t n = 0;
	for (uint32_t g = 1; g < pv_groups_count(); g++)
		if (pv_group_at(g)->state == PV_G_RUNNING) {
			pv_group_pause(g, safe);
			n++;
		}
	if (!safe)
		return;
	klog("safe boot: %u app%s paused; resume or end them in the task manager (Ctrl+Alt+Del)", n,
	     n == 1 ? "" : "s");
	snprintf(safe_text, sizeof safe_text,
	         "Apps of this world paused: %u. Nothing of theirs runs. Ctrl+Alt+Delete "
	         "opens the task manager, where you resume them or end the one at fault.",
	         n);
}

static bool
restore(size_t size)
{
	struct snap *s = pkern_snap();
	const char *note = snap_note(s);
	klog("restore gen=%llu", (unsigned long long)snap_gen(s));
	if (note)
		klog("restore: %s", note);
	vm = (pv_vm *)ARENA_BASE;
	if (vm->magic != PV_MAGIC || vm->arena_size != size || !vm->world) {
		fail("the stored world holds no VM this kernel can run");
		return false;
	}
	if (vm->version != PV_VERSION) {
		char why[160];
		snprintf(why, sizeof why,
		         "the stored world was made by a VM of another layout (%08x, this one "
		         "%08x); nothing is written to it",
		         vm->version, PV_VERSION);
		fail(why);
		return false;
	}
	char msg[300];
	int roots = pv_roots_restore(vm, msg, sizeof msg);
	if (roots < 0) {
		fail(msg);
		return false;
	}
	if (roots > 0) {
		char names[120];
		pv_module_rebuild(vm, names, sizeof names);
		klog("restore: %s; rebuilt from the installed classes: %s", msg,
		     names[0] ? names : "none");
	}
	pv_libs_bind(); /* the natives' C functions of this kernel */
	pv_uptime_set((int64_t)snap_clock(s));
	vm->boots++;
	pv_groups_bind(vm);
	safe_boot(bootinfo_flag("phantom.safe"));
	return true;
}

/* ---------------------------------------------------------------- the thread */

/* The heap's bytes the store can commit: every arena page below the
 * heap's hard end may be dirty at once (persist/snapkeep.c: snap_room). */
static size_t
store_room(void)
{
	uint64_t room = (uint64_t)snap_room(pkern_snap()) * SNAP_PAGE;
	uint64_t below = vm->heap.start - ARENA_BASE + (vm->heap.hard_end - vm->heap.end);
	return room > below ? (size_t)(room - below) : 0;
}

static void
on_damage(const char *why)
{
	fail(why);
}

static void
world_main(void *arg)
{
	char err[240];
	arch_fpu_double_precision(); /* doubles as on an SSE2 host */
	uint32_t mib = arg_u32("phantom.arena", PARAM_ARENA_MB, 4, PARAM_ARENA_MB_MAX);
	uint32_t ms = arg_u32("phantom.snapms", PARAM_SNAPSHOT_MS, 0, 3600000);
	int st = pkern_open(mib, bootinfo_flag("phantom.format"), err, sizeof err);
	if (st < 0) {
		char why[300];
		snprintf(
			why, sizeof why, "%s%s", err,
			st == SNAP_EFOREIGN || st == SNAP_EDAMAGED
				? " - boot with phantom.format=1 to erase the disk and start afresh"
				: "");
		fail(why);
		return;
	}
	char spec[16], msg[300];
	if (st == SNAP_RESTORED && bootinfo_arg("phantom.rollback", spec, sizeof spec)) {
		int rc = pkern_rollback(spec, msg, sizeof msg);
		if (msg[0])
			klog("%s", msg);
		if (rc < 0) {
			fail(msg);
			return;
		}
	}
	size_t size = pkern_arena_size();
	pv_arena_adopt((void *)ARENA_BASE, size);
	pkern_on_damage(on_damage);
	world_lock();
	if (!(st == SNAP_RESTORED ? restore(size) : create(size))) {
		world_unlock();
		return;
	}
	size_t ram = pkern_frames_left() * PAGE_SIZE / HEAP_SHARE_DEN * HEAP_SHARE_NUM;
	size_t disk = store_room();
	pv_heap_limit(vm, ram < disk ? ram : disk);
	heapcheck_setup();
	pv_snap_hook = snap_now;
	pv_snap_stats = snap_figures;
	if (start_hook)
		start_hook(vm);
	pkern_on_commit(sync_committed);
	pkern_start(ms, snap_tick);
	klog("world: running, %u MiB arena, heap up to %u MiB (RAM allows %u, the disk %u), "
	     "%u threads, boot %u, snapshots every %u ms",
	     (unsigned)(size >> 20), (unsigned)((vm->heap.end - vm->heap.start) >> 20),
	     (unsigned)(ram >> 20), (unsigned)(disk >> 20), vm->nthreads, vm->boots, ms);
	pv_schedule(vm);
}

static void
world_start(void)
{
	if (bootinfo_flag("phantom.pvmtest") || bootinfo_flag("phantom.atatest") ||
	    bootinfo_flag("phantom.snapbench"))
		return; /* those tests own the arena or the disk */
	if (!thread_create("pvm", world_main, NULL))
		panic("world: cannot create its thread");
}
INITCALL(world_start);
