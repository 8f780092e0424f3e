/*
 * gen.c - code generator: program layout, functions and statements.
 *
 * A program (all files of one compilation) becomes one image: one module
 * initialiser per file (its `var` initialisers, in order), one function per
 * `def`, and per class its own methods plus `<finit>` running its field
 * initialisers (the VM runs every class's <finit> in the chain before
 * `init`). Superclasses are laid out first, so field slots are known at
 * compile time; a superclass may also come from the VM (pv_env).
 */
#include <stdlib.h>
#include <string.h>
#include "gen.h"

void
gerr(fstate *F, node *n, const char *fmt, const char *arg)
{
	int line = n ? n->line : F->line, col = n ? n->col : F->col;
	c_error(F->g->c, line, col, fmt, arg);
}

int
emit(fstate *F, uint32_t word)
{
	if (F->ncode == F->capcode) {
		F->capcode = F->capcode ? F->capcode * 2 : 64;
		F->code = realloc(F->code, F->capcode * sizeof(uint32_t));
		F->lines = realloc(F->lines, F->capcode * sizeof(int32_t));
	}
	F->code[F->ncode] = word;
	F->lines[F->ncode] = F->line;
	return F->ncode++;
}

int
emit_jump(fstate *F, uint32_t word)
{
	int pc = emit(F, word);
	emit(F, 0);
	return pc;
}

void
patch_to(fstate *F, int pc, int target)
{
	if (I_OP(F->code[pc]) == OP_JMP) {
		int off = target - (pc + 1);
		F->code[pc] = MK_SJ(OP_JMP, (uint32_t)off & 0xffffff);
	} else
		F->code[pc + 1] = (uint32_t)(target - (pc + 2));
}

void
patch_here(fstate *F, int pc)
{
	patch_to(F, pc, F->ncode);
}

void
jl_add(jlist *l, int pc)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 8;
		l->at = realloc(l->at, l->cap * sizeof(int));
	}
	l->at[l->n++] = pc;
}

static void
jl_patch_to(fstate *F, jlist *l, int target)
{
	for (int i = 0; i < l->n; i++)
		patch_to(F, l->at[i], target);
	free(l->at);
	memset(l, 0, sizeof *l);
}

void
jl_patch_here(fstate *F, jlist *l)
{
	jl_patch_to(F, l, F->ncode);
}

static int
add_k(fstate *F, pvi_const k)
{
	for (int i = 0; i < F->nk; i++) {
		pvi_const *o = &F->k[i];
		if (o->kind == k.kind && o->i == k.i && o->s == k.s &&
		    memcmp(&o->f, &k.f, sizeof(double)) == 0)
			return i;
	}
	if (F->nk >= 65535) {
		gerr(F, NULL, "too many constants in one function%s", "");
		return 0;
	}
	if (F->nk == F->capk) {
		F->capk = F->capk ? F->capk * 2 : 16;
		F->k = realloc(F->k, F->capk * sizeof(pvi_const));
	}
	F->k[F->nk] = k;
	return F->nk++;
}

int
k_int(fstate *F, int32_t v)
{
	return add_k(F, (pvi_const){ .kind = PVI_KINT, .i = v });
}

int
k_float(fstate *F, double v)
{
	return add_k(F, (pvi_const){ .kind = PVI_KFLOAT, .f = v });
}

int
k_str(fstate *F, const char *s, int n)
{
	return add_k(F, (pvi_const){ .kind = PVI_KSTR, .s = pvi_str(F->g->im, s, (size_t)n) });
}

int
reg_tmp(fstate *F)
{
	int r = F->freereg++;
	if (F->freereg > MAX_REGS) {
		gerr(F, NULL, "function too complex (more than 250 registers)%s", "");
		F->freereg = MAX_REGS - 20;
		return F->freereg - 1;
	}
	if (F->freereg > F->maxreg)
		F->maxreg = F->freereg;
	return r;
}

cclass *
find_class(gstate *g, const char *name)
{
	for (int i = 0; i < g->nclasses; i++)
		if (strcmp(g->classes[i]->name, name) == 0)
			return g->classes[i];
	return NULL;
}

/* ---------------------------------------------------------------- locals */

static int
is_inner(fstate *F, const char *name)
{
	for (int i = 0; i < F->ninner; i++)
		if (strcmp(F->inner[i], name) == 0)
			return 1;
	return 0;
}

static int
declare(fstate *F, node *at, const char *name, int reg)
{
	for (int i = F->nloc - 1; i >= 0 && F->loc[i].depth == F->depth; i--)
		if (strcmp(F->loc[i].name, name) == 0)
			gerr(F, at, "'%s' is already declared in this scope", name);
	if (F->nloc >= 250) {
		gerr(F, at, "too many local variables%s", "");
		return reg;
	}
	local *l = &F->loc[F->nloc++];
	l->name = name;
	l->reg = reg;
	l->depth = F->depth;
	l->captured = is_inner(F, name);
	return reg;
}

/* A new local in the next register; returns it. */
static int
new_local(fstate *F, node *at, const char *name)
{
	int r = reg_tmp(F);
	F->nactive = F->freereg;
	declare(F, at, name ? name : "?", r);
	return r;
}

static void
scope_enter(fstate *F)
{
	F->depth++;
}

static void
scope_leave(fstate *F, int nactive)
{
	while (F->nloc > 0 && F->loc[F->nloc - 1].depth == F->depth)
		F->nloc--;
	F->depth--;
	F->nactive = F->freereg = nactive;
}

/* Names mentioned by nested functions (conservatively: any N_NAME).
 * Lists (next) and left children (a) are followed in a loop: the left
 * spine of an operator chain is as long as the chain (parse.c); the
 * recursion through b, c and d is bounded by the parser's nesting bound. */
static void
collect_inner(fstate *F, node *n, int nested)
{
	for (; n; n = n->next) {
		int in = nested;
		for (node *m = n; m; m = m->a) {
			if (m->kind == N_FN && !in)
				F->has_inner = 1;
			in = in || m->kind == N_FN;
			if (in && m->kind == N_NAME) {
				if ((F->ninner & (F->ninner - 1)) == 0)
					F->inner =
						realloc(F->inner, (F->ninner ? F->ninner * 2 : 1) *
					                                  sizeof(char *));
				F->inner[F->ninner++] = m->name;
			}
			collect_inner(F, m->b, in);
			collect_inner(F, m->c, in);
			collect_inner(F, m->d, in);
			if (m->a && m->a->next) { /* a list: walk it in full */
				collect_inner(F, m->a, in);
				break;
			}
		}
	}
}

/* ---------------------------------------------------------------- statements */

static void stmt(fstate *F, node *s);

static void
gen_var(fstate *F, node *s)
{
	int save = F->nactive;
	int r = reg_tmp(F); /* the initialiser sees the outer names */
	F->nactive = F->freereg;
	if (s->a)
		expr_to(F, s->a, r);
	else
		emit(F, MK_ABC(OP_LOADNIL, r, 0, 0));
	(void)save;
	declare(F, s, s->name ? s->name : "?", r);
	if (F->loc[F->nloc - 1].captured)
		emit(F, MK_ABC(OP_NEWBOX, r, r, 0));
}

static void
store_value(fstate *F, node *t, int v)
{
	res r = resolve(F, t, t->name, 0);
	int save = F->freereg;
	switch (r.kind) {
	case R_LOCAL:
		if (r.idx != v)
			emit(F, MK_ABC(OP_MOVE, r.idx, v, 0));
		break;
	case R_BOXED:
		emit(F, MK_ABC(OP_SETBOX, r.idx, v, 0));
		break;
	case R_UPVAL:
		emit(F, MK_ABC(OP_SETU, v, r.idx, 0));
		break;
	case R_FIELD:
		emit(F, MK_ABC(OP_SETF, this_reg(F, t), r.idx, v));
		break;
	case R_GLOBAL: {
		int ok = 0, mine = 0;
		for (int i = 0; i < F->g->nnames; i++)
			if (strcmp(F->g->names[i].name, t->name) == 0)
				ok = F->g->names[i].kind == G_VAR, mine = 1;
		const pv_env *env = F->g->c->env;
		if (!mine && env && env->variable && env->variable(env->ctx, t->name))
			ok = 1;
		if (!ok)
			gerr(F, t, "cannot assign to '%s' (not a variable)", t->name);
		emit(F, MK_ABx(OP_SETG, v, k_str(F, t->name, (int)strlen(t->name))));
		break;
	}
	default:
		gerr(F, t, "undefined name '%s'", t->name);
	}
	F->freereg = save;
}

static void
gen_assign(fstate *F, node *s)
{
	node *t = s->a;
	int save = F->freereg;
	if (!t || !s->b || (t->kind != N_NAME && t->kind != N_INDEX && t->kind != N_FIELD) ||
	    (t->kind != N_INDEX && !t->name))
		return; /* reported by the parser */
	if (t->kind == N_FIELD) {
		if (t->a->kind != N_THIS) {
			gerr(F, t,
			     "cannot assign field '%s' of another object (fields are private)",
			     t->name);
			return;
		}
		if (field_slot(F->cls, t->name) < 0) {
			gerr(F, t, "no field '%s' in this class", t->name);
			return;
		}
		node val = *s->b, rd, fbin;
		if (s->op) {
			rd = (node){ .kind = N_FIELD,
				     .line = t->line,
				     .col = t->col,
				     .a = t->a,
				     .name = t->name };
			fbin = (node){ .kind = N_BIN,
				       .op = s->op,
				       .line = s->line,
				       .col = s->col,
				       .a = &rd,
				       .b = s->b };
			val = fbin;
		}
		int v = expr_reg(F, &val);
		emit(F, MK_ABC(OP_SETF, this_reg(F, t), field_slot(F->cls, t->name), v));
		F->freereg = save;
		return;
	}
	node *value = s->b, bin;
	if (s->op) {
		bin = (node){ .kind = N_BIN,
			      .op = s->op,
			      .line = s->line,
			      .col = s->col,
			      .a = t,
			      .b = s->b };
		value = &bin;
	}
	if (t->kind == N_INDEX) {
		int a = expr_reg(F, t->a), i = expr_reg(F, t->b), v = expr_reg(F, value);
		emit(F, MK_ABC(OP_SETIDX, a, i, v));
	} else {
		res r = resolve(F, t, t->name, 0);
		if (r.kind == R_LOCAL)
			expr_to(F, value, r.idx);
		else
			store_value(F, t, expr_reg(F, value));
	}
	F->freereg = save;
}

static void
loop_begin(fstate *F, loopinfo *L)
{
	memset(L, 0, sizeof *L);
	L->outer = F->loop;
	L->trydepth = F->trydepth;
	F->loop = L;
}

static void
loop_end(fstate *F, loopinfo *L, int cont_target)
{
	jl_patch_to(F, &L->conts, cont_target);
	jl_patch_here(F, &L->breaks);
	F->loop = L->outer;
}

static void
gen_while(fstate *F, node *s)
{
	loopinfo L;
	jlist exit = { 0 };
	int top = F->ncode;
	cond_jump(F, s->a, 0, &exit);
	loop_begin(F, &L);
	stmt(F, s->b);
	patch_to(F, emit(F, MK_SJ(OP_JMP, 0)), top);
	jl_patch_here(F, &exit);
	loop_end(F, &L, top);
}

static void
gen_for(fstate *F, node *s)
{
	int nact = F->nactive;
	loopinfo L;
	jlist exit = { 0 };
	scope_enter(F);
	if (s->a)
		stmt(F, s->a);
	int top = F->ncode;
	if (s->b)
		cond_jump(F, s->b, 0, &exit);
	loop_begin(F, &L);
	stmt(F, s->d);
	int step = F->ncode;
	if (s->c)
		stmt(F, s->c);
	patch_to(F, emit(F, MK_SJ(OP_JMP, 0)), top);
	jl_patch_here(F, &exit);
	loop_end(F, &L, step);
	scope_leave(F, nact);
}

static void
gen_forin(fstate *F, node *s)
{
	int nact = F->nactive;
	loopinfo L;
	scope_enter(F);
	int seq = new_local(F, s, " seq");
	new_local(F, s, " i");
	int save = F->freereg, coll = expr_reg(F, s->a);
	emit(F, MK_ABC(OP_FORPREP, seq, coll, 0));
	F->freereg = save;
	int x = new_local(F, s, s->name);
	int top = emit_jump(F, MK_ABC(OP_FORNEXT, seq, x, 0));
	if (F->loc[F->nloc - 1].captured)
		emit(F, MK_ABC(OP_NEWBOX, x, x, 0));
	loop_begin(F, &L);
	stmt(F, s->b);
	patch_to(F, emit(F, MK_SJ(OP_JMP, 0)), top);
	patch_here(F, top);
	loop_end(F, &L, top);
	scope_leave(F, nact);
}

static void
gen_if(fstate *F, node *s)
{
	jlist no = { 0 };
	cond_jump(F, s->a, 0, &no);
	stmt(F, s->b);
	if (s->c) {
		int j = emit(F, MK_SJ(OP_JMP, 0));
		jl_patch_here(F, &no);
		stmt(F, s->c);
		patch_here(F, j);
	} else
		jl_patch_here(F, &no);
}

static void
gen_try(fstate *F, node *s)
{
	int nact = F->nactive;
	scope_enter(F);
	int e = reg_tmp(F);
	F->nactive = F->freereg;
	int t = emit_jump(F, MK_ABC(OP_TRY, e, 0, 0));
	F->trydepth++;
	stmt(F, s->a);
	F->trydepth--;
	emit(F, MK_ABC(OP_ENDTRY, 0, 0, 0));
	int j = emit(F, MK_SJ(OP_JMP, 0));
	patch_here(F, t);
	declare(F, s, s->name ? s->name : "?", e);
	if (F->loc[F->nloc - 1].captured)
		emit(F, MK_ABC(OP_NEWBOX, e, e, 0));
	stmt(F, s->b);
	patch_here(F, j);
	scope_leave(F, nact);
}

static void
gen_jump_out(fstate *F, node *s, int is_break)
{
	if (!F->loop) {
		gerr(F, s, "'%s' outside a loop", is_break ? "break" : "continue");
		return;
	}
	for (int i = F->trydepth; i > F->loop->trydepth; i--)
		emit(F, MK_ABC(OP_ENDTRY, 0, 0, 0));
	jl_add(is_break ? &F->loop->breaks : &F->loop->conts, emit(F, MK_SJ(OP_JMP, 0)));
}

void
gen_block_stmt(fstate *F, node *s)
{
	int nact = F->nactive;
	if (!s)
		return;
	scope_enter(F);
	for (node *x = s->b; x; x = x->next)
		stmt(F, x);
	scope_leave(F, nact);
}

static void
stmt(fstate *F, node *s)
{
	if (!s)
		return;
	F->line = s->line;
	F->col = s->col;
	int save = F->freereg;
	switch (s->kind) {
	case N_VAR:
		gen_var(F, s);
		return; /* keeps its register */
	case N_ASSIGN:
		gen_assign(F, s);
		break;
	case N_IF:
		gen_if(F, s);
		break;
	case N_WHILE:
		gen_while(F, s);
		break;
	case N_FOR:
		gen_for(F, s);
		break;
	case N_FORIN:
		gen_forin(F, s);
		break;
	case N_BREAK:
		gen_jump_out(F, s, 1);
		break;
	case N_CONTINUE:
		gen_jump_out(F, s, 0);
		break;
	case N_RETURN:
		if (s->a)
			emit(F, MK_ABC(OP_RET, expr_reg(F, s->a), 0, 0));
		else
			emit(F, MK_ABC(OP_RETNIL, 0, 0, 0));
		break;
	case N_THROW:
		emit(F, MK_ABC(OP_THROW, expr_reg(F, s->a), 0, 0));
		break;
	case N_TRY:
		gen_try(F, s);
		break;
	case N_BLOCK:
		gen_block_stmt(F, s);
		break;
	case N_EXPR:
		expr_to(F, s->a, reg_tmp(F));
		break;
	default:
		gerr(F, s, "internal error: not a statement%s", "");
	}
	F->freereg = save;
}

/* ---------------------------------------------------------------- functions */

static uint32_t
reserve_proto(gstate *g)
{
	pv_image *im = g->im;
	im->proto = realloc(im->proto, (im->nproto + 1) * sizeof(pvi_proto));
	memset(&im->proto[im->nproto], 0, sizeof(pvi_proto));
	return im->nproto++;
}

static void
finish_proto(fstate *F, const char *name, int nparams)
{
	pv_image *im = F->g->im;
	pvi_proto *p = &im->proto[F->pidx];
	p->name = pvi_str(im, name, strlen(name));
	p->file = pvi_str(im, F->g->c->src[F->g->c->file].name,
	                  strlen(F->g->c->src[F->g->c->file].name));
	p->nparams = (uint16_t)nparams;
	p->nregs = (uint16_t)(F->maxreg > 0 ? F->maxreg : 1);
	p->nupv = (uint16_t)F->nupv;
	p->nic = (uint16_t)F->nic;
	p->is_method = (uint8_t)F->is_method;
	p->ncode = (uint32_t)F->ncode;
	p->code = F->code;
	p->lines = F->lines;
	p->nk = (uint32_t)F->nk;
	p->k = F->k;
	p->nchild = (uint32_t)F->nchild;
	p->child = F->child;
	p->upv = malloc(F->nupv * 2 + 1);
	for (int i = 0; i < F->nupv; i++) {
		p->upv[2 * i] = F->upv[i].from_local;
		p->upv[2 * i + 1] = F->upv[i].index;
	}
	free(F->inner);
}

static void
init_fstate(fstate *F, gstate *g, fstate *parent, cclass *cls, int is_method)
{
	memset(F, 0, sizeof *F);
	F->g = g;
	F->parent = parent;
	F->cls = cls;
	F->is_method = is_method;
	F->pidx = reserve_proto(g);
}

/* Compiles fn (N_FN or N_DEF) as a new function; returns its index among
 * parent's nested functions (parent != NULL) or its proto index. */
int
gen_function(fstate *parent, node *fn, cclass *cls, int is_method, const char *name)
{
	fstate *F = malloc(sizeof *F); /* big (locals, upvalues): off the C stack */
	init_fstate(F, parent ? parent->g : NULL, parent, cls, is_method);
	F->line = fn->line;
	collect_inner(F, fn->a, 0);
	if (is_method) {
		reg_tmp(F); /* R[0] = this */
		F->nactive = 1;
	}
	if (fn->n > 200)
		gerr(F, fn, "too many parameters%s", "");
	for (node *p = fn->b; p; p = p->next)
		new_local(F, p, p->name);
	int nparams = F->nactive - is_method;
	for (int i = 0; i < F->nloc; i++)
		if (F->loc[i].captured)
			emit(F, MK_ABC(OP_NEWBOX, F->loc[i].reg, F->loc[i].reg, 0));
	if (is_method && F->has_inner) {
		int r = new_local(F, fn, "this");
		F->loc[F->nloc - 1].captured = 1;
		emit(F, MK_ABC(OP_NEWBOX, r, 0, 0));
	}
	gen_block_stmt(F, fn->a);
	F->line = fn->line;
	emit(F, MK_ABC(OP_RETNIL, 0, 0, 0));
	finish_proto(F, name, nparams);
	uint32_t pidx = F->pidx;
	free(F);
	if (!parent)
		return (int)pidx;
	parent->child = realloc(parent->child, (parent->nchild + 1) * sizeof(uint32_t));
	parent->child[parent->nchild] = pidx;
	return parent->nchild++;
}

/* <finit>: this class's own field initialisers. Returns -1 if none. */
int
gen_finit_top(gstate *g, cclass *c)
{
	int any = 0;
	for (node *f = c->decl->a; f; f = f->next)
		any |= f->a != NULL;
	if (!any)
		return -1;
	fstate *F = malloc(sizeof *F); /* big: off the C stack, as in gen_function */
	init_fstate(F, g, NULL, c, 1);
	reg_tmp(F);
	F->nactive = 1;
	for (node *f = c->decl->a; f; f = f->next)
		collect_inner(F, f->a, 0);
	if (F->has_inner) {
		int r = new_local(F, c->decl, "this");
		F->loc[F->nloc - 1].captured = 1;
		emit(F, MK_ABC(OP_NEWBOX, r, 0, 0));
	}
	for (node *f = c->decl->a; f; f = f->next) {
		if (!f->a || !f->name)
			continue;
		F->line = f->line;
		int t = reg_tmp(F);
		expr_to(F, f->a, t);
		emit(F, MK_ABC(OP_SETF, 0, field_slot(c, f->name), t));
		F->freereg = F->nactive;
	}
	emit(F, MK_ABC(OP_RETNIL, 0, 0, 0));
	finish_proto(F, "<finit>", 0);
	int pidx = (int)F->pidx;
	free(F);
	return pidx;
}
