/*
 * gen.h - code generator state shared by gen.c (program, functions,
 * statements) and genexpr.c (expressions, conditions, names).
 *
 * Registers: a function's locals occupy registers in declaration order
 * (nactive of them live); temporaries are allocated above them (freereg)
 * and released when the statement or expression that took them ends.
 * R[0] of a method is `this`. A local that some nested function mentions
 * by name lives in a box (captured by reference); the rest are plain
 * registers. A closure reaches an enclosing function's boxes through its
 * upvalues.
 */
#pragma once
#include "pvm/lang/comp.h"
#include "pvm/opcodes.h"

#define MAX_REGS 250

typedef struct cclass {
	const char *name, *supername;
	node *decl; /* NULL: the class is in the VM already */
	struct cclass *super;
	int nfields, nmethods, state, sealed; /* state: 0 new, 1 laying out, 2 done */
	const char **fields, **methods;
} cclass;

typedef struct gname {
	const char *name;
	int kind;
	node *decl;
} gname;
enum { G_VAR, G_DEF, G_CLASS };

typedef struct gstate {
	comp *c;
	pv_image *im;
	cclass **classes;
	int nclasses;
	gname *names;
	int nnames;
} gstate;

typedef struct jlist {
	int *at;
	int n, cap;
} jlist;

typedef struct loopinfo {
	struct loopinfo *outer;
	jlist breaks, conts;
	int trydepth;
} loopinfo;

typedef struct local {
	const char *name;
	int reg, captured, depth;
} local;
typedef struct upval {
	const char *name;
	uint8_t from_local, index;
} upval;

typedef struct fstate {
	gstate *g;
	struct fstate *parent;
	cclass *cls;
	int is_method;
	uint32_t pidx;
	uint32_t *code;
	int32_t *lines;
	int ncode, capcode;
	pvi_const *k;
	int nk, capk;
	uint32_t *child;
	int nchild;
	upval upv[255];
	int nupv;
	local loc[256];
	int nloc, depth;
	int nactive, freereg, maxreg, nic;
	loopinfo *loop;
	int trydepth;
	const char **inner; /* names nested functions mention */
	int ninner, has_inner;
	int line, col;
} fstate;

/* gen.c */
int emit(fstate *F, uint32_t word);
int emit_jump(fstate *F, uint32_t word); /* an ABCW jump; returns its pc */
void patch_here(fstate *F, int pc);
void patch_to(fstate *F, int pc, int target);
void jl_add(jlist *l, int pc);
void jl_patch_here(fstate *F, jlist *l);
int k_int(fstate *F, int32_t v);
int k_float(fstate *F, double v);
int k_str(fstate *F, const char *s, int n);
int reg_tmp(fstate *F);
void gerr(fstate *F, node *n, const char *fmt, const char *arg);
cclass *find_class(gstate *g, const char *name);
int gen_function(fstate *parent, node *fn, cclass *cls, int is_method, const char *name);
void gen_block_stmt(fstate *F, node *s);
int gen_finit_top(gstate *g, cclass *c);

/* genexpr.c */
enum { R_NONE, R_LOCAL, R_BOXED, R_UPVAL, R_FIELD, R_METHOD, R_GLOBAL };
typedef struct res {
	int kind, idx;
} res;
res resolve(fstate *F, node *at, const char *name, int for_call);
int upval_index(fstate *F, const char *name);
void expr_to(fstate *F, node *e, int dst);
int expr_reg(fstate *F, node *e);
void cond_jump(fstate *F, node *e, int jump_if, jlist *out);
int this_reg(fstate *F, node *at);
int field_slot(cclass *c, const char *name);
int method_known(cclass *c, const char *name);
