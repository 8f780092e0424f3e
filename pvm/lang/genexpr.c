/*
 * genexpr.c - code for expressions, conditions and name resolution.
 *
 * A bare name resolves, in order, to: a local of this function, a local of
 * an enclosing function (an upvalue), a field of the class (for a call: a
 * method of the class first), a global. `obj.name` without a call is only
 * legal on `this`: fields are private.
 *
 * expr_to(e, dst) writes the value to dst with at most one write to dst
 * after every read, except for && and || (which write early and so never
 * target a live local directly).
 */
#include <stdlib.h>
#include <string.h>
#include "gen.h"

int
field_slot(cclass *c, const char *name)
{
	for (int i = c ? c->nfields - 1 : -1; i >= 0; i--)
		if (strcmp(c->fields[i], name) == 0)
			return i;
	return -1;
}

int
method_known(cclass *c, const char *name)
{
	for (int i = 0; c && i < c->nmethods; i++)
		if (strcmp(c->methods[i], name) == 0)
			return 1;
	return 0;
}

static int
global_known(gstate *g, const char *name)
{
	for (int i = 0; i < g->nnames; i++)
		if (strcmp(g->names[i].name, name) == 0)
			return 1;
	const pv_env *env = g->c->env;
	return env && env->global && env->global(env->ctx, name);
}

static local *
find_local(fstate *F, const char *name)
{
	for (int i = F->nloc - 1; i >= 0; i--)
		if (strcmp(F->loc[i].name, name) == 0)
			return &F->loc[i];
	return NULL;
}

static int
visible_outside(fstate *F, const char *name)
{
	for (fstate *P = F->parent; P; P = P->parent)
		if (find_local(P, name))
			return 1;
	return 0;
}

int
upval_index(fstate *F, const char *name)
{
	for (int i = 0; i < F->nupv; i++)
		if (strcmp(F->upv[i].name, name) == 0)
			return i;
	fstate *P = F->parent;
	local *l = find_local(P, name);
	int from_local = l != NULL, idx;
	if (l) {
		if (!l->captured)
			gerr(F, NULL, "internal error: '%s' captured but not boxed", name);
		idx = l->reg;
	} else
		idx = upval_index(P, name);
	if (F->nupv >= 255) {
		gerr(F, NULL, "too many captured variables (at '%s')", name);
		return 0;
	}
	F->upv[F->nupv].name = name;
	F->upv[F->nupv].from_local = (uint8_t)from_local;
	F->upv[F->nupv].index = (uint8_t)idx;
	return F->nupv++;
}

res
resolve(fstate *F, node *at, const char *name, int for_call)
{
	res r = { R_NONE, 0 };
	if (!name)
		return r;
	local *l = find_local(F, name);
	if (l) {
		r.kind = l->captured ? R_BOXED : R_LOCAL;
		r.idx = l->reg;
		return r;
	}
	if (visible_outside(F, name)) {
		r.kind = R_UPVAL;
		r.idx = upval_index(F, name);
		return r;
	}
	if (for_call && method_known(F->cls, name)) {
		r.kind = R_METHOD;
		return r;
	}
	int slot = field_slot(F->cls, name);
	if (slot >= 0) {
		r.kind = R_FIELD;
		r.idx = slot;
		return r;
	}
	if (global_known(F->g, name))
		r.kind = R_GLOBAL;
	return r;
}

int
this_reg(fstate *F, node *at)
{
	if (F->is_method)
		return 0;
	if (!F->cls) {
		gerr(F, at, "'this' used outside a method%s", "");
		return 0;
	}
	int t = reg_tmp(F);
	emit(F, MK_ABC(OP_GETU, t, upval_index(F, "this"), 0));
	return t;
}

static void
load_name(fstate *F, node *e, int dst)
{
	if (!e->name)
		return;
	res r = resolve(F, e, e->name, 0);
	int save = F->freereg;
	switch (r.kind) {
	case R_LOCAL:
		if (r.idx != dst)
			emit(F, MK_ABC(OP_MOVE, dst, r.idx, 0));
		break;
	case R_BOXED:
		emit(F, MK_ABC(OP_GETBOX, dst, r.idx, 0));
		break;
	case R_UPVAL:
		emit(F, MK_ABC(OP_GETU, dst, r.idx, 0));
		break;
	case R_FIELD:
		emit(F, MK_ABC(OP_GETF, dst, this_reg(F, e), r.idx));
		break;
	case R_GLOBAL:
		emit(F, MK_ABx(OP_GETG, dst, k_str(F, e->name, (int)strlen(e->name))));
		break;
	default:
		gerr(F, e, "undefined name '%s'", e->name);
	}
	F->freereg = save;
}

static int
binop(int tok)
{
	switch (tok) {
	case '+':
		return OP_ADD;
	case '-':
		return OP_SUB;
	case '*':
		return OP_MUL;
	case '/':
		return OP_DIV;
	case '%':
		return OP_MOD;
	case '&':
		return OP_BAND;
	case '|':
		return OP_BOR;
	case '^':
		return OP_BXOR;
	case T_SHL:
		return OP_SHL;
	case T_SHR:
		return OP_SHR;
	default:
		return -1;
	}
}

static int
small_int(node *e, int neg)
{
	if (!e || e->kind != N_INT)
		return 0;
	int64_t v = neg ? -(int64_t)e->ival : e->ival;
	return v >= -128 && v <= 127;
}

/* ---------------------------------------------------------------- chains
 *
 * a + b - c ... is a left-deep tree as deep as the chain is long (parse.c),
 * so a chain is generated in a loop over its left spine, never by
 * recursion per link. The single link, by far the most common, takes the
 * short path inline; the chain functions are kept out of line so that
 * their bigger frames are not paid by every expr_to() on a deeply nested
 * path (the compiler runs on a 64 KiB kernel stack). */

/* The left spine of the chain at e: e, e->a, e->a->a ... while they are
 * N_BIN (logic: N_AND or N_OR), innermost first, so (*sp)[0]->a is the
 * leftmost operand and (*sp)[n - 1] is e; malloc'd. Returns n, or 0 (an
 * error reported) without memory. */
static int
spine(fstate *F, node *e, int logic, node ***sp)
{
	int n = 0;
	for (node *x = e; x && (logic ? x->kind == N_AND || x->kind == N_OR : x->kind == N_BIN);
	     x = x->a)
		n++;
	*sp = malloc((size_t)n * sizeof(node *));
	if (!*sp) {
		gerr(F, e, "out of memory%s", "");
		return 0;
	}
	int i = n;
	for (node *x = e; i > 0; x = x->a)
		(*sp)[--i] = x;
	return n;
}

/* dst = l OP x->b for one link x; leaves a temporary for x->b allocated
 * (the caller resets freereg). */
static inline __attribute__((always_inline)) void
gen_link(fstate *F, node *x, int dst, int l)
{
	int op = binop(x->op);
	if ((x->op == '+' || x->op == '-') && small_int(x->b, 0)) {
		F->line = x->line;
		/* x - k is SUBI, never ADDI of -k: "s" - 1 must throw, not
		 * concatenate "s-1" */
		emit(F, MK_ABC(x->op == '-' ? OP_SUBI : OP_ADDI, dst, l, x->b->ival));
		return;
	}
	int r = expr_reg(F, x->b);
	F->line = x->line;
	switch (x->op) {
	case T_EQ:
		emit(F, MK_ABC(OP_EQ, dst, l, r));
		break;
	case T_NE:
		emit(F, MK_ABC(OP_NE, dst, l, r));
		break;
	case '<':
		emit(F, MK_ABC(OP_LT, dst, l, r));
		break;
	case T_LE:
		emit(F, MK_ABC(OP_LE, dst, l, r));
		break;
	case '>':
		emit(F, MK_ABC(OP_LT, dst, r, l));
		break;
	case T_GE:
		emit(F, MK_ABC(OP_LE, dst, r, l));
		break;
	default:
		emit(F, MK_ABC(op, dst, l, r));
		break;
	}
}

/* Two or more N_BIN links: the running value stays in one temporary
 * (acc), a right operand takes registers only while it is computed, and
 * dst is written once, last (expr_to's contract). */
static __attribute__((noinline)) void
gen_bin_chain(fstate *F, node *e, int dst)
{
	node **sp;
	int n = spine(F, e, 0, &sp), save = F->freereg;
	if (n == 0)
		return;
	int l = expr_reg(F, sp[0]->a);
	int acc = l < save ? reg_tmp(F) : l; /* l < save: a local's own register */
	int keep = F->freereg;
	for (int i = 0; i < n; i++) {
		gen_link(F, sp[i], i == n - 1 ? dst : acc, i == 0 ? l : acc);
		F->freereg = keep;
	}
	F->freereg = save;
	free(sp);
}

static void
gen_binary(fstate *F, node *e, int dst)
{
	if (e->a && e->a->kind == N_BIN) {
		gen_bin_chain(F, e, dst);
		return;
	}
	int save = F->freereg;
	gen_link(F, e, dst, expr_reg(F, e->a));
	F->freereg = save;
}

/* d = d && x->b (or ||): keep d if it decides, else evaluate x->b into d. */
static void
logic_link(fstate *F, node *x, int d)
{
	F->line = x->line;
	int j = emit_jump(F, MK_ABC(x->kind == N_AND ? OP_JF : OP_JT, d, 0, 0));
	expr_to(F, x->b, d);
	patch_here(F, j);
}

/* && and || as a value: an operand, the last one evaluated. A chain of
 * them is one loop over its spine. */
static __attribute__((noinline)) void
gen_logic_chain(fstate *F, node *e, int d)
{
	node **sp;
	int n = spine(F, e, 1, &sp);
	if (n == 0)
		return;
	expr_to(F, sp[0]->a, d);
	for (int i = 0; i < n; i++)
		logic_link(F, sp[i], d);
	free(sp);
}

static void
gen_logic(fstate *F, node *e, int dst)
{
	int d = dst < F->nactive ? reg_tmp(F) : dst;
	if (e->a && (e->a->kind == N_AND || e->a->kind == N_OR))
		gen_logic_chain(F, e, d);
	else {
		expr_to(F, e->a, d);
		logic_link(F, e, d);
	}
	if (d != dst) {
		emit(F, MK_ABC(OP_MOVE, dst, d, 0));
		F->freereg = d;
	}
}

/* Arguments into base+1 .. base+n. */
static void
gen_args(fstate *F, node *args, int base)
{
	int i = 1;
	for (node *a = args; a; a = a->next, i++) {
		int r = reg_tmp(F);
		if (r != base + i)
			gerr(F, a, "internal error: argument registers%s", "");
		expr_to(F, a, r);
	}
}

static void
check_nargs(fstate *F, node *e)
{
	if (e->n > 200)
		gerr(F, e, "too many arguments%s", "");
}

static uint32_t
method_word(fstate *F, const char *name)
{
	int k = k_str(F, name, (int)strlen(name));
	return (uint32_t)k | (uint32_t)F->nic++ << 16;
}

static void
gen_mcall(fstate *F, node *recv, const char *name, node *args, int n, int dst, int op)
{
	int save = F->freereg, base = reg_tmp(F);
	if (recv)
		expr_to(F, recv, base);
	else {
		int t = this_reg(F, NULL);
		emit(F, MK_ABC(OP_MOVE, base, t, 0));
		F->freereg = base + 1;
	}
	gen_args(F, args, base);
	emit(F, MK_ABC(op, base, n, 0));
	emit(F, method_word(F, name));
	if (dst != base)
		emit(F, MK_ABC(OP_MOVE, dst, base, 0));
	F->freereg = save;
}

static void
gen_call(fstate *F, node *e, int dst)
{
	check_nargs(F, e);
	if (e->a->kind == N_NAME) {
		res r = resolve(F, e->a, e->a->name, 1);
		if (r.kind == R_METHOD) {
			gen_mcall(F, NULL, e->a->name, e->b, e->n, dst, OP_CALLM);
			return;
		}
	}
	int save = F->freereg, base = reg_tmp(F);
	expr_to(F, e->a, base);
	F->freereg = base + 1;
	gen_args(F, e->b, base);
	emit(F, MK_ABC(OP_CALL, base, e->n, 0));
	if (dst != base)
		emit(F, MK_ABC(OP_MOVE, dst, base, 0));
	F->freereg = save;
}

static void
gen_new(fstate *F, node *e, int dst)
{
	check_nargs(F, e);
	if (!e->name)
		return;
	cclass *c = find_class(F->g, e->name);
	if (!c && !F->g->c->env)
		gerr(F, e, "unknown class '%s'", e->name);
	else if (!c && !(F->g->c->env->klass &&
	                 F->g->c->env->klass(F->g->c->env->ctx, e->name, &(pv_envclass){ 0 })))
		gerr(F, e, "unknown class '%s'", e->name);
	int save = F->freereg, base = reg_tmp(F);
	emit(F, MK_ABx(OP_GETG, base, k_str(F, e->name, (int)strlen(e->name))));
	gen_args(F, e->b, base);
	emit(F, MK_ABC(OP_NEW, base, e->n, 0));
	if (dst != base)
		emit(F, MK_ABC(OP_MOVE, dst, base, 0));
	F->freereg = save;
}

static void
gen_list(fstate *F, node *e, int dst, int is_map)
{
	int per = is_map ? 2 : 1;
	if (e->n * per > 200) {
		gerr(F, e, "literal too long (at most %s entries)", is_map ? "100" : "200");
		return;
	}
	int save = F->freereg, base = F->freereg;
	for (node *a = e->b; a; a = a->next) {
		expr_to(F, a, reg_tmp(F));
		if (is_map)
			expr_to(F, a->d, reg_tmp(F));
	}
	emit(F, MK_ABC(is_map ? OP_NEWMAP : OP_NEWARR, dst, e->n ? base : 0, e->n));
	F->freereg = save;
}

static void
gen_field_get(fstate *F, node *e, int dst)
{
	if (e->a->kind != N_THIS) {
		gerr(F, e,
		     "cannot read field '%s' of another object (fields are private; call a method)",
		     e->name);
		return;
	}
	int slot = field_slot(F->cls, e->name);
	if (slot < 0) {
		gerr(F, e, "no field '%s' in this class", e->name);
		return;
	}
	int save = F->freereg;
	emit(F, MK_ABC(OP_GETF, dst, this_reg(F, e), slot));
	F->freereg = save;
}

static void
gen_const(fstate *F, node *e, int dst)
{
	switch (e->kind) {
	case N_INT:
		if (e->ival >= -32768 && e->ival <= 32767)
			emit(F, MK_ABx(OP_LOADI, dst, (uint32_t)e->ival & 0xffff));
		else
			emit(F, MK_ABx(OP_LOADK, dst, k_int(F, e->ival)));
		break;
	case N_FLOAT:
		emit(F, MK_ABx(OP_LOADK, dst, k_float(F, e->fval)));
		break;
	case N_STR:
		emit(F, MK_ABx(OP_LOADK, dst, k_str(F, e->str, e->slen)));
		break;
	case N_NULL:
		emit(F, MK_ABC(OP_LOADNIL, dst, 0, 0));
		break;
	case N_TRUE:
		emit(F, MK_ABC(OP_LOADBOOL, dst, 1, 0));
		break;
	case N_FALSE:
		emit(F, MK_ABC(OP_LOADBOOL, dst, 0, 0));
		break;
	}
}

void
expr_to(fstate *F, node *e, int dst)
{
	if (!e)
		return;
	F->line = e->line;
	F->col = e->col;
	int save = F->freereg;
	switch (e->kind) {
	case N_INT:
	case N_FLOAT:
	case N_STR:
	case N_NULL:
	case N_TRUE:
	case N_FALSE:
		gen_const(F, e, dst);
		break;
	case N_NAME:
		load_name(F, e, dst);
		break;
	case N_THIS: {
		int t = this_reg(F, e);
		if (t != dst)
			emit(F, MK_ABC(OP_MOVE, dst, t, 0));
		break;
	}
	case N_BIN:
		gen_binary(F, e, dst);
		break;
	case N_AND:
	case N_OR:
		gen_logic(F, e, dst);
		break;
	case N_UNARY: {
		int r = expr_reg(F, e->a);
		int op = e->op == '-' ? OP_NEG : e->op == '!' ? OP_NOT : OP_BNOT;
		emit(F, MK_ABC(op, dst, r, 0));
		break;
	}
	case N_CALL:
		gen_call(F, e, dst);
		break;
	case N_MCALL:
		check_nargs(F, e);
		gen_mcall(F, e->a->kind == N_THIS ? NULL : e->a, e->name, e->b, e->n, dst,
		          OP_CALLM);
		break;
	case N_SUPERCALL:
		check_nargs(F, e);
		if (!e->name)
			break;
		if (!F->is_method || !F->cls)
			gerr(F, e, "'super' used outside a method%s", "");
		else
			gen_mcall(F, NULL, e->name, e->b, e->n, dst, OP_SUPER);
		break;
	case N_NEW:
		gen_new(F, e, dst);
		break;
	case N_INDEX: {
		int a = expr_reg(F, e->a), i = expr_reg(F, e->b);
		emit(F, MK_ABC(OP_GETIDX, dst, a, i));
		break;
	}
	case N_FIELD:
		gen_field_get(F, e, dst);
		break;
	case N_ARRAY:
		gen_list(F, e, dst, 0);
		break;
	case N_MAP:
		gen_list(F, e, dst, 1);
		break;
	case N_FN: {
		int idx = gen_function(F, e, F->cls, 0, "<fn>");
		emit(F, MK_ABx(OP_CLOSURE, dst, idx));
		break;
	}
	default:
		gerr(F, e, "internal error: not an expression%s", "");
	}
	F->freereg = save;
}

/* The register holding e's value: a plain local's own, or a new temporary
 * (left allocated; the caller resets freereg). */
int
expr_reg(fstate *F, node *e)
{
	if (e && e->kind == N_NAME) {
		res r = resolve(F, e, e->name, 0);
		if (r.kind == R_LOCAL)
			return r.idx;
	}
	if (e && e->kind == N_THIS && F->is_method)
		return 0;
	int t = reg_tmp(F);
	expr_to(F, e, t);
	F->freereg = t + 1;
	return t;
}

static void
cmp_jump(fstate *F, node *e, int jump_if, jlist *out)
{
	int save = F->freereg, op = e->op, flag = jump_if;
	node *a = e->a, *b = e->b;
	if (op != T_EQ && op != T_NE && small_int(b, 0)) {
		int ra = expr_reg(F, a);
		int o = op == '<' ? OP_JLTI : op == T_LE ? OP_JLEI : op == '>' ? OP_JGTI : OP_JGEI;
		jl_add(out, emit_jump(F, MK_ABC(o, ra, b->ival, flag)));
		F->freereg = save;
		return;
	}
	if (op == '>' || op == T_GE) {
		node *t = a;
		a = b;
		b = t;
		op = op == '>' ? '<' : T_LE;
	}
	if (op == T_NE) {
		op = T_EQ;
		flag = !flag;
	}
	int ra = expr_reg(F, a), rb = expr_reg(F, b);
	int o = op == '<' ? OP_JLT : op == T_LE ? OP_JLE : OP_JEQ;
	jl_add(out, emit_jump(F, MK_ABC(o, ra, rb, flag)));
	F->freereg = save;
}

/* One link of an && / || chain as a condition: where its operands jump. */
typedef struct clink {
	node *x;
	int jump_if; /* the link's own sense ... */
	jlist *out;  /* ... and target list */
	int skips;   /* its left operand jumps past its right one, to skip */
	jlist skip;
} clink;

/* cond_jump of a chain of two or more && / || links, in loops. For one
 * link, `a && b` jumping if true (or `a || b` jumping if false): a jumps
 * past b when false (true), then b jumps if true (false); otherwise a and
 * b both jump to the link's target (cond_jump below, for one link). The
 * senses and targets are worked out top down, the code is emitted bottom
 * up (leftmost operand first). */
static __attribute__((noinline)) void
cond_chain(fstate *F, node *e, int jump_if, jlist *out)
{
	node **sp;
	int n = spine(F, e, 1, &sp);
	if (n == 0)
		return;
	clink *lk = calloc((size_t)n, sizeof *lk);
	if (!lk) {
		gerr(F, e, "out of memory%s", "");
		free(sp);
		return;
	}
	int want = jump_if;
	jlist *to = out;
	for (int i = n - 1; i >= 0; i--) { /* top down */
		clink *k = &lk[i];
		k->x = sp[i];
		k->jump_if = want;
		k->out = to;
		k->skips = (k->x->kind == N_AND) == (want != 0);
		if (k->skips) { /* the left operand's sense and target */
			want = !want;
			to = &k->skip;
		}
	}
	cond_jump(F, sp[0]->a, want, to);
	for (int i = 0; i < n; i++) {
		cond_jump(F, lk[i].x->b, lk[i].jump_if, lk[i].out);
		if (lk[i].skips)
			jl_patch_here(F, &lk[i].skip);
	}
	free(lk);
	free(sp);
}

/* Jump to a place in *out when truthiness of e == jump_if; else fall through. */
void
cond_jump(fstate *F, node *e, int jump_if, jlist *out)
{
	if (!e)
		return;
	F->line = e->line;
	if (e->kind == N_BIN && (e->op == '<' || e->op == '>' || e->op == T_LE || e->op == T_GE ||
	                         e->op == T_EQ || e->op == T_NE)) {
		cmp_jump(F, e, jump_if, out);
		return;
	}
	if (e->kind == N_UNARY && e->op == '!') {
		cond_jump(F, e->a, !jump_if, out);
		return;
	}
	if ((e->kind == N_AND || e->kind == N_OR) && e->a &&
	    (e->a->kind == N_AND || e->a->kind == N_OR)) {
		cond_chain(F, e, jump_if, out);
		return;
	}
	if ((e->kind == N_AND && jump_if) || (e->kind == N_OR && !jump_if)) {
		jlist skip = { 0 };
		cond_jump(F, e->a, !jump_if, &skip);
		cond_jump(F, e->b, jump_if, out);
		jl_patch_here(F, &skip);
		return;
	}
	if (e->kind == N_AND || e->kind == N_OR) {
		cond_jump(F, e->a, jump_if, out);
		cond_jump(F, e->b, jump_if, out);
		return;
	}
	int save = F->freereg, r = expr_reg(F, e);
	jl_add(out, emit_jump(F, MK_ABC(jump_if ? OP_JT : OP_JF, r, 0, 0)));
	F->freereg = save;
}
