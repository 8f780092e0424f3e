/*
 * comp.h - the compiler's internal interfaces: tokens, AST and the error
 * list shared by lex.c, parse.c and the code generator (gen*.c).
 *
 * AST nodes are allocated from one pool per compilation and freed at once.
 */
#pragma once
#include <stdint.h>
#include "pvm/lang/lang.h"

enum tok {
	T_EOF = 0,
	T_IDENT = 256,
	T_INT,
	T_FLOAT,
	T_STR,
	T_CLASS,
	T_EXTENDS,
	T_VAR,
	T_DEF,
	T_FN,
	T_RETURN,
	T_IF,
	T_ELSE,
	T_WHILE,
	T_FOR,
	T_IN,
	T_BREAK,
	T_CONTINUE,
	T_NEW,
	T_THIS,
	T_SUPER,
	T_NULL,
	T_TRUE,
	T_FALSE,
	T_TRY,
	T_CATCH,
	T_THROW,
	T_IMPORT,
	T_EQ,
	T_NE,
	T_LE,
	T_GE,
	T_AND,
	T_OR,
	T_SHL,
	T_SHR,
	T_ADDEQ,
	T_SUBEQ,
	T_MULEQ,
	T_DIVEQ,
	T_MODEQ
};

typedef struct token {
	int t, line, col;
	const char *s; /* identifier text (len bytes) */
	int len;
	int32_t ival;
	double fval;
	char *str; /* string literal, unescaped, malloc'd */
	int slen;
} token;

enum nkind {
	N_INT,
	N_FLOAT,
	N_STR,
	N_NULL,
	N_TRUE,
	N_FALSE,
	N_THIS,
	N_NAME,
	N_BIN,
	N_AND,
	N_OR,
	N_UNARY,
	N_CALL,
	N_MCALL,
	N_SUPERCALL,
	N_INDEX,
	N_FIELD,
	N_NEW,
	N_ARRAY,
	N_MAP,
	N_FN,
	N_VAR,
	N_ASSIGN,
	N_IF,
	N_WHILE,
	N_FOR,
	N_FORIN,
	N_BREAK,
	N_CONTINUE,
	N_RETURN,
	N_THROW,
	N_TRY,
	N_BLOCK,
	N_EXPR,
	N_CLASS,
	N_DEF,
	N_IMPORT
};

typedef struct node {
	int kind, line, col, op, n; /* n: count of list b (args, params ...) */
	struct node *a, *b, *c, *d;
	struct node *next;
	const char *name; /* NUL-terminated, pool-owned */
	int32_t ival;
	double fval;
	const char *str;
	int slen;
	int file; /* index of the source file */
} node;

typedef struct comp {
	const pv_src *src;
	int nsrc, file;
	const pv_env *env;
	char *errs;
	size_t errlen, errcap;
	int nerrs;
	/* lexer */
	token *toks;
	int ntok, captok, pos;
	int depth;        /* parser nesting, bounded: see enter() in parse.c */
	int last_err_pos; /* token of the last syntax error: one report per token */
	/* pools */
	void **pool;
	int npool, cappool;
} comp;

void c_error(comp *c, int line, int col, const char *fmt, ...);
void *c_alloc(comp *c, size_t n);
const char *c_strdup(comp *c, const char *s, size_t n);
int lex_file(comp *c, const pv_src *s);
node *parse_file(comp *c);
pv_image *gen_program(comp *c, node **files, int nfiles);
