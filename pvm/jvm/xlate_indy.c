/*
 * xlate_indy.c - invokedynamic: the call sites javac makes with
 * StringConcatFactory (string concatenation) and LambdaMetafactory
 * (lambdas and method references; jlambda.c makes their classes). Any
 * other bootstrap method is refused at load time, naming it.
 *
 * Concatenation follows the recipe: \1 takes the next argument, \2 the
 * next constant, any other character is itself. Ints, longs and strings
 * join through pvm's own `+` (which writes integers in decimal and null as
 * "null", as Java does); chars, booleans, floats, doubles and other objects
 * go through String.valueOf of their type first.
 */
#include <stdlib.h>
#include <string.h>
#include "pvm/jvm/jvmops.h"
#include "pvm/jvm/xlate.h"
#include "pvm/opcodes.h"

int jv_lambda_site(xs *s, const jcf_bsm *b, const char *name, const char *desc);
int jv_record_site(xs *s, const jcf_bsm *b, const char *name, const char *desc);

static const char *
valueof(const char *d)
{
	switch (d[0]) {
	case 'C':
		return "java/lang/String.valueOf(C)Ljava/lang/String;";
	case 'Z':
		return "java/lang/String.valueOf(Z)Ljava/lang/String;";
	case 'F':
		return "java/lang/String.valueOf(F)Ljava/lang/String;";
	case 'D':
		return "java/lang/String.valueOf(D)Ljava/lang/String;";
	case 'I':
	case 'J':
	case 'S':
	case 'B':
		return NULL;
	default:
		return strncmp(d, "Ljava/lang/String;", 18) == 0
		               ? NULL
		               : "java/lang/String.valueOf(Ljava/lang/Object;)Ljava/lang/String;";
	}
}

static void
add_str(xs *s, uint32_t acc, const char *lit, size_t n)
{
	if (n == 0)
		return;
	char *t = malloc(n + 1);
	memcpy(t, lit, n);
	t[n] = 0;
	xl_abx(s, OP_LOADK, s->X + 1, xl_kstr(s, t));
	free(t);
	xl_abc(s, OP_ADD, acc, acc, s->X + 1);
}

static int
concat(xs *s, const jcf_bsm *b, const char *desc, int with_recipe)
{
	const char *types[256], *ret;
	int n = xl_params(desc, types, 256, &ret);
	if (n < 0)
		return xl_fail(s, "bad descriptor %s", desc);
	sent e[256];
	uint32_t pos[256];
	for (int i = n; i-- > 0;)
		e[i] = xl_pop(s, &pos[i]);
	uint32_t acc = s->X, at = s->sp;
	xl_abx(s, OP_LOADK, acc, xl_kstr(s, ""));
	const char *recipe = NULL;
	if (with_recipe) {
		const jcf_cp *r = b->nargs ? &s->cf->cp[b->args[0]] : NULL;
		recipe = r && r->tag == 8 ? jcf_utf8(s->cf, r->a) : NULL;
		if (!recipe)
			return xl_fail(s, "string concatenation without a recipe");
	}
	/* pieces: -1 a literal run from lit, else an argument's index */
	int arg = 0, konst = 1;
	const char *lit = recipe, *p = recipe;
	for (;;) {
		int take = -1;
		if (recipe) {
			while (*p && *p != 1 && *p != 2)
				p++;
			add_str(s, acc, lit, (size_t)(p - lit));
			if (!*p)
				break;
			lit = p + 1;
			if (*p++ == 2) {
				const jcf_cp *k =
					konst < b->nargs ? &s->cf->cp[b->args[konst++]] : NULL;
				const char *v = k && k->tag == 8 ? jcf_utf8(s->cf, k->a) : NULL;
				if (!v)
					return xl_fail(
						s,
						"string concatenation: a constant that is not a string");
				add_str(s, acc, v, strlen(v));
				continue;
			}
			take = arg++;
		} else if (arg < n)
			take = arg++;
		else
			break;
		if (take >= n)
			return xl_fail(s, "string concatenation: the recipe wants more arguments");
		const char *vo = valueof(types[take]);
		uint32_t r = xl_reg(s, &e[take], pos[take]);
		if (vo) {
			xl_getg(s, s->T, vo);
			xl_abc(s, OP_MOVE, s->T + 1, r, 0);
			xl_abc(s, OP_CALL, s->T, 1, 0);
			r = s->T;
			if (s->nregs < s->T + 2)
				s->nregs = s->T + 2;
		}
		xl_abc(s, OP_ADD, acc, acc, r);
	}
	s->sp = at;
	xl_abc(s, OP_MOVE, s->L + at, acc, 0);
	xl_push_reg(s, 'A', s->L + at);
	return 0;
}

int
xl_indy(xs *s, uint16_t idx)
{
	const jcf_class *cf = s->cf;
	const char *name, *desc, *bc, *bn, *bd;
	const jcf_cp *k = &cf->cp[idx];
	if (k->a >= cf->nbsm || jcf_nametype(cf, k->b, &name, &desc) != 0)
		return xl_fail(s, "bad invokedynamic");
	const jcf_bsm *b = &cf->bsm[k->a];
	const jcf_cp *mh = b->mh < cf->ncp ? &cf->cp[b->mh] : NULL;
	if (!mh || mh->tag != 15 || jcf_ref(cf, mh->b, &bc, &bn, &bd) != 0)
		return xl_fail(s, "bad bootstrap method");
	if (strcmp(bc, "java/lang/invoke/StringConcatFactory") == 0) {
		if (strcmp(bn, "makeConcatWithConstants") == 0)
			return concat(s, b, desc, 1);
		if (strcmp(bn, "makeConcat") == 0)
			return concat(s, b, desc, 0);
	}
	if (strcmp(bc, "java/lang/runtime/ObjectMethods") == 0 && strcmp(bn, "bootstrap") == 0)
		return jv_record_site(s, b, name, desc);
	if (strcmp(bc, "java/lang/invoke/LambdaMetafactory") == 0 &&
	    (strcmp(bn, "metafactory") == 0 || strcmp(bn, "altMetafactory") == 0))
		return jv_lambda_site(s, b, name, desc);
	return xl_fail(s, "invokedynamic with the bootstrap method %s.%s is not supported", bc, bn);
}
