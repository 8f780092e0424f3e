/*
 * test_classfile_javac.c - the class-file reader on javac's output: with
 * PVM_CLASSDIR set (tests/pvm/run.sh points it at javac output), every
 * .class under it must parse, and an operand-stack walk of every method
 * with the opcode table's stack effects must agree with javac's max_stack.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "pvm/jvm/classfile.h"
#include "pvm/jvm/jvmops.h"
#include "tests/unit/test.h"


/* Slots a field descriptor's value takes on the stack (V: 0). */
static int
vslots(const char *d)
{
	return *d == 'V' ? 0 : jcf_desc_slots(d);
}

/* The stack effect of the instruction at pc where the table says -1. */
static void
effect(const jcf_class *c, const uint8_t *code, uint32_t pc, int *pop, int *push)
{
	uint8_t op = code[pc];
	const char *cls, *name, *desc;
	*pop = jvm_ops[op].pop;
	*push = jvm_ops[op].push;
	if (op == JVM_WIDE) {
		op = code[pc + 1];
		*pop = jvm_ops[op].pop;
		*push = jvm_ops[op].push;
		return;
	}
	if (op == JVM_MULTIANEWARRAY) {
		*pop = code[pc + 3];
		return;
	}
	if (op == JVM_INVOKEDYNAMIC) {
		jcf_nametype(c, c->cp[jvm_u16(code + pc + 1)].b, &name, &desc);
	} else if (*pop < 0 || *push < 0) {
		jcf_ref(c, jvm_u16(code + pc + 1), &cls, &name, &desc);
	} else
		return;
	if (op >= JVM_GETSTATIC && op <= JVM_PUTFIELD) {
		int v = vslots(desc), obj = op >= JVM_GETFIELD;
		*pop = obj + (op == JVM_PUTSTATIC || op == JVM_PUTFIELD ? v : 0);
		*push = op == JVM_GETSTATIC || op == JVM_GETFIELD ? v : 0;
		return;
	}
	uint16_t slots;
	jcf_desc_params(desc, NULL, &slots);
	*pop = slots + (op != JVM_INVOKESTATIC && op != JVM_INVOKEDYNAMIC);
	char r = jcf_desc_ret(desc);
	*push = r == 'V' ? 0 : r == 'J' || r == 'D' ? 2 : 1;
}

/* Walk m's code with the table's stack effects: depths agree where paths
 * meet, never go below 0 or above max_stack. NULL or what went wrong. */
static const char *
stack_walk(const jcf_class *c, const jcf_code *k, uint32_t *where)
{
	static char msg[120];
	int *depth = malloc(k->len * sizeof(int));
	uint32_t *work = malloc((k->len + 1) * sizeof(uint32_t)), nw = 0;
	const char *bad = NULL;
	for (uint32_t i = 0; i < k->len; i++)
		depth[i] = -1;
#define REACH(t, d)                                                                              \
	do {                                                                                     \
		uint32_t t_ = (t);                                                               \
		if (depth[t_] < 0) {                                                             \
			depth[t_] = (d);                                                         \
			work[nw++] = t_;                                                         \
		} else if (depth[t_] != (d)) {                                                   \
			snprintf(msg, sizeof msg, "depths %d and %d meet at %u", depth[t_], (d), \
			         t_);                                                            \
			bad = msg;                                                               \
		}                                                                                \
	} while (0)
	REACH(0, 0);
	while (nw && !bad) {
		uint32_t pc = work[--nw];
		*where = pc;
		int d = depth[pc], pop, push;
		uint8_t op = k->code[pc];
		effect(c, k->code, pc, &pop, &push);
		if (d - pop < 0) {
			bad = "stack underflow";
			break;
		}
		d += push - pop;
		if (d > k->max_stack) {
			snprintf(msg, sizeof msg, "depth %d above max_stack %u", d, k->max_stack);
			bad = msg;
			break;
		}
		for (uint32_t i = 0; i < k->nexc; i++)
			if (pc >= k->exc[i].start && pc < k->exc[i].end)
				REACH(k->exc[i].handler, 1);
		const char *kinds = jvm_ops[op].operands;
		if (strchr(kinds, 'j'))
			REACH(pc + jvm_s16(k->code + pc + 1), d);
		if (strchr(kinds, 'J'))
			REACH(pc + jvm_s32(k->code + pc + 1), d);
		if (op == JVM_TABLESWITCH || op == JVM_LOOKUPSWITCH) {
			uint32_t p = (pc + 4) & ~3u;
			REACH(pc + jvm_s32(k->code + p), d);
			if (op == JVM_TABLESWITCH) {
				int32_t n = jvm_s32(k->code + p + 8) - jvm_s32(k->code + p + 4) + 1;
				for (int32_t i = 0; i < n; i++)
					REACH(pc + jvm_s32(k->code + p + 12 + 4 * i), d);
			} else {
				int32_t n = jvm_s32(k->code + p + 4);
				for (int32_t i = 0; i < n; i++)
					REACH(pc + jvm_s32(k->code + p + 12 + 8 * i), d);
			}
			continue;
		}
		if ((op >= JVM_IRETURN && op <= JVM_RETURN) || op == JVM_ATHROW || op == JVM_GOTO ||
		    op == JVM_GOTO_W)
			continue;
		REACH(pc + jvm_insn_len(k->code, pc, k->len), d);
	}
#undef REACH
	free(depth);
	free(work);
	return bad;
}

/* Parse every .class under dir (recursively); counts in *ok, *bad. */
static void
parse_dir(const char *dir, int *ok, int *bad, int *walked)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	if (!d)
		return;
	while ((e = readdir(d))) {
		char path[1024];
		struct stat st;
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		if (stat(path, &st))
			continue;
		if (S_ISDIR(st.st_mode)) {
			parse_dir(path, ok, bad, walked);
			continue;
		}
		size_t n = strlen(e->d_name);
		if (n < 6 || strcmp(e->d_name + n - 6, ".class") ||
		    !strcmp(e->d_name, "module-info.class"))
			continue;
		size_t len;
		char *buf = test_read_file(path, &len), err[400];
		jcf_class *c = buf ? jcf_read((const uint8_t *)buf, len, err, sizeof err) : NULL;
		if (!buf)
			snprintf(err, sizeof err, "unreadable");
		free(buf);
		if (!c) {
			CHECKF(0, "%s: %s", path, err);
			++*bad;
			continue;
		}
		++*ok;
		for (uint32_t i = 0; i < c->nmethods; i++) {
			const jcf_member *m = &c->methods[i];
			uint32_t at = 0;
			const char *why = m->code ? stack_walk(c, m->code, &at) : NULL;
			*walked += m->code != NULL;
			CHECKF(!why, "%s: %s%s: bytecode %u: %s", path, m->name, m->desc, at, why);
		}
		jcf_free(c);
	}
	closedir(d);
}

TEST(classfile_javac_output)
{
	const char *dir = getenv("PVM_CLASSDIR");
	if (!dir || !*dir) {
		printf("  (PVM_CLASSDIR not set: skipped)\n");
		return;
	}
	int ok = 0, bad = 0, walked = 0;
	parse_dir(dir, &ok, &bad, &walked);
	printf("  %s: %d classes parsed, %d refused; %d methods' stacks walked\n", dir, ok, bad,
	       walked);
	CHECK(ok > 0 && bad == 0);
}
