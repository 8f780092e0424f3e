/*
 * jtrace.c - Java stack traces (jtrace.h).
 *
 * A Java method is a closure whose proto's name is its key, name and
 * descriptor ("get(I)Ljava/lang/Object;"), and whose cls is its class
 * (internal name); the file is the class file's SourceFile. Invariant:
 * the trace is read from the frame records only, so it is the same
 * whether taken by a constructor (Throwable.fillInStackTrace) or by the
 * VM for an exception it raises.
 */
#include <stdio.h>
#include <string.h>
#include "pvm/array.h"
#include "pvm/str.h"
#include "jtrace.h"

static const char *
method_key(pv_thread *th, uint32_t i)
{
	pv_frame *f = &th->frames->f[i];
	if (!f->cl || !f->cl->p || !f->cl->p->name)
		return NULL;
	const char *k = f->cl->p->name->s;
	return strchr(k, '(') ? k : NULL;
}

int
pv_jvm_frame_text(pv_thread *th, uint32_t i, char *buf, size_t n)
{
	const char *key = method_key(th, i);
	if (!key)
		return 0;
	pv_frame *f = &th->frames->f[i];
	pv_proto *p = f->cl->p;
	int line = f->pc < p->ncode ? PV_LINES(p)[f->pc] : 0;
	const char *cls = f->cl->cls && f->cl->cls->name ? f->cl->cls->name->s : "";
	const char *file = p->file && p->file->len ? p->file->s : NULL;
	int len = (int)(strchr(key, '(') - key);
	int w;
	if (line > 0 && file)
		w = snprintf(buf, n, "%s%s%.*s(%s:%d)", cls, *cls ? "." : "", len, key, file, line);
	else
		w = snprintf(buf, n, "%s%s%.*s(Unknown Source)", cls, *cls ? "." : "", len, key);
	for (char *q = buf; *q && q < buf + (int)strlen(cls); q++)
		if (*q == '/')
			*q = '.';
	return w > 0;
}

/* Is c java/lang/Throwable or a subclass of it? */
static bool
throwable_class(pv_class *c)
{
	for (; c; c = c->super)
		if (c->name && strcmp(c->name->s, "java/lang/Throwable") == 0)
			return true;
	return false;
}

pv_value
pv_jvm_trace(pv_vm *vm, int skip)
{
	pv_thread *th = vm->cur;
	pv_array *r = pv_array_new(vm, 8);
	if (!r)
		return PV_NULL;
	if (!th)
		return pv_val(r);
	bool top = true;
	char buf[400];
	for (int i = (int)th->nframes - 1; i >= 0; i--) {
		const char *key = method_key(th, (uint32_t)i);
		if (!key)
			continue;
		if (skip > 0) {
			skip--;
			continue;
		}
		if (top &&
		    (strncmp(key, "<init>(", 7) == 0 ||
		     strncmp(key, "fillInStackTrace", 16) == 0) &&
		    throwable_class(th->frames->f[i].cl->cls))
			continue;
		top = false;
		if (!pv_jvm_frame_text(th, (uint32_t)i, buf, sizeof buf))
			continue;
		pv_value s = pv_str_cstr(vm, buf);
		if (!s)
			return PV_NULL;
		pv_array_push(vm, r, s);
	}
	return pv_val(r);
}
