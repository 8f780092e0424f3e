/*
 * lex.c - the tokenizer for .ph source, and the compiler's error list and
 * node pool (compile.c's helpers live here because everything uses them).
 *
 * A whole file is tokenized up front into c->toks (the parser looks ahead
 * freely). Columns are 1-based byte offsets in the line. Integer literals
 * up to 0xFFFFFFFF are accepted and wrap to 32 bits (0xFFFFFFFF is -1),
 * so colours and masks can be written naturally.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "comp.h"

void
c_error(comp *c, int line, int col, const char *fmt, ...)
{
	char msg[300];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	char line_buf[512];
	int n = snprintf(line_buf, sizeof line_buf, "%s:%d:%d: %s\n", c->src[c->file].name, line,
	                 col, msg);
	if (n < 0)
		return;
	if ((size_t)n >= sizeof line_buf)
		n = sizeof line_buf - 1;
	c->nerrs++;
	if (c->nerrs > 100)
		return;
	if (c->errlen + n + 1 > c->errcap) {
		c->errcap = (c->errlen + n + 1) * 2;
		c->errs = realloc(c->errs, c->errcap);
	}
	memcpy(c->errs + c->errlen, line_buf, n);
	c->errlen += n;
	c->errs[c->errlen] = 0;
}

void *
c_alloc(comp *c, size_t n)
{
	if (c->npool == c->cappool) {
		c->cappool = c->cappool ? c->cappool * 2 : 64;
		c->pool = realloc(c->pool, c->cappool * sizeof(void *));
	}
	void *p = calloc(1, n ? n : 1);
	c->pool[c->npool++] = p;
	return p;
}

const char *
c_strdup(comp *c, const char *s, size_t n)
{
	char *p = c_alloc(c, n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

static const char *const keywords[] = { "class",    "extends", "var",   "def",   "fn",     "return",
	                                "if",       "else",    "while", "for",   "in",     "break",
	                                "continue", "new",     "this",  "super", "null",   "true",
	                                "false",    "try",     "catch", "throw", "import", NULL };

typedef struct lexer {
	comp *c;
	const char *s, *end, *line_start;
	int line;
} lexer;

static token *
push(lexer *L, int t, const char *at)
{
	comp *c = L->c;
	if (c->ntok == c->captok) {
		c->captok = c->captok ? c->captok * 2 : 256;
		c->toks = realloc(c->toks, c->captok * sizeof(token));
	}
	token *k = &c->toks[c->ntok++];
	memset(k, 0, sizeof *k);
	k->t = t;
	k->line = L->line;
	k->col = (int)(at - L->line_start) + 1;
	return k;
}

static void
lerr(lexer *L, const char *at, const char *msg)
{
	c_error(L->c, L->line, (int)(at - L->line_start) + 1, "%s", msg);
}

static int
skip_space(lexer *L)
{
	while (L->s < L->end) {
		char ch = *L->s;
		if (ch == '\n') {
			L->line++;
			L->line_start = ++L->s;
		} else if (ch == ' ' || ch == '\t' || ch == '\r') {
			L->s++;
		} else if (ch == '/' && L->s + 1 < L->end && L->s[1] == '/') {
			while (L->s < L->end && *L->s != '\n')
				L->s++;
		} else if (ch == '/' && L->s + 1 < L->end && L->s[1] == '*') {
			const char *start = L->s;
			int line = L->line, col = (int)(start - L->line_start) + 1;
			L->s += 2;
			while (L->s < L->end &&
			       !(*L->s == '*' && L->s + 1 < L->end && L->s[1] == '/')) {
				if (*L->s == '\n') {
					L->line++;
					L->line_start = L->s + 1;
				}
				L->s++;
			}
			if (L->s >= L->end) {
				c_error(L->c, line, col, "unterminated comment");
				return -1;
			}
			L->s += 2;
		} else
			break;
	}
	return 0;
}

static int
hexval(char ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return -1;
}

static int
is_alpha(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_';
}

static int
is_digit(char ch)
{
	return ch >= '0' && ch <= '9';
}

static void
lex_number(lexer *L)
{
	const char *start = L->s;
	token *k;
	if (*L->s == '0' && L->s + 1 < L->end && (L->s[1] == 'x' || L->s[1] == 'X')) {
		uint64_t v = 0;
		L->s += 2;
		int nd = 0;
		while (L->s < L->end && hexval(*L->s) >= 0) {
			v = v * 16 + (uint64_t)hexval(*L->s++);
			if (v > 0xffffffffu)
				v = 0x100000000ull;
			nd++;
		}
		k = push(L, T_INT, start);
		if (nd == 0 || v > 0xffffffffu)
			lerr(L, start,
			     nd ? "integer literal too large" : "bad hexadecimal literal");
		k->ival = (int32_t)(uint32_t)v;
	} else {
		int isfloat = 0;
		while (L->s < L->end && is_digit(*L->s))
			L->s++;
		if (L->s + 1 < L->end && *L->s == '.' && is_digit(L->s[1])) {
			isfloat = 1;
			L->s++;
			while (L->s < L->end && is_digit(*L->s))
				L->s++;
		}
		if (L->s < L->end && (*L->s == 'e' || *L->s == 'E')) {
			const char *e = L->s + 1;
			if (e < L->end && (*e == '+' || *e == '-'))
				e++;
			if (e < L->end && is_digit(*e)) {
				isfloat = 1;
				L->s = e;
				while (L->s < L->end && is_digit(*L->s))
					L->s++;
			}
		}
		char buf[64];
		size_t n = (size_t)(L->s - start);
		if (n >= sizeof buf)
			n = sizeof buf - 1;
		memcpy(buf, start, n);
		buf[n] = 0;
		k = push(L, isfloat ? T_FLOAT : T_INT, start);
		if (isfloat)
			k->fval = strtod(buf, NULL);
		else {
			unsigned long long v = strtoull(buf, NULL, 10);
			if (v > 0xffffffffull || n > 11)
				lerr(L, start, "integer literal too large");
			k->ival = (int32_t)(uint32_t)v;
		}
	}
	if (L->s < L->end && is_alpha(*L->s))
		lerr(L, L->s, "malformed number");
}

static int
lex_escape(lexer *L, char *out)
{
	char e = *L->s++;
	switch (e) {
	case 'n':
		*out = '\n';
		return 0;
	case 't':
		*out = '\t';
		return 0;
	case 'r':
		*out = '\r';
		return 0;
	case '"':
		*out = '"';
		return 0;
	case '\\':
		*out = '\\';
		return 0;
	case '0':
		*out = 0;
		return 0;
	case 'x':
		if (L->s + 1 < L->end && hexval(L->s[0]) >= 0 && hexval(L->s[1]) >= 0) {
			*out = (char)(hexval(L->s[0]) * 16 + hexval(L->s[1]));
			L->s += 2;
			return 0;
		}
		return -1;
	default:
		return -1;
	}
}

static void
lex_string(lexer *L)
{
	const char *start = L->s++;
	char *buf = malloc((size_t)(L->end - L->s) + 1);
	int n = 0;
	for (;;) {
		if (L->s >= L->end || *L->s == '\n') {
			lerr(L, start, "unterminated string");
			break;
		}
		char ch = *L->s++;
		if (ch == '"')
			break;
		if (ch == '\\') {
			const char *at = L->s - 1;
			if (L->s >= L->end || lex_escape(L, &ch) < 0) {
				lerr(L, at, "bad escape in string");
				continue;
			}
		}
		buf[n++] = ch;
	}
	token *k = push(L, T_STR, start);
	k->str = buf;
	k->slen = n;
	buf[n] = 0;
}

static int
two_char(const char *s)
{
	static const struct {
		char a, b;
		int t;
	} ops[] = { { '=', '=', T_EQ },    { '!', '=', T_NE },
		    { '<', '=', T_LE },    { '>', '=', T_GE },
		    { '&', '&', T_AND },   { '|', '|', T_OR },
		    { '<', '<', T_SHL },   { '>', '>', T_SHR },
		    { '+', '=', T_ADDEQ }, { '-', '=', T_SUBEQ },
		    { '*', '=', T_MULEQ }, { '/', '=', T_DIVEQ },
		    { '%', '=', T_MODEQ }, { 0, 0, 0 } };
	for (int i = 0; ops[i].a; i++)
		if (s[0] == ops[i].a && s[1] == ops[i].b)
			return ops[i].t;
	return 0;
}

static void
lex_ident(lexer *L)
{
	const char *start = L->s;
	while (L->s < L->end && (is_alpha(*L->s) || is_digit(*L->s)))
		L->s++;
	int n = (int)(L->s - start), t = T_IDENT;
	for (int i = 0; keywords[i]; i++)
		if ((int)strlen(keywords[i]) == n && memcmp(keywords[i], start, n) == 0)
			t = T_CLASS + i;
	token *k = push(L, t, start);
	k->s = start;
	k->len = n;
}

int
lex_file(comp *c, const pv_src *s)
{
	lexer L = { c, s->text, s->text + s->len, s->text, 1 };
	c->ntok = 0;
	c->pos = 0;
	for (;;) {
		if (skip_space(&L) < 0 || L.s >= L.end)
			break;
		char ch = *L.s;
		if (is_alpha(ch))
			lex_ident(&L);
		else if (is_digit(ch))
			lex_number(&L);
		else if (ch == '"')
			lex_string(&L);
		else if (L.s + 1 < L.end && two_char(L.s)) {
			push(&L, two_char(L.s), L.s);
			L.s += 2;
		} else if (strchr("+-*/%<>=!~&|^(){}[];,.:", ch)) {
			push(&L, (unsigned char)ch, L.s);
			L.s++;
		} else {
			lerr(&L, L.s,
			     (unsigned char)ch >= 0x80 ? "non-ASCII character outside a string"
			                               : "unexpected character");
			L.s++;
		}
	}
	push(&L, T_EOF, L.s);
	return 0;
}
