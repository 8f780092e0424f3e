/*
 * main_host.c - the host runner, build/host/pvm.
 *
 *   pvm run FILE.ph...          compile the files together and run main()
 *   pvm run --store FILE [--snapshot-ms N] [--rollback N|Nm] FILE.ph...
 *                               the same in a persistent world (issue 4):
 *                               snapshots every N ms (default 1000) into
 *                               the store FILE; if FILE holds a committed
 *                               world, that world resumes instead (the
 *                               sources are not run again)
 *   pvm run FILE.pvc            load (verify) a class image and run main()
 *   pvm compile FILE.ph... -o OUT.pvc
 *   pvm disasm FILE.pvc
 *   pvm java [--store FILE [--snapshot-ms N]] [-cp DIR[:DIR...]] MAINCLASS [ARGS...]
 *                               convert javac's class files and run
 *                               MAINCLASS.main(ARGS), as `java` does (in a
 *                               persistent world with --store, as run); the
 *                               runtime's classes are in the directory
 *                               `jrt` beside this program (or $PVM_JRT)
 * Exit status: 0 main returned, 1 uncaught error or refused image, 2
 * compile errors (each as file:line:col: message) or bad usage.
 * Environment: PVM_GCSTRESS=1 collects fully at every allocation, =2 runs
 * a small incremental step at every allocation; PVM_GCCHECK=1 checks the
 * heap after the run (=2: after every GC step too); PVM_GCSTATS=1 prints
 * collector figures. With --store: PVM_SNAPLOG=1 logs `cold boot` /
 * `restore gen=N` and one line per snapshot on stderr; PVM_SNAPEVERY=N
 * snapshots (synchronously) at every Nth safepoint instead of by time, and
 * PVM_SNAPSTOP=K then ends the process right after the Kth commit (the
 * conformance-through-restore test).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "arena.h"
#include "persist/persist_host.h"
#include "platform.h"
#include "lang/lang.h"
#include "classimage.h"
#include "compile.h"
#include "disasm.h"
#include "gc.h"
#include "jvm/jerror.h"
#include "jvm/jpath_host.h"
#include "array.h"
#include "lib.h"
#include "load.h"
#include "str.h"
#include "thread.h"
#include "vm.h"

static char *
read_file(const char *path, size_t *len)
{
	char *buf = (char *)pv_read_all(path, len);
	if (!buf)
		fprintf(stderr, "pvm: cannot open %s\n", path);
	return buf;
}

static int
ends_with(const char *s, const char *suf)
{
	size_t a = strlen(s), b = strlen(suf);
	return a >= b && strcmp(s + a - b, suf) == 0;
}

static pv_image *
load_image_file(const char *path)
{
	size_t len;
	char *buf = read_file(path, &len), err[300];
	if (!buf)
		return NULL;
	pv_image *im = pvi_read((const uint8_t *)buf, len, err, sizeof err);
	free(buf);
	if (!im)
		fprintf(stderr, "pvm: %s: %s\n", path, err);
	return im;
}

static pv_src *
read_sources(char **files, int n)
{
	pv_src *src = calloc(n + 1, sizeof(pv_src));
	for (int i = 0; i < n; i++) {
		src[i].name = files[i];
		src[i].text = read_file(files[i], &src[i].len);
		if (!src[i].text)
			exit(2);
	}
	return src;
}

/* The program's main thread; 0 (after saying so) if it has no main(). */
static pv_thread *
start_main(pv_vm *vm, pv_value inits)
{
	vm->main = pv_main_start(vm, inits, pv_global_get(vm, "main"));
	if (!vm->main)
		fprintf(stderr, "pvm: no main() function to run\n");
	return vm->main;
}

static int
run_main(pv_vm *vm, pv_value inits)
{
	if (!start_main(vm, inits))
		return 2;
	int rc = pv_schedule(vm);
	fflush(stdout);
	return rc;
}

/* A VM with the core library open in it; NULL after saying why not. */
static pv_vm *
open_vm(void)
{
	pv_vm *vm = pv_vm_open(PV_ARENA_BASE, PV_ARENA_SIZE);
	if (!vm) {
		fprintf(stderr, "pvm: cannot create the VM (arena at %#lx)\n",
		        (unsigned long)PV_ARENA_BASE);
		return NULL;
	}
	if (pv_openlibs(vm) != 0) {
		fprintf(stderr, "pvm: the prelude does not compile\n");
		pv_vm_close(vm);
		return NULL;
	}
	return vm;
}

static void
after_run(pv_vm *vm)
{
	char buf[300];
	if (getenv("PVM_GCCHECK")) {
		pv_gc_full(vm);
		if (pv_gc_check(vm, buf, sizeof buf) != 0) {
			fprintf(stderr, "pvm: heap check failed: %s\n", buf);
			exit(3);
		}
	}
	if (getenv("PVM_GCSTATS")) {
		pv_gc_stats(vm, buf, sizeof buf);
		fputs(buf, stderr);
	}
}

static int usage(void);
static void out_stdout(const char *s, void *ctx);

static int
load_program(pv_vm *vm, char **files, int n, pv_value *inits)
{
	int rc;
	if (ends_with(files[0], ".pvc")) {
		char err[300];
		pv_image *im = load_image_file(files[0]);
		if (!im)
			return 1;
		rc = pv_load(vm, im, inits, err, sizeof err);
		pvi_free(im);
		if (rc) {
			fprintf(stderr, "pvm: %s: %s\n", files[0], err);
			return 1;
		}
		return 0;
	}
	pv_src *src = read_sources(files, n);
	rc = pv_compile_load(vm, src, n, inits);
	for (int i = 0; i < n; i++)
		free((char *)src[i].text);
	free(src);
	return rc;
}

/* ---------------------------------------------------------------- --store */

static pv_vm *store_vm;
static int snap_every, snap_stop, snap_seen, commits_seen;

static void
snap_tick(void)
{
	if (!snap_every)
		pv_snap_request = 1;
	store_vm->trap = 1;
}

/* pv_snap_hook: every VM thread is at a boundary. */
static void
snap_now(void)
{
	pv_vm *vm = store_vm;
	if (vm->oom || vm->oom_retry)
		return; /* the scheduler owes this thread a collection: later */
	if (snap_every) {
		vm->trap = 1; /* next boundary is a safepoint too */
		if (++snap_seen % snap_every)
			return;
	}
	int rc = phost_safepoint((uint64_t)pv_uptime_ms());
	if (rc == SNAP_BUSY)
		return;
	if (!snap_every)
		pv_snap_request = 0;
	else if (rc == SNAP_STARTED && phost_sync() == 0 && ++commits_seen == snap_stop) {
		fflush(stdout);
		_exit(0); /* as if the power went off right after the commit */
	}
}

static int
snap_figures(struct snap_stats *out, int max, uint32_t *commits)
{
	*commits = snap_commits(phost_snap());
	return snap_recent(phost_snap(), out, max);
}

/* The restart list of the host: the world's clock continues where the
 * snapshot left it (sleepers' wake times are in that clock), and the boot
 * counter moves on. */
static void
restart(pv_vm *vm)
{
	pv_uptime_set((int64_t)snap_clock(phost_snap()));
	vm->boots++;
}

/* A new world's program: loaded, its main thread started; 0, or the
 * exit status to end with. */
typedef int (*cold_fn)(pv_vm *vm, void *ctx);

static int
run_stored(const char *store, int ms, const char *rollback, cold_fn cold, void *ctx)
{
	char err[300];
	int logon = getenv("PVM_SNAPLOG") && atoi(getenv("PVM_SNAPLOG")) > 0;
	int st = phost_open(store, PV_ARENA_BASE, PV_ARENA_SIZE, err, sizeof err);
	if (st < 0) {
		fprintf(stderr, "pvm: %s: %s\n", store, err);
		return 1;
	}
	const char *note = snap_note(phost_snap());
	if (note)
		fprintf(stderr, "pvm: %s: %s\n", store, note);
	if (rollback && st == SNAP_RESTORED) {
		int r = snap_rollback_spec(phost_snap(), rollback, err, sizeof err);
		if (err[0])
			fprintf(stderr, "%s\n", err);
		if (r < 0)
			return 1;
	}
	pv_arena_adopt((void *)PV_ARENA_BASE, PV_ARENA_SIZE);
	phost_log(logon);
	pv_vm *vm;
	int rc;
	if (st == SNAP_RESTORED) {
		vm = (pv_vm *)PV_ARENA_BASE;
		if (vm->magic != PV_MAGIC || vm->arena_size != PV_ARENA_SIZE) {
			fprintf(stderr, "pvm: %s: the snapshot holds no VM\n", store);
			return 1;
		}
		if (vm->version != PV_VERSION) {
			fprintf(stderr,
			        "pvm: %s: made by a VM of another layout (%08x, this one %08x)\n",
			        store, vm->version, PV_VERSION);
			return 1;
		}
		if (logon)
			fprintf(stderr, "restore gen=%llu\n",
			        (unsigned long long)snap_gen(phost_snap()));
		pv_libs_bind();
		restart(vm);
		if (vm->main && vm->main->state >= PV_TS_DONE) {
			fprintf(stderr, "pvm: %s: this world has ended (main %s)\n", store,
			        vm->main->state == PV_TS_DONE ? "returned" : "failed");
			return vm->main->state == PV_TS_DONE ? 0 : 1;
		}
	} else {
		if (logon)
			fprintf(stderr, "cold boot\n");
		vm = open_vm();
		if (!vm)
			return 1;
		if ((rc = cold(vm, ctx)) != 0)
			return rc;
	}
	store_vm = vm;
	pv_snap_hook = snap_now;
	pv_snap_stats = snap_figures;
	const char *every = getenv("PVM_SNAPEVERY"), *stop = getenv("PVM_SNAPSTOP");
	snap_every = every ? atoi(every) : 0;
	snap_stop = stop ? atoi(stop) : 0;
	if (snap_every)
		pv_snap_request = vm->trap = 1;              /* the first boundary is a safepoint */
	phost_start(snap_every ? 50 : ms * 1000, snap_tick); /* every: a trap each 50 us */
	rc = pv_schedule(vm);
	fflush(stdout);
	phost_sync();
	if (phost_safepoint((uint64_t)pv_uptime_ms()) == SNAP_STARTED && phost_sync() != 0)
		fprintf(stderr, "pvm: %s: the final snapshot failed\n", store);
	fflush(stderr);
	_exit(rc); /* LeakSanitizer's exit scan trips over the protected arena */
}

struct ph_files {
	char **files;
	int n;
};

static int
cold_ph(pv_vm *vm, void *ctx)
{
	struct ph_files *f = ctx;
	pv_value inits = PV_NULL;
	int rc = load_program(vm, f->files, f->n, &inits);
	if (rc)
		return rc;
	return start_main(vm, inits) ? 0 : 2;
}

static int
cmd_run(char **files, int n)
{
	const char *store = NULL, *rollback = NULL;
	int ms = 1000;
	while (n >= 2 && strncmp(files[0], "--", 2) == 0) {
		if (strcmp(files[0], "--store") == 0)
			store = files[1];
		else if (strcmp(files[0], "--snapshot-ms") == 0 && atoi(files[1]) > 0)
			ms = atoi(files[1]);
		else if (strcmp(files[0], "--rollback") == 0)
			rollback = files[1];
		else
			return usage();
		files += 2;
		n -= 2;
	}
	if (n < 1)
		return usage();
	if (store) {
		struct ph_files f = { files, n };
		return run_stored(store, ms, rollback, cold_ph, &f);
	}
	pv_vm *vm = open_vm();
	if (!vm)
		return 1;
	const char *stress = getenv("PVM_GCSTRESS");
	if (stress)
		vm->heap.stress = atoi(stress) == 2 ? 4 : 1;
	const char *check = getenv("PVM_GCCHECK");
	if (check && atoi(check) == 2)
		vm->heap.stress |= 8;
	pv_value inits = PV_NULL;
	int rc = load_program(vm, files, n, &inits);
	if (rc)
		return rc;
	rc = run_main(vm, inits);
	after_run(vm);
	pv_vm_close(vm);
	return rc;
}

static int
cmd_compile(char **files, int n, const char *out)
{
	pv_vm *vm = open_vm();
	if (!vm)
		return 1;
	pv_env env;
	pv_env_init(&env, vm);
	pv_src *src = read_sources(files, n);
	char *errors = NULL;
	int nerr = 0;
	pv_image *im = pv_compile(src, n, &env, &errors, &nerr);
	for (int i = 0; i < n; i++)
		free((char *)src[i].text);
	free(src);
	if (!im) {
		fputs(errors ? errors : "", stderr);
		free(errors);
		return 2;
	}
	free(errors);
	uint8_t *buf;
	size_t len;
	pvi_write(im, &buf, &len);
	pvi_free(im);
	FILE *f = fopen(out, "wb");
	if (!f || fwrite(buf, 1, len, f) != len || fclose(f) != 0) {
		fprintf(stderr, "pvm: cannot write %s\n", out);
		free(buf);
		return 1;
	}
	free(buf);
	pv_vm_close(vm);
	return 0;
}


static int
cmd_disasm(const char *file)
{
	pv_image *im = load_image_file(file);
	if (!im)
		return 1;
	pvi_disasm(im, out_stdout, NULL);
	pvi_free(im);
	return 0;
}

static void
out_stdout(const char *s, void *ctx)
{
	fputs(s, stdout);
}

/* ---------------------------------------------------------------- java */


static void
java_dump(const pv_image *im)
{
	pvi_disasm(im, out_stdout, NULL);
}

struct java_prog {
	const char *dir, *cp;
	char **argv;
	int argc;
	int app; /* --app: load a desktop app's classes (phantom.gui.App), run nothing */
};

/* The runtime (once per world) and the program loaded, main(args)
 * started: 0, or the exit status. */
static int
cold_java(pv_vm *vm, void *ctx)
{
	struct java_prog *j = ctx;
	char err[600];
	jv_source rt = pv_jpath(j->dir), path = pv_jpath(j->cp);
	pv_value jmain = PV_NULL;
	int rc = pv_jload_runtime(vm, j->dir, err, sizeof err);
	const char *ns = getenv("PVM_JNS"); /* a namespace, as the desktop loads apps in */
	if (ns && !*ns)
		ns = NULL;
	if (rc == 0 && j->app)
		rc = pv_java_load_app(vm, &rt, &path, j->argv[0], ns, &jmain, err, sizeof err);
	else if (rc == 0)
		rc = pv_java_load_main(vm, &rt, &path, j->argv[0], ns, &jmain, err, sizeof err);
	if (rc != 0) {
		fprintf(stderr, "Error: %s\n", err);
		return 1;
	}
	if (j->app) { /* its .ph side (the gui module) is the desktop's */
		printf("%s: converted, verified and loaded\n", j->argv[0]);
		return 0;
	}
	pv_array *args = pv_array_new(vm, (uint32_t)j->argc - 1);
	for (int i = 1; i < j->argc; i++)
		pv_array_push(vm, args, pv_str_cstr(vm, j->argv[i]));
	args->h.cls = jv_array_class(vm, "[Ljava/lang/String;");
	char jargs[160];
	snprintf(jargs, sizeof jargs, "%s%s<jargs>", ns ? ns : "", ns ? "." : "");
	pv_global_set(vm, pv_intern(vm, jargs, strlen(jargs)), pv_val(args));
	vm->main = pv_main_start(vm, PV_NULL, jmain);
	return vm->main ? 0 : 1;
}

static int
cmd_java(char **argv, int argc)
{
	const char *store = NULL;
	int ms = 1000;
	struct java_prog j = { NULL, ".", NULL, 0, 0 };
	for (; argc >= 2 && argv[0][0] == '-'; argv += 2, argc -= 2) {
		if (strcmp(argv[0], "--app") == 0) {
			j.app = 1;
			argv--, argc++; /* no value */
		} else if (strcmp(argv[0], "-cp") == 0 || strcmp(argv[0], "-classpath") == 0)
			j.cp = argv[1];
		else if (strcmp(argv[0], "--store") == 0)
			store = argv[1];
		else if (strcmp(argv[0], "--snapshot-ms") == 0 && atoi(argv[1]) > 0)
			ms = atoi(argv[1]);
		else
			return usage();
	}
	if (argc < 1)
		return usage();
	char dirbuf[4096];
	j.dir = pv_jrt_dir(dirbuf, sizeof dirbuf);
	j.argv = argv;
	j.argc = argc;
	pv_jerror_install();
	if (getenv("PVM_JDISASM"))
		pv_java_dump = java_dump;
	if (store && j.app)
		return usage();
	if (store)
		return run_stored(store, ms, NULL, cold_java, &j);
	pv_vm *vm = open_vm();
	if (!vm)
		return 1;
	const char *stress = getenv("PVM_GCSTRESS");
	if (stress)
		vm->heap.stress = atoi(stress) == 2 ? 4 : 1;
	int rc = cold_java(vm, &j);
	if (rc == 0 && !j.app)
		rc = pv_schedule(vm);
	fflush(stdout);
	after_run(vm);
	pv_vm_close(vm);
	return rc;
}

static int
usage(void)
{
	fprintf(stderr,
	        "usage: pvm run [--store FILE [--snapshot-ms N] [--rollback N|Nm]] FILE.ph... | pvm run FILE.pvc | "
	        "pvm compile FILE.ph... -o OUT.pvc | pvm disasm FILE.pvc | "
	        "pvm java [--store FILE [--snapshot-ms N]] [-cp DIR[:DIR...]] MAINCLASS [ARGS...]\n"
	        "pvm java --app -cp DIR[:DIR...] APPCLASS   (a desktop app's classes loaded, not run)\n");
	return 2;
}

int
main(int argc, char **argv)
{
	if (argc < 3)
		return usage();
	if (strcmp(argv[1], "run") == 0)
		return cmd_run(argv + 2, argc - 2);
	if (strcmp(argv[1], "java") == 0)
		return cmd_java(argv + 2, argc - 2);
	if (strcmp(argv[1], "disasm") == 0 && argc == 3)
		return cmd_disasm(argv[2]);
	if (strcmp(argv[1], "compile") == 0 && argc >= 5 && strcmp(argv[argc - 2], "-o") == 0)
		return cmd_compile(argv + 2, argc - 4, argv[argc - 1]);
	return usage();
}
