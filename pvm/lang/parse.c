/*
 * parse.c - recursive-descent parser: tokens of one file -> AST (comp.h).
 *
 * Grammar and precedence are docs/LANGUAGE.md's. Assignment is a statement, not
 * an expression. On a syntax error the parser reports it, skips to the next
 * `;` or `}` and goes on, so one run reports every error it can find; it
 * never reports twice for the same token.
 *
 * Nesting is bounded (MAX_DEPTH): every parser recursion passes through
 * expr(), unary(), statement() or the right operand of a binary operator,
 * and each link of a postfix chain (a.b().c) counts too, so the C stack
 * the parser and the code generator take is bounded. That matters inside
 * the OS, where the compiler runs on a 64 KiB kernel stack; deeper
 * programs get an error, the same on every target.
 *
 * A chain of binary operators (a + b - c + ...) is not nesting: binary()
 * builds it in a loop, as a left-deep tree of any length whose left spine
 * (e, e->a, e->a->a ...) holds only N_BIN, or only N_AND / N_OR, nodes
 * down to a tighter-binding or parenthesised operand. Whatever walks the
 * tree must follow such a spine with a loop, not recursion (genexpr.c:
 * gen_binary, gen_logic, cond_chain; gen.c: collect_inner); everything
 * else in the tree is at most MAX_DEPTH deep.
 */
#include <stdlib.h>
#include <string.h>
#include "comp.h"

static token *
peek(comp *c)
{
	return &c->toks[c->pos];
}

static token *
next(comp *c)
{
	token *t = &c->toks[c->pos];
	if (t->t != T_EOF)
		c->pos++;
	return t;
}

static int
accept(comp *c, int t)
{
	if (peek(c)->t != t)
		return 0;
	next(c);
	return 1;
}

static const char *
tokname(int t, char *buf)
{
	static const char *const names[] = { "identifier", "integer", "number", "string" };
	if (t == T_EOF)
		return "end of file";
	if (t < 256) {
		buf[0] = '\'';
		buf[1] = (char)t;
		buf[2] = '\'';
		buf[3] = 0;
		return buf;
	}
	if (t >= T_IDENT && t <= T_STR)
		return names[t - T_IDENT];
	return "keyword or operator";
}

static void
perr(comp *c, token *t, const char *what)
{
	if (c->pos == c->last_err_pos)
		return;
	c->last_err_pos = c->pos;
	char buf[8];
	if (t->t == T_IDENT)
		c_error(c, t->line, t->col, "expected %s before '%.*s'", what, t->len, t->s);
	else
		c_error(c, t->line, t->col, "expected %s before %s", what, tokname(t->t, buf));
}

static int
expect(comp *c, int t, const char *what)
{
	if (accept(c, t))
		return 1;
	perr(c, peek(c), what);
	return 0;
}

#define MAX_DEPTH 128

/* One level deeper; past MAX_DEPTH, report it once and skip to the end of
 * the file so that every caller unwinds at once. The caller restores
 * c->depth. */
static int
enter(comp *c)
{
	if (++c->depth <= MAX_DEPTH)
		return 1;
	token *t = peek(c);
	if (t->t != T_EOF)
		c_error(c, t->line, t->col, "program nested too deeply (more than %d levels)",
		        MAX_DEPTH);
	c->pos = c->ntok - 1; /* the T_EOF token */
	c->last_err_pos = c->pos;
	return 0;
}

static node *
mk(comp *c, int kind, token *at)
{
	node *n = c_alloc(c, sizeof(node));
	n->kind = kind;
	n->line = at->line;
	n->col = at->col;
	n->file = c->file;
	return n;
}

static const char *
ident(comp *c, const char *what)
{
	token *t = peek(c);
	if (t->t != T_IDENT) {
		perr(c, t, what);
		return NULL;
	}
	next(c);
	return c_strdup(c, t->s, (size_t)t->len);
}

static node *expr(comp *c);
static node *block(comp *c);
static node *statement(comp *c);

/* Comma-separated list up to `close`; returns the count. */
static int
list(comp *c, int close, node **head, node *(*item)(comp *))
{
	node **tail = head;
	int n = 0;
	*head = NULL;
	if (accept(c, close))
		return 0;
	do {
		if (peek(c)->t == close)
			break; /* trailing comma */
		node *e = item(c);
		if (!e)
			return n;
		*tail = e;
		tail = &e->next;
		n++;
	} while (accept(c, ','));
	expect(c, close, close == ')' ? "')'" : close == ']' ? "']'" : "'}'");
	return n;
}

static node *
param(comp *c)
{
	token *t = peek(c);
	const char *name = ident(c, "parameter name");
	if (!name)
		return NULL;
	node *n = mk(c, N_VAR, t);
	n->name = name;
	return n;
}

static node *
fn_rest(comp *c, node *f)
{
	if (!expect(c, '(', "'('"))
		return f;
	f->n = list(c, ')', &f->b, param);
	f->a = block(c);
	return f;
}

static node *
map_pair(comp *c)
{
	node *k = expr(c);
	if (!k)
		return NULL;
	expect(c, ':', "':'");
	k->d = expr(c); /* the value hangs off the key */
	return k;
}

static node *
primary(comp *c)
{
	token *t = next(c);
	node *n;
	switch (t->t) {
	case T_INT:
		n = mk(c, N_INT, t);
		n->ival = t->ival;
		return n;
	case T_FLOAT:
		n = mk(c, N_FLOAT, t);
		n->fval = t->fval;
		return n;
	case T_STR:
		n = mk(c, N_STR, t);
		n->str = c_strdup(c, t->str, (size_t)t->slen);
		n->slen = t->slen;
		return n;
	case T_NULL:
		return mk(c, N_NULL, t);
	case T_TRUE:
		return mk(c, N_TRUE, t);
	case T_FALSE:
		return mk(c, N_FALSE, t);
	case T_THIS:
		return mk(c, N_THIS, t);
	case T_IDENT:
		n = mk(c, N_NAME, t);
		n->name = c_strdup(c, t->s, (size_t)t->len);
		return n;
	case '(':
		n = expr(c);
		expect(c, ')', "')'");
		return n;
	case '[':
		n = mk(c, N_ARRAY, t);
		n->n = list(c, ']', &n->b, expr);
		return n;
	case '{':
		n = mk(c, N_MAP, t);
		n->n = list(c, '}', &n->b, map_pair);
		return n;
	case T_FN:
		return fn_rest(c, mk(c, N_FN, t));
	case T_NEW:
		n = mk(c, N_NEW, t);
		n->name = ident(c, "class name");
		if (expect(c, '(', "'('"))
			n->n = list(c, ')', &n->b, expr);
		return n;
	case T_SUPER:
		n = mk(c, N_SUPERCALL, t);
		if (!expect(c, '.', "'.' after super"))
			return n;
		n->name = ident(c, "method name");
		if (expect(c, '(', "'(' (super can only call a method)"))
			n->n = list(c, ')', &n->b, expr);
		return n;
	default:
		if (t->t != T_EOF)
			c->pos--; /* next() does not move past the end */
		perr(c, t, "an expression");
		if (t->t != T_EOF && t->t != ';' && t->t != '}')
			c->pos++;
		return NULL;
	}
}

static node *
postfix_chain(comp *c)
{
	node *e = primary(c);
	for (;;) {
		token *t = peek(c);
		if (!e)
			return NULL;
		if ((t->t == '(' || t->t == '.' || t->t == '[') && !enter(c))
			return NULL;
		if (accept(c, '(')) {
			node *n = mk(c, N_CALL, t);
			n->a = e;
			n->n = list(c, ')', &n->b, expr);
			e = n;
		} else if (accept(c, '.')) {
			token *nt = peek(c);
			const char *name = ident(c, "name after '.'");
			if (!name)
				return e;
			node *n = mk(c, N_FIELD, nt);
			n->a = e;
			n->name = name;
			if (accept(c, '(')) {
				n->kind = N_MCALL;
				n->n = list(c, ')', &n->b, expr);
			}
			e = n;
		} else if (accept(c, '[')) {
			node *n = mk(c, N_INDEX, t);
			n->a = e;
			n->b = expr(c);
			expect(c, ']', "']'");
			e = n;
		} else
			return e;
	}
}

static node *
unary(comp *c)
{
	token *t = peek(c);
	if (t->t == '-' || t->t == '!' || t->t == '~') {
		next(c);
		node *a = enter(c) ? unary(c) : NULL;
		c->depth--;
		if (!a)
			return NULL;
		if (t->t == '-' && a->kind == N_INT) {
			a->ival = (int32_t)(0u - (uint32_t)a->ival);
			return a;
		}
		if (t->t == '-' && a->kind == N_FLOAT) {
			a->fval = -a->fval;
			return a;
		}
		node *n = mk(c, N_UNARY, t);
		n->op = t->t;
		n->a = a;
		return n;
	}
	int depth = c->depth;
	node *e = postfix_chain(c);
	c->depth = depth;
	return e;
}

/* Binary levels, loosest first. */
static const int levels[][5] = {
	{ T_OR }, { T_AND },        { T_EQ, T_NE }, { '<', T_LE, '>', T_GE }, { '|' }, { '^' },
	{ '&' },  { T_SHL, T_SHR }, { '+', '-' },   { '*', '/', '%' },
};
#define NLEVELS ((int)(sizeof levels / sizeof levels[0]))

static int
level_of(int tok)
{
	for (int l = 0; l < NLEVELS; l++)
		for (int i = 0; i < 5 && levels[l][i]; i++)
			if (levels[l][i] == tok)
				return l;
	return -1;
}

/* Operands joined by operators of level >= min, left-associative.
 * Precedence climbing: a parenthesised expression costs a few C frames,
 * not one per level of the grammar. The links of a chain are a loop; only
 * the recursion for a right operand (a tighter level: at most NLEVELS
 * deep before it needs a parenthesis) counts as nesting, and only while
 * it lasts. */
static node *
binary(comp *c, int min)
{
	int depth = c->depth;
	node *l = unary(c);
	for (;;) {
		token *t = peek(c);
		int lv = level_of(t->t);
		if (lv < min || !l)
			break;
		if (!enter(c)) {
			l = NULL;
			break;
		}
		next(c);
		node *r = binary(c, lv + 1);
		c->depth--;
		if (!r) {
			l = NULL;
			break;
		}
		node *n = mk(c, t->t == T_AND ? N_AND : t->t == T_OR ? N_OR : N_BIN, t);
		n->op = t->t;
		n->a = l;
		n->b = r;
		l = n;
	}
	c->depth = depth;
	return l;
}

static node *
expr(comp *c)
{
	node *n = enter(c) ? binary(c, 0) : NULL;
	c->depth--;
	return n;
}

static void
sync(comp *c)
{
	int depth = 0;
	for (;;) {
		int t = peek(c)->t;
		if (t == T_EOF)
			return;
		if (t == '{')
			depth++;
		if (t == '}') {
			if (depth-- == 0)
				return;
		}
		next(c);
		if (t == ';' && depth == 0)
			return;
	}
}

static node *
var_decl(comp *c)
{
	token *t = next(c); /* var */
	node *n = mk(c, N_VAR, t);
	n->name = ident(c, "variable name");
	if (accept(c, '='))
		n->a = expr(c);
	return n;
}

/* An assignment or an expression; no trailing ';'. */
static node *
simple(comp *c)
{
	token *t = peek(c);
	node *e = expr(c);
	if (!e)
		return NULL;
	int op = peek(c)->t;
	if (op == '=' || (op >= T_ADDEQ && op <= T_MODEQ)) {
		token *at = next(c);
		node *n = mk(c, N_ASSIGN, at);
		static const int base[] = { '+', '-', '*', '/', '%' };
		n->op = op == '=' ? 0 : base[op - T_ADDEQ];
		n->a = e;
		n->b = expr(c);
		if (e->kind != N_NAME && e->kind != N_INDEX && e->kind != N_FIELD)
			c_error(c, at->line, at->col, "cannot assign to this expression");
		return n->b ? n : NULL;
	}
	node *s = mk(c, N_EXPR, t);
	s->a = e;
	return s;
}

static node *
for_stmt(comp *c, token *t)
{
	expect(c, '(', "'('");
	int is_var = peek(c)->t == T_VAR;
	token *nt = &c->toks[c->pos + is_var];
	if (nt->t == T_IDENT && c->pos + is_var + 1 < c->ntok &&
	    c->toks[c->pos + is_var + 1].t == T_IN) {
		node *n = mk(c, N_FORIN, t);
		c->pos += is_var;
		n->name = ident(c, "loop variable");
		next(c); /* in */
		n->a = expr(c);
		expect(c, ')', "')'");
		n->b = statement(c);
		return n;
	}
	node *n = mk(c, N_FOR, t);
	if (!accept(c, ';')) {
		n->a = is_var ? var_decl(c) : simple(c);
		expect(c, ';', "';'");
	}
	if (!accept(c, ';')) {
		n->b = expr(c);
		expect(c, ';', "';'");
	}
	if (peek(c)->t != ')')
		n->c = simple(c);
	expect(c, ')', "')'");
	n->d = statement(c);
	return n;
}

static node *
if_stmt(comp *c, token *t)
{
	node *n = mk(c, N_IF, t);
	expect(c, '(', "'('");
	n->a = expr(c);
	expect(c, ')', "')'");
	n->b = statement(c);
	if (accept(c, T_ELSE))
		n->c = statement(c);
	return n;
}

static node *
try_stmt(comp *c, token *t)
{
	node *n = mk(c, N_TRY, t);
	n->a = block(c);
	expect(c, T_CATCH, "'catch'");
	expect(c, '(', "'('");
	n->name = ident(c, "variable name");
	expect(c, ')', "')'");
	n->b = block(c);
	return n;
}

static node *
statement_body(comp *c)
{
	token *t = peek(c);
	node *n = NULL;
	int need_semi = 1;
	switch (t->t) {
	case '{':
		return block(c);
	case T_VAR:
		n = var_decl(c);
		break;
	case T_IF:
		next(c);
		return if_stmt(c, t);
	case T_WHILE:
		next(c);
		n = mk(c, N_WHILE, t);
		expect(c, '(', "'('");
		n->a = expr(c);
		expect(c, ')', "')'");
		n->b = statement(c);
		return n;
	case T_FOR:
		next(c);
		return for_stmt(c, t);
	case T_BREAK:
		next(c);
		n = mk(c, N_BREAK, t);
		break;
	case T_CONTINUE:
		next(c);
		n = mk(c, N_CONTINUE, t);
		break;
	case T_RETURN:
		next(c);
		n = mk(c, N_RETURN, t);
		if (peek(c)->t != ';')
			n->a = expr(c);
		break;
	case T_THROW:
		next(c);
		n = mk(c, N_THROW, t);
		n->a = expr(c);
		break;
	case T_TRY:
		next(c);
		return try_stmt(c, t);
	case ';':
		next(c);
		return mk(c, N_BLOCK, t);
	default:
		n = simple(c);
		break;
	}
	if (!n) {
		sync(c);
		return mk(c, N_BLOCK, t);
	}
	if (need_semi && !expect(c, ';', "';'"))
		sync(c);
	return n;
}

static node *
statement(comp *c)
{
	node *n = enter(c) ? statement_body(c) : mk(c, N_BLOCK, peek(c));
	c->depth--;
	return n;
}

static node *
block(comp *c)
{
	token *t = peek(c);
	node *n = mk(c, N_BLOCK, t), **tail = &n->b;
	if (!expect(c, '{', "'{'"))
		return n;
	while (peek(c)->t != '}' && peek(c)->t != T_EOF) {
		int at = c->pos;
		node *s = statement(c);
		*tail = s;
		tail = &s->next;
		if (c->pos == at)
			next(c); /* no progress: skip the token */
	}
	expect(c, '}', "'}'");
	return n;
}

static node *
def_decl(comp *c)
{
	token *t = next(c); /* def */
	node *n = mk(c, N_DEF, t);
	n->name = ident(c, "function name");
	return fn_rest(c, n);
}

static node *
class_decl(comp *c)
{
	token *t = next(c); /* class */
	node *n = mk(c, N_CLASS, t), **fields = &n->a, **methods = &n->b;
	n->name = ident(c, "class name");
	if (accept(c, T_EXTENDS))
		n->str = ident(c, "superclass name");
	if (!expect(c, '{', "'{'"))
		return n;
	while (peek(c)->t != '}' && peek(c)->t != T_EOF) {
		if (peek(c)->t == T_VAR) {
			node *f = var_decl(c);
			if (!expect(c, ';', "';'"))
				sync(c);
			*fields = f;
			fields = &f->next;
		} else if (peek(c)->t == T_DEF) {
			node *m = def_decl(c);
			*methods = m;
			methods = &m->next;
		} else {
			perr(c, peek(c), "'var' or 'def' in a class body");
			next(c);
			sync(c);
		}
	}
	expect(c, '}', "'}'");
	return n;
}

node *
parse_file(comp *c)
{
	node *head = NULL, **tail = &head;
	c->last_err_pos = -1;
	while (peek(c)->t != T_EOF) {
		token *t = peek(c);
		node *d = NULL;
		if (t->t == T_CLASS)
			d = class_decl(c);
		else if (t->t == T_DEF)
			d = def_decl(c);
		else if (t->t == T_VAR) {
			d = var_decl(c);
			if (!expect(c, ';', "';'"))
				sync(c);
		} else if (t->t == T_IMPORT) {
			next(c);
			d = mk(c, N_IMPORT, t);
			d->name = ident(c, "module name");
			expect(c, ';', "';'");
		} else {
			perr(c, t, "'class', 'def', 'var' or 'import' at top level");
			next(c);
			sync(c);
			continue;
		}
		*tail = d;
		tail = &d->next;
	}
	return head;
}
