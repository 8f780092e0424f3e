/*
 * jrecord.c - a record's toString, hashCode and equals: javac makes them
 * invokedynamic sites of java/lang/runtime/ObjectMethods.bootstrap, whose
 * arguments name the record class, its components ("x;y") and a getter
 * (a field) for each. The converter writes the code the bootstrap would
 * make, inline:
 *     toString  "Point[x=1, y=2]" (the class's simple name)
 *     hashCode  h = 31 * h + Wrapper.hashCode(c) over the components, from 0
 *     equals    same class, then each component: Objects.equals for
 *               references, Double.compare == 0 for floats and doubles, ==
 *               for the rest
 */
#include <stdlib.h>
#include <string.h>
#include "pvm/jvm/xlate.h"
#include "pvm/opcodes.h"
#include "pvm/xops.h"

int jv_record_site(xs *s, const jcf_bsm *b, const char *name, const char *desc);

typedef struct comp {
	const char *name, *desc;
	int slot;
} comp;

static const char *
hash_fn(char d)
{
	switch (d) {
	case 'I':
		return "java/lang/Integer.hashCode(I)I";
	case 'J':
		return "java/lang/Long.hashCode(J)I";
	case 'F':
		return "java/lang/Float.hashCode(F)I";
	case 'D':
		return "java/lang/Double.hashCode(D)I";
	case 'Z':
		return "java/lang/Boolean.hashCode(Z)I";
	case 'C':
		return "java/lang/Character.hashCode(C)I";
	case 'S':
		return "java/lang/Short.hashCode(S)I";
	case 'B':
		return "java/lang/Byte.hashCode(B)I";
	default:
		return "java/util/Objects.hashCode(Ljava/lang/Object;)I";
	}
}

/* T = static method g(R[a], R[b] if b >= 0), its class initialised first */
static int
call(xs *s, const char *g, uint32_t a, int b)
{
	char cls[64];
	size_t n = (size_t)(strchr(g, '.') - g);
	memcpy(cls, g, n);
	cls[n] = 0;
	jv_class *c = jv_class_get(s->x, cls);
	if (!c)
		return xl_fail(s, "record: %s is not available", cls);
	xl_initcheck(s, c);
	xl_getg(s, s->T, g);
	xl_abc(s, OP_MOVE, s->T + 1, a, 0);
	if (b >= 0)
		xl_abc(s, OP_MOVE, s->T + 2, (uint32_t)b, 0);
	xl_abc(s, OP_CALL, s->T, b >= 0 ? 2 : 1, 0);
	if (s->nregs < s->T + 3)
		s->nregs = s->T + 3;
	return 0;
}

static void
add_lit(xs *s, uint32_t acc, const char *t)
{
	xl_abx(s, OP_LOADK, s->X + 5, xl_kstr(s, t));
	xl_abc(s, OP_ADD, acc, acc, s->X + 5);
}

static int
to_string(xs *s, jv_class *rc, const comp *c, int n, uint32_t self, uint32_t acc)
{
	const char *simple = strrchr(rc->name, '/');
	simple = simple ? simple + 1 : rc->name;
	const char *dollar = strrchr(simple, '$');
	simple = dollar ? dollar + 1 : simple;
	char *head = malloc(strlen(simple) + 2);
	strcpy(head, simple);
	strcat(head, "[");
	xl_abx(s, OP_LOADK, acc, xl_kstr(s, head));
	free(head);
	for (int i = 0; i < n; i++) {
		char *lab = malloc(strlen(c[i].name) + 4);
		strcpy(lab, i ? ", " : "");
		strcat(lab, c[i].name);
		strcat(lab, "=");
		add_lit(s, acc, lab);
		free(lab);
		uint32_t v = s->X + 3;
		xl_abc(s, OP_GETF, v, self, (uint32_t)c[i].slot);
		const char *vo = NULL;
		switch (c[i].desc[0]) {
		case 'C':
			vo = "java/lang/String.valueOf(C)Ljava/lang/String;";
			break;
		case 'Z':
			vo = "java/lang/String.valueOf(Z)Ljava/lang/String;";
			break;
		case 'F':
			vo = "java/lang/String.valueOf(F)Ljava/lang/String;";
			break;
		case 'D':
			vo = "java/lang/String.valueOf(D)Ljava/lang/String;";
			break;
		case 'L':
		case '[':
			if (strcmp(c[i].desc, "Ljava/lang/String;") != 0)
				vo = "java/lang/String.valueOf(Ljava/lang/Object;)Ljava/lang/String;";
			break;
		default:
			break;
		}
		if (vo) {
			if (call(s, vo, v, -1))
				return -1;
			v = s->T;
		}
		xl_abc(s, OP_ADD, acc, acc, v);
	}
	add_lit(s, acc, "]");
	return 0;
}

static int
hash_code(xs *s, const comp *c, int n, uint32_t self, uint32_t acc)
{
	xl_loadint(s, acc, 0);
	for (int i = 0; i < n; i++) {
		xl_abc(s, OP_GETF, s->X + 3, self, (uint32_t)c[i].slot);
		if (call(s, hash_fn(c[i].desc[0]), s->X + 3, -1))
			return -1;
		xl_loadint(s, s->X + 4, 31);
		xl_abc(s, OP_MUL, acc, acc, s->X + 4);
		xl_abc(s, OP_ADD, acc, acc, s->T);
	}
	return 0;
}

/* Patched to the `false` exit: up to two per component, and the class test */
static void
to_false(xs *s, int op, uint32_t r, uint32_t *fix, int *nfix)
{
	xl_abc(s, op, r, 0, 1);
	fix[(*nfix)++] = s->ncode;
	xl_emit(s, 0);
}

static int
equals(xs *s, jv_class *rc, const comp *c, int n, uint32_t self, uint32_t other, uint32_t acc)
{
	uint32_t *fix = malloc((size_t)(2 * n + 2) * sizeof(uint32_t));
	int nfix = 0;
	xl_loadint(s, acc, 0);
	xl_getg(s, s->X + 5, rc->pvname);
	xl_xop(s, PV_XOP_INSTOF, s->X + 3, other, s->X + 5);
	xl_abc(s, OP_JGTI, s->X + 3, 0, 0);
	fix[nfix++] = s->ncode;
	xl_emit(s, 0);
	for (int i = 0; i < n; i++) {
		uint32_t a = s->X + 3, b = s->X + 4;
		xl_abc(s, OP_GETF, a, self, (uint32_t)c[i].slot);
		xl_abc(s, OP_GETF, b, other, (uint32_t)c[i].slot);
		char d = c[i].desc[0];
		if (d == 'L' || d == '[') {
			if (call(s,
			         "java/util/Objects.equals(Ljava/lang/Object;Ljava/lang/Object;)Z",
			         a, (int)b))
				return free(fix), -1;
			xl_abc(s, OP_JLEI, s->T, 0, 1);
			fix[nfix++] = s->ncode;
			xl_emit(s, 0);
			continue;
		}
		uint32_t r = s->T;
		if (d == 'F' || d == 'D') {
			if (call(s, "java/lang/Double.compare(DD)I", a, (int)b))
				return free(fix), -1;
		} else {
			xl_xop(s, PV_XOP_LCMP, a, a, b); /* an int is a long value */
			r = a;
		}
		to_false(s, OP_JLTI, r, fix, &nfix);
		to_false(s, OP_JGTI, r, fix, &nfix);
	}
	xl_loadint(s, acc, 1);
	for (int i = 0; i < nfix; i++)
		s->code[fix[i]] = s->ncode - (fix[i] + 1);
	free(fix);
	return 0;
}

int
jv_record_site(xs *s, const jcf_bsm *b, const char *name, const char *desc)
{
	const jcf_class *cf = s->cf;
	if (b->nargs < 2 || cf->cp[b->args[0]].tag != 7 || cf->cp[b->args[1]].tag != 8)
		return xl_fail(s, "record: bad bootstrap arguments");
	jv_class *rc = jv_class_get(s->x, jcf_classname(cf, b->args[0]));
	if (!rc)
		return xl_fail(s, "record: its class is not available");
	int n = b->nargs - 2;
	comp *c = calloc((size_t)n + 1, sizeof(comp));
	for (int i = 0; i < n; i++) {
		const jcf_cp *mh = &cf->cp[b->args[2 + i]];
		const char *fc;
		if (mh->tag != 15 || mh->a != 1 || jcf_ref(cf, mh->b, &fc, &c[i].name, &c[i].desc))
			return free(c),
			       xl_fail(s, "record: a component that is not a field getter");
		c[i].slot = jv_field_slot(s->x, rc, c[i].name, c[i].desc);
		if (c[i].slot < 0 || c[i].slot > 255) {
			xl_fail(s, "record: no field %s", c[i].name);
			free(c);
			return -1;
		}
	}
	int is_eq = strcmp(name, "equals") == 0;
	uint32_t pos[2];
	sent e[2];
	for (int i = is_eq ? 2 : 1; i-- > 0;)
		e[i] = xl_pop(s, &pos[i]);
	uint32_t self = s->X, other = s->X + 1, acc = s->X + 2, at = s->sp;
	xl_abc(s, OP_MOVE, self, xl_reg(s, &e[0], pos[0]), 0);
	if (is_eq)
		xl_abc(s, OP_MOVE, other, xl_reg(s, &e[1], pos[1]), 0);
	int rc_ = strcmp(name, "toString") == 0   ? to_string(s, rc, c, n, self, acc)
	          : strcmp(name, "hashCode") == 0 ? hash_code(s, c, n, self, acc)
	          : is_eq                         ? equals(s, rc, c, n, self, other, acc)
	                                          : xl_fail(s, "record: no method %s", name);
	free(c);
	if (rc_)
		return -1;
	xl_abc(s, OP_MOVE, s->L + at, acc, 0);
	xl_push_reg(s, strcmp(name, "toString") == 0 ? 'A' : 'I', s->L + at);
	(void)desc;
	return 0;
}
