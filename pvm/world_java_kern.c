/*
 * world_java_kern.c - Java apps in the persistent world. The runtime's
 * classes (java.*, phantom.jrt, the gui API phantom.gui and the stubs of
 * .ph classes phantom.ph) come in the boot module jrt.tar with their list
 * (classes.list); an app is a directory of apps.tar ("todo/Todo.class"),
 * its app class the one that extends phantom/gui/App.
 *
 * The first Java app a world launches converts the runtime into it (then
 * it is part of the world, and persists); each app's classes are converted
 * when it is first launched, each version into its own namespace
 * "DIR@VERSION" like a .ph app's. The gui module (.ph) is imported first: the
 * stubs name its classes, and java.ph's helpers turn Java objects into
 * .ph closures.
 *
 * Invariant: jrt.tar's index is built once per boot, from the module
 * alone; nothing is converted unless all of it converts (pvm/jvm/jload.c),
 * so a Java app that fails to load leaves the world as it was.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "kernel/bootfs.h"
#include "kernel/klog.h"
#include "kernel/timer.h"
#include "pvm/jvm/classfile.h"
#include "pvm/jvm/jerror.h"
#include "pvm/jvm/jload.h"
#include "pvm/module.h"
#include "pvm/world_java.h"

#define JAVA_APP_SUPER "phantom/gui/App"

struct jrt_file {
	char *name; /* internal name: "java/util/ArrayList" */
	const void *data;
	size_t len;
};

static struct jrt_file *jrt; /* sorted by name */
static uint32_t njrt, capjrt;
static const char *jrt_list; /* classes.list */
static size_t jrt_list_len;
static bool indexed;

static void
index_one(const char *name, const void *data, size_t len, void *ctx)
{
	size_t n = strlen(name);
	if (strcmp(name, "classes.list") == 0) {
		jrt_list = data;
		jrt_list_len = len;
		return;
	}
	if (n < 7 || strcmp(name + n - 6, ".class") != 0)
		return;
	if (njrt == capjrt) {
		capjrt = capjrt ? capjrt * 2 : 512;
		jrt = realloc(jrt, capjrt * sizeof *jrt);
	}
	struct jrt_file *f = &jrt[njrt++];
	f->name = malloc(n - 5);
	memcpy(f->name, name, n - 6);
	f->name[n - 6] = 0;
	f->data = data;
	f->len = len;
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(((const struct jrt_file *)a)->name, ((const struct jrt_file *)b)->name);
}

static void
index_jrt(void)
{
	if (indexed)
		return;
	indexed = true;
	bootfs_each_in("jrt.tar", index_one, NULL);
	qsort(jrt, njrt, sizeof *jrt, by_name);
	pv_jerror_install(); /* VM errors in Java frames become Java exceptions */
}

static uint8_t *
copy(const void *data, size_t len, size_t *out)
{
	uint8_t *b = malloc(len ? len : 1);
	if (b)
		memcpy(b, data, len);
	*out = len;
	return b;
}

static uint8_t *
read_jrt(void *ctx, const char *name, size_t *len)
{
	struct jrt_file key = { (char *)name, NULL, 0 };
	struct jrt_file *f = bsearch(&key, jrt, njrt, sizeof *jrt, by_name);
	return f ? copy(f->data, f->len, len) : NULL;
}

/* An app's class path: its directory in apps.tar. */
static uint8_t *
read_app(void *ctx, const char *name, size_t *len)
{
	char path[256];
	const void *data;
	size_t n;
	if ((size_t)snprintf(path, sizeof path, "%s/%s.class", (const char *)ctx, name) >=
	            sizeof path ||
	    !bootfs_find(path, &data, &n))
		return NULL;
	return copy(data, n, len);
}

bool
world_java_app_class(const char *file, const void *data, size_t len, char *dir, size_t dn,
                     char *cls, size_t cn)
{
	const char *slash = strchr(file, '/');
	size_t fl = strlen(file);
	if (!slash || strchr(slash + 1, '/') || fl < 7 || strcmp(file + fl - 6, ".class") != 0 ||
	    (size_t)(slash - file) >= dn || fl - 6 - (size_t)(slash + 1 - file) >= cn)
		return false;
	char err[120];
	jcf_class *c = jcf_read(data, len, err, sizeof err);
	bool app = c && c->super && strcmp(c->super, JAVA_APP_SUPER) == 0 &&
	           strcmp(c->name, "") != 0 && !strchr(c->name, '/');
	if (app) {
		memcpy(dir, file, (size_t)(slash - file));
		dir[slash - file] = 0;
		snprintf(cls, cn, "%s", c->name);
	}
	if (c)
		jcf_free(c);
	return app;
}

struct find {
	const char *dir;
	char *cls;
	size_t n;
	bool found;
};

static void
find_one(const char *file, const void *data, size_t len, void *ctx)
{
	struct find *f = ctx;
	char dir[64], cls[64];
	if (!f->found && strncmp(file, f->dir, strlen(f->dir)) == 0 &&
	    world_java_app_class(file, data, len, dir, sizeof dir, cls, sizeof cls) &&
	    strcmp(dir, f->dir) == 0) {
		snprintf(f->cls, f->n, "%s", cls);
		f->found = true;
	}
}

bool
world_java_find(const char *dir, char *cls, size_t n)
{
	struct find f = { dir, cls, n, false };
	bootfs_each(find_one, &f);
	return f.found;
}

struct version {
	const char *dir;
	uint32_t h;
};

static void
hash_one(const char *file, const void *data, size_t len, void *ctx)
{
	struct version *v = ctx;
	size_t n = strlen(v->dir);
	if (strncmp(file, v->dir, n) != 0 || file[n] != '/')
		return;
	for (const char *p = file; *p; p++)
		v->h = (v->h ^ (uint8_t)*p) * 16777619u;
	for (size_t i = 0; i < len; i++)
		v->h = (v->h ^ ((const uint8_t *)data)[i]) * 16777619u;
}

/* FNV-1a of the app's class files, names and bytes: its version. Each
 * version is converted once, into its own namespace "DIR@VERSION" (as a
 * .ph app's, world_kern.c): a new build with a changed app converts the
 * new version beside the old one, whose windows keep running the old
 * code. */
static uint32_t
version_of(const char *dir)
{
	struct version v = { dir, 2166136261u };
	bootfs_each(hash_one, &v);
	return v.h;
}

/* The runtime into vm, unless it is there: 0, or -1 (logged). */
static int
load_runtime(pv_vm *vm, const jv_source *rt)
{
	if (!jrt_list) {
		klog("world: no Java runtime in this boot (jrt.tar and its classes.list)");
		return -1;
	}
	char err[400];
	uint64_t t0 = timer_us();
	int n = pv_java_load_runtime(vm, rt, jrt_list, jrt_list_len, err, sizeof err);
	if (n < 0)
		klog("world: the Java runtime does not load: %s", err);
	else
		klog("world: the Java runtime (%d classes) converted in %u ms", n,
		     (unsigned)((timer_us() - t0) / 1000));
	return n < 0 ? -1 : 0;
}

pv_value
world_java_load(pv_vm *vm, const char *dir, const char *cls, pv_array *inits)
{
	index_jrt();
	const pv_module *gui = pv_module_find("gui");
	if (!gui || pv_module_import(vm, gui, inits) != 0) {
		klog("world: %s: the gui module does not load", dir);
		return PV_NULL;
	}
	jv_source rt = { read_jrt, NULL }, cp = { read_app, (void *)dir };
	bool had = pv_is(pv_global_get(vm, "java/lang/Object"), PV_K_CLASS);
	if (!had && load_runtime(vm, &rt) != 0)
		return PV_NULL;
	char err[400], ns[64];
	snprintf(ns, sizeof ns, "%s@%08x", dir, version_of(dir));
	pv_value fn = PV_NULL;
	uint64_t t0 = timer_us();
	if (pv_java_load_app(vm, &rt, &cp, cls, ns, &fn, err, sizeof err) != 0) {
		klog("world: Java app %s does not load: %s", dir, err);
		return PV_NULL;
	}
	klog("world: converted Java app %s (class %s) as %s in %u ms", dir, cls, ns,
	     (unsigned)((timer_us() - t0) / 1000));
	return fn;
}
