/*
 * jlambda.c - lambdas and method references (LambdaMetafactory call
 * sites). Each site gets a class of its own, "Outer$$Lambda$N", made in the
 * image beside the converted classes: one field per captured value, and the
 * functional interface's method (and any bridge altMetafactory lists),
 * which loads the captures, converts the arguments from the interface's
 * erased types to the implementation's (boxing, unboxing, widening), calls
 * the implementation as its method handle says, and converts the result
 * back. The site itself makes an instance and stores the captures.
 *
 * Invariant: the class implements the interface as any converted class
 * does (jlink.c gives it "<ifaces>" and the default methods), so a lambda
 * is an ordinary persistent object: it survives a snapshot like any other.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pvm/jvm/jvmops.h"
#include "pvm/jvm/xlate.h"
#include "pvm/opcodes.h"
#include "pvm/xops.h"

int jv_lambda_site(xs *s, const jcf_bsm *b, const char *name, const char *desc);

static bool
prim(const char *t)
{
	return t[0] != 'L' && t[0] != '[';
}

static const char *const boxes[][3] = {
	{ "I", "java/lang/Integer", "intValue()I" },
	{ "J", "java/lang/Long", "longValue()J" },
	{ "F", "java/lang/Float", "floatValue()F" },
	{ "D", "java/lang/Double", "doubleValue()D" },
	{ "Z", "java/lang/Boolean", "booleanValue()Z" },
	{ "C", "java/lang/Character", "charValue()C" },
	{ "B", "java/lang/Byte", "byteValue()B" },
	{ "S", "java/lang/Short", "shortValue()S" },
};

static int
box_of(char t)
{
	for (int i = 0; i < 8; i++)
		if (boxes[i][0][0] == t)
			return i;
	return -1;
}

static void
call_getg(xs *s, const char *g, uint32_t a, uint32_t n)
{
	xl_getg(s, a, g);
	xl_abc(s, OP_CALL, a, n, 0);
	if (a + n + 1 > s->nregs)
		s->nregs = a + n + 1;
}

/* Register r holds a value of descriptor type `from`: make it `to`, using
 * registers from tmp up. */
static int
convert(xs *s, uint32_t r, const char *from, const char *to, uint32_t tmp)
{
	if (prim(from) == prim(to)) {
		if (!prim(from) || from[0] == to[0])
			return 0;
		static const char order[] = "BSCIJFD";
		const char *f = strchr(order, from[0]), *t = strchr(order, to[0]);
		if (!f || !t)
			return 0;
		int x = -1;
		if (*t == 'J' && *f != 'F' && *f != 'D')
			return 0; /* an int is a long value */
		if (*t == 'F')
			x = *f == 'J' ? PV_XOP_L2F : PV_XOP_I2F;
		else if (*t == 'D')
			x = *f == 'J' ? PV_XOP_L2D : *f == 'F' ? -1 : PV_XOP_I2D;
		if (x >= 0)
			xl_xop(s, x, r, r, 0);
		return 0;
	}
	if (prim(from)) { /* box */
		int b = box_of(from[0]);
		if (b < 0)
			return xl_fail(s, "lambda: cannot box %s", from);
		char g[96];
		snprintf(g, sizeof g, "%s.valueOf(%s)L%s;", boxes[b][1], boxes[b][0], boxes[b][1]);
		xl_abc(s, OP_MOVE, tmp + 1, r, 0);
		call_getg(s, g, tmp, 1);
		xl_abc(s, OP_MOVE, r, tmp, 0);
		return 0;
	}
	/* unbox: the box of `to`, or a Number's xxxValue() */
	int b = box_of(to[0]);
	if (b < 0)
		return xl_fail(s, "lambda: cannot unbox to %s", to);
	uint32_t ic = s->nic++;
	xl_abc(s, OP_CALLM, r, 0, 0);
	xl_emit(s, xl_kstr(s, boxes[b][2]) | ic << 16);
	return 0;
}

/* One method of the lambda class: key name+sam, calling the handle. */
static uint32_t
sam_body(xs *sp, xs *site, jv_class *lc, const char *name, const char *sam, const char *const *cap,
         int ncap, int kind, jv_class *ic, const char *iname, const char *idesc)
{
	jv_ctx *x = site->x;
	*sp = (xs){ .x = x, .c = site->c, .m = site->m, .cf = site->cf, .pc = site->pc };
	const char *st[256], *it[256], *sret, *iret;
	int n = xl_params(sam, st, 256, &sret), ni = xl_params(idesc, it, 256, &iret);
	if (n < 0 || ni < 0)
		return xl_fail(sp, "lambda: bad descriptor"), PVI_NONE;
	int recv = kind == 5 || kind == 9 || kind == 7; /* the handle takes a receiver */
	int total = ni + recv;
	if (total != ncap + n)
		return xl_fail(sp, "lambda: %s%s takes %d values, the site gives %d", iname, idesc,
		               total, ncap + n),
		       PVI_NONE;
	sp->X = (uint32_t)n + 1; /* xl_initcheck's scratch */
	sp->T = sp->X + 1;
	sp->nregs = sp->T + (uint32_t)total + 4;
	if (sp->nregs > 250)
		return xl_fail(sp, "lambda: too many arguments"), PVI_NONE;
	/* classes to initialise, before anything is in the call's registers:
	 * the handle's, and every box a conversion makes */
	if (kind == 6 || kind == 8)
		xl_initcheck(sp, ic);
	for (int i = 0; i <= total; i++) {
		const char *from = i == total ? iret : i < ncap ? cap[i] : st[i - ncap];
		const char *to = i == total ? sret : i < recv ? "Ljava/lang/Object;" : it[i - recv];
		int b = prim(from) && from[0] != 'V' && !prim(to) ? box_of(from[0]) : -1;
		jv_class *bc = b >= 0 ? jv_class_get(x, boxes[b][1]) : NULL;
		if (b >= 0 && !bc)
			return xl_fail(sp, "lambda: %s is not available", boxes[b][1]), PVI_NONE;
		if (bc)
			xl_initcheck(sp, bc);
	}
	/* T+1.. the handle's values: captures, then the parameters converted */
	uint32_t a = sp->T + 1;
	for (int i = 0; i < total; i++) {
		uint32_t r = a + (uint32_t)i;
		const char *from = i < ncap ? cap[i] : st[i - ncap];
		const char *to = i < recv ? "Ljava/lang/Object;" : it[i - recv];
		if (i < ncap)
			xl_abc(sp, OP_GETF, r, 0, (uint32_t)i);
		else
			xl_abc(sp, OP_MOVE, r, (uint32_t)(1 + i - ncap), 0);
		if (convert(sp, r, from, to, a + (uint32_t)total) != 0)
			return PVI_NONE;
	}
	char *key = jv_key(iname, idesc), *g = jv_gname(ic, key);
	uint32_t res = sp->T;
	if (kind == 6 || kind == 7) {
		xl_getg(sp, sp->T, g);
		xl_abc(sp, OP_CALL, sp->T, (uint32_t)total, 0);
	} else if (kind == 8) {
		if (ic->builtin) { /* String::new */
			char *fd = malloc(strlen(idesc) + 24), *fk;
			strcpy(fd, idesc);
			strcpy(strrchr(fd, ')') + 1, "Ljava/lang/String;");
			fk = jv_key("jnew", fd);
			free(g);
			g = jv_gname(ic, fk);
			free(fd);
			free(fk);
			xl_getg(sp, sp->T, g);
			xl_abc(sp, OP_CALL, sp->T, (uint32_t)total, 0);
		} else {
			/* T = new C; <init> at T+1 takes the instance at T+2, then
			 * the arguments: they move two up */
			for (int i = total; i-- > 0;)
				xl_abc(sp, OP_MOVE, a + 2 + (uint32_t)i, a + (uint32_t)i, 0);
			xl_getg(sp, sp->T, ic->pvname);
			xl_abc(sp, OP_NEW, sp->T, 0, 0);
			xl_abc(sp, OP_MOVE, sp->T + 2, sp->T, 0);
			xl_abc(sp, OP_MOVE, sp->X, sp->T, 0); /* below the call: kept */
			xl_getg(sp, sp->T + 1, g);
			xl_abc(sp, OP_CALL, sp->T + 1, (uint32_t)total + 1, 0);
			res = sp->X;
			iret = "L";
		}
	} else {
		uint32_t icx = sp->nic++;
		xl_abc(sp, OP_CALLM, a, (uint32_t)total - 1, 0);
		xl_emit(sp, xl_kstr(sp, key) | icx << 16);
		res = a;
	}
	if (sp->nregs < sp->T + (uint32_t)total + 4)
		sp->nregs = sp->T + (uint32_t)total + 4;
	free(key);
	free(g);
	if (sret[0] == 'V')
		xl_abc(sp, OP_RETNIL, 0, 0, 0);
	else {
		if (iret[0] == 'V')
			xl_abc(sp, OP_LOADNIL, res, 0, 0);
		else if (convert(sp, res, iret, sret, sp->T + (uint32_t)total + 1) != 0)
			return PVI_NONE;
		xl_abc(sp, OP_RET, res, 0, 0);
	}
	if (x->failed)
		return PVI_NONE;
	char *mk = jv_key(name, sam);
	uint32_t pi = xl_proto(sp, mk, lc->name, 1, (uint16_t)n);
	free(mk);
	return pi;
}

/* One method of the lambda class (sam_body), what it leaves freed. */
static uint32_t
sam_method(xs *site, jv_class *lc, const char *name, const char *sam, const char *const *cap,
           int ncap, int kind, jv_class *ic, const char *iname, const char *idesc)
{
	xs s;
	uint32_t pi = sam_body(&s, site, lc, name, sam, cap, ncap, kind, ic, iname, idesc);
	free(s.code);
	free(s.lines);
	free(s.K);
	return pi;
}

int
jv_lambda_site(xs *s, const jcf_bsm *b, const char *name, const char *desc)
{
	jv_ctx *x = s->x;
	const jcf_class *cf = s->cf;
	if (b->nargs < 3)
		return xl_fail(s, "lambda: too few bootstrap arguments");
	const jcf_cp *samt = &cf->cp[b->args[0]], *mh = &cf->cp[b->args[1]];
	if (samt->tag != 16 || mh->tag != 15)
		return xl_fail(s, "lambda: bad bootstrap arguments");
	const char *sam = jcf_utf8(cf, samt->a), *icn, *iname, *idesc;
	if (!sam || jcf_ref(cf, mh->b, &icn, &iname, &idesc) != 0)
		return xl_fail(s, "lambda: bad method handle");
	jv_class *ic = jv_class_get(x, icn);
	if (!ic)
		return xl_fail(s, "lambda: class %s is not available", icn);
	const char *cap[256], *ret;
	int ncap = xl_params(desc, cap, 256, &ret);
	if (ncap < 0 || ret[0] != 'L')
		return xl_fail(s, "lambda: bad site descriptor %s", desc);
	char iface[512];
	size_t il = strlen(ret);
	if (il < 3 || il - 2 >= sizeof iface)
		return xl_fail(s, "lambda: bad interface");
	memcpy(iface, ret + 1, il - 2);
	iface[il - 2] = 0;
	jv_class *fi = jv_class_get(x, iface);
	if (!fi)
		return xl_fail(s, "lambda: interface %s is not available", iface);
	jv_class *owner;
	if (!jv_method_find(x, ic, iname, idesc, &owner))
		return xl_fail(s, "lambda: method %s.%s%s is not available", icn, iname, idesc);
	/* the class: a jv_class whose class file is made up for the layout */
	char cname[600];
	snprintf(cname, sizeof cname, "%s$$Lambda$%u", s->c->name, ++x->nlambda);
	uint32_t ci = jv_lambda_class(x, cname, fi, cap, ncap);
	if (ci == PVI_NONE)
		return -1;
	uint32_t pi = sam_method(s, jv_lambda_cls(x, ci), name, sam, cap, ncap, mh->a, owner, iname,
	                         idesc);
	if (pi == PVI_NONE)
		return -1;
	jv_lambda_method(x, ci, name, sam, pi);
	/* altMetafactory: flags, then marker interfaces and bridges */
	if (b->nargs > 3 && cf->cp[b->args[3]].tag == 3) {
		int32_t flags = cf->cp[b->args[3]].i;
		uint16_t at = 4;
		if ((flags & 2) && at < b->nargs)
			at = (uint16_t)(at + 1 + cf->cp[b->args[at]].i); /* markers */
		if ((flags & 4) && at < b->nargs) {
			int32_t nb = cf->cp[b->args[at++]].i;
			for (int32_t i = 0; i < nb && at < b->nargs; i++, at++) {
				const char *bd = jcf_utf8(cf, cf->cp[b->args[at]].a);
				uint32_t bp = bd ? sam_method(s, jv_lambda_cls(x, ci), name, bd,
				                              cap, ncap, mh->a, owner, iname, idesc)
				                 : PVI_NONE;
				if (bp == PVI_NONE)
					return -1;
				jv_lambda_method(x, ci, name, bd, bp);
			}
		}
	}
	/* the site: a new instance, the captures stored */
	sent e[256];
	uint32_t pos[256];
	for (int i = ncap; i-- > 0;)
		e[i] = xl_pop(s, &pos[i]);
	uint32_t at = s->sp;
	xl_getg(s, s->X, cname);
	xl_abc(s, OP_NEW, s->X, 0, 0);
	for (int i = 0; i < ncap; i++)
		xl_abc(s, OP_SETF, s->X, (uint32_t)i, xl_reg(s, &e[i], pos[i]));
	xl_abc(s, OP_MOVE, s->L + at, s->X, 0);
	xl_push_reg(s, 'A', s->L + at);
	return 0;
}
