/*
 * selftest_kern.c - the managed VM and the language compiler on the real target
 * (boot option phantom.pvmtest=1).
 *
 * A kernel thread compiles each embedded program with pvm/lang inside the
 * kernel, runs its main() in a fresh VM (arena at ARENA_BASE, mapped by
 * pvm/arena_kern.c), and checks the VM's heap afterwards. Program output
 * reaches the serial log through pvm/platform_kern.c as "pvm| " lines,
 * error reports as "pvm! " lines; around each program:
 *     pvmtest: run NAME
 *     ... the program's lines ...
 *     pvmtest: NAME exit RC (compile .. ms, run .. ms), heap ok
 * then "pvmtest: N passed, M failed" and QEMU exits through isa-debug-exit
 * with 0x12 (pass: every program ended with its expected status and a
 * sound heap) or 0x13. tests/system/test_pvm.py boots a variant ISO with
 * the option and compares every program's lines exactly.
 *
 * The compiler is recursive-descent and runs here on an ordinary 64 KiB
 * kernel stack: the parser bounds nesting (MAX_DEPTH in pvm/lang/parse.c),
 * the "deep" program goes near that bound and "too_deep" past it, and the
 * thread reports the most stack it used.
 *
 * Note: this test lives in kernel/ but reaches up into pvm/; it is a
 * boot-time test harness, not kernel code that the kernel depends on.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "kernel/arch.h"
#include "kernel/bootinfo.h"
#include "kernel/initcall.h"
#include "kernel/klog.h"
#include "kernel/memlayout.h"
#include "kernel/param.h"
#include "kernel/thread.h"
#include "kernel/timer.h"
#include "pvm/lang/lang.h"
#include "pvm/compile.h"
#include "pvm/gc.h"
#include "pvm/lib.h"
#include "pvm/thread.h"
#include "pvm/vm.h"

#define ARENA_BYTES (32u << 20) /* eagerly mapped for now (issue 4: lazily) */
#define EXIT_PASS   0x12
#define EXIT_FAIL   0x13
#define DEEP_LEVELS 120  /* just inside the parser's bound of 128 */
#define LONG_CHAIN  2000 /* an operator chain is not nesting: any length */
#define TOO_DEEP    5000 /* far past it */
#define STACK_PAINT 0x5ca1ab1eu

/* ---------------------------------------------------------------- programs */

/* classes, inheritance, super, closures, maps, strings, integer wrap-around */
static const char src_objects[] =
	"// classes, inheritance, closures, maps, strings\n"
	"class Shape {\n"
	"    var name;\n"
	"    def init(name) { this.name = name; }\n"
	"    def area() { return 0; }\n"
	"    def toString() { return name + \" of area \" + this.area(); }\n"
	"}\n"
	"class Rect extends Shape {\n"
	"    var w; var h;\n"
	"    def init(w, h) { super.init(\"rect\"); this.w = w; this.h = h; }\n"
	"    def area() { return w * h; }\n"
	"}\n"
	"class Square extends Rect {\n"
	"    def init(s) { super.init(s, s); name = \"square\"; }\n"
	"}\n"
	"def counter(start) {\n"
	"    var n = start;\n"
	"    return fn() { n += 1; return n; };\n"
	"}\n"
	"def main() {\n"
	"    var shapes = [new Rect(3, 4), new Square(5), new Shape(\"blob\")];\n"
	"    for (s in shapes) { print(s); }\n"
	"    shapes.sort(fn(a, b) { return a.area() - b.area(); });\n"
	"    var names = [];\n"
	"    for (s in shapes) { names.push(s.className()); }\n"
	"    print(names.join(\",\"));\n"
	"    var c1 = counter(10);\n"
	"    var c2 = counter(100);\n"
	"    c1(); c1();\n"
	"    print([c1(), c2()]);\n"
	"    var m = {\"one\": 1, \"two\": 2};\n"
	"    m[\"three\"] = 3;\n"
	"    m.put(4, \"four\");\n"
	"    m.remove(\"two\");\n"
	"    print(m);\n"
	"    print(m.keys().join(\"|\") + \" size \" + m.size() + \" has one \" + m.has(\"one\"));\n"
	"    var s = \"  Phantom OS, persistent  \";\n"
	"    var t = s.trim();\n"
	"    print(t.toUpper() + \" / \" + t.length() + \" / \" + t.indexOf(\"OS\"));\n"
	"    print(t.split(\", \")[1].substring(0, 7) + \"!\" + String.fromCode(65));\n"
	"    var words = \"the quick brown fox\".split(\" \");\n"
	"    var freq = {};\n"
	"    for (w in words) {\n"
	"        var k = w.length();\n"
	"        if (freq.has(k)) { freq[k] = freq[k] + 1; } else { freq[k] = 1; }\n"
	"    }\n"
	"    print(freq);\n"
	"    print(2147483647 + 1);\n"
	"    print(0x7fffffff * 3 + \" \" + (-7 / 2) + \" \" + (-7 % 2) + \" \" + (1 << 31));\n"
	"    print(\"héllo\".length() + \" \" + \"héllo\".charAt(1));\n"
	"}\n";

/* float arithmetic, Math, and the shortest round-trip printing */
static const char src_floats[] =
	"// float arithmetic and the shortest round-trip printing\n"
	"def main() {\n"
	"    print(0.1 + 0.2);\n"
	"    print(1 / 3.0);\n"
	"    print(2.5);\n"
	"    print(100.0);\n"
	"    print(1e30);\n"
	"    print(1.5e-7);\n"
	"    print(123456789.125);\n"
	"    print(-0.75 * 4);\n"
	"    print(2 / 3.0 * 3);\n"
	"    print(1e21);\n"
	"    print(1e22 * 10);\n"
	"    print(5e-324);\n"
	"    print(1.7976931348623157e308);\n"
	"    print(1e308 * 10);\n"
	"    print(-(1e308 * 10));\n"
	"    print(0.1 * 3);\n"
	"    print(7.5 % 2);\n"
	"    print(-7.5 % 2);\n"
	"    print(Math.sqrt(2));\n"
	"    print(Math.sqrt(16.0));\n"
	"    print(Math.pow(2, 10));\n"
	"    print(Math.pow(2, 0.5));\n"
	"    print(Math.pow(10, -2));\n"
	"    print(Math.pow(1.1, 2));\n"
	"    print(Math.floor(-2.5) + \" \" + Math.ceil(2.1) + \" \" + Math.floor(7.0));\n"
	"    print(Math.abs(-3.25) + \" \" + Math.min(2, 1.5) + \" \" + Math.max(2, 1.5));\n"
	"    print(Math.sin(0.5));\n"
	"    print(Math.cos(1));\n"
	"    print(\"3.25\".toFloat() * 2);\n"
	"    print(\"1e-5\".toFloat());\n"
	"    print(12 + 0.5 + \"x\");\n"
	"    var sum = 0.0;\n"
	"    for (var i = 1; i <= 10; i += 1) { sum += 1.0 / i; }\n"
	"    print(sum);\n"
	"    var x = 1.0;\n"
	"    for (var i = 0; i < 60; i += 1) { x = x * 1.5; }\n"
	"    print(x);\n"
	"    print([0.5, 1.0, 1e100]);\n"
	"}\n";

/* throw/catch of values and of runtime errors, unwinding */
static const char src_errors[] =
	"// exceptions: thrown values, runtime errors caught, unwinding\n"
	"class AppError extends Error {\n"
	"    var code;\n"
	"    def init(code, msg) { super.init(msg); this.code = code; }\n"
	"    def code() { return code; }\n"
	"}\n"
	"def risky(n) {\n"
	"    if (n == 1) { throw new AppError(42, \"custom failure\"); }\n"
	"    if (n == 2) { var z = 0; return 10 / z; }\n"
	"    if (n == 3) { var a = [1, 2]; return a[5]; }\n"
	"    if (n == 4) { var o = null; return o.missing(); }\n"
	"    if (n == 5) { throw \"a plain string\"; }\n"
	"    if (n == 6) { return \"x\".nosuch(1); }\n"
	"    return \"fine \" + n;\n"
	"}\n"
	"def deep(n) {\n"
	"    if (n == 0) { throw new AppError(7, \"from the bottom\"); }\n"
	"    return deep(n - 1) + 1;\n"
	"}\n"
	"def main() {\n"
	"    for (var i = 0; i <= 6; i += 1) {\n"
	"        try {\n"
	"            print(risky(i));\n"
	"        } catch (e) {\n"
	"            if (e.className() == \"String\") {\n"
	"                print(\"caught string: \" + e);\n"
	"            } else {\n"
	"                print(\"caught \" + e.className() + \": \" + e.message());\n"
	"            }\n"
	"        }\n"
	"    }\n"
	"    try { deep(50); } catch (e) { print(\"code \" + e.code() + \" \" + e.message()); }\n"
	"    var log = [];\n"
	"    try {\n"
	"        try { throw \"inner\"; } catch (e) { log.push(\"1:\" + e); throw \"outer\"; }\n"
	"    } catch (e) { log.push(\"2:\" + e); }\n"
	"    print(log);\n"
	"}\n";

/* threads, Thread.sleep, and an uncaught error that ends one thread */
static const char src_threads[] =
	"// threads: sleeping, shared closures, an uncaught error ending one thread\n"
	"def main() {\n"
	"    var log = [];\n"
	"    new Thread(fn() { Thread.sleep(60); log.push(\"slow\"); });\n"
	"    new Thread(fn() { Thread.sleep(10); log.push(\"fast\"); });\n"
	"    new Thread(fn() { Thread.sleep(30); log.push(\"middle\"); });\n"
	"    while (log.length() < 3) { Thread.sleep(5); }\n"
	"    print(log.join(\" < \"));\n"
	"\n"
	"    var step = 0;\n"
	"    new Thread(fn() {\n"
	"        step = 1;\n"
	"        var z = 0;\n"
	"        step = 10 / z;\n"
	"        step = 2;\n"
	"    });\n"
	"    while (step == 0) { Thread.sleep(1); }\n"
	"    Thread.sleep(20);\n"
	"    print(\"after the failed thread, step \" + step);\n"
	"\n"
	"    var total = 0;\n"
	"    var done = 0;\n"
	"    for (var t = 0; t < 4; t += 1) {\n"
	"        var id = t;\n"
	"        new Thread(fn() {\n"
	"            for (var k = 0; k < 1000; k += 1) { total += id; }\n"
	"            done += 1;\n"
	"        });\n"
	"    }\n"
	"    while (done < 4) { Thread.sleep(2); }\n"
	"    print(\"total \" + total);\n"
	"    var t0 = System.uptime();\n"
	"    Thread.sleep(100);\n"
	"    var dt = System.uptime() - t0;\n"
	"    print(\"slept enough \" + (dt >= 100 && dt < 300));\n"
	"    print(\"clock sane \" + (System.time() > 1.6e12));\n"
	"}\n";

/* compile errors are reported, nothing runs */
static const char src_bad[] = "def main() {\n"
			      "    var x = ;\n"
			      "    print(undefined_name);\n"
			      "}\n";

enum nest { FLAT, PARENS, CHAIN, CLOSURES, BLOCKS };

struct prog {
	const char *name;
	const char *text; /* NULL: generated, `levels` deep in `nest` */
	enum nest nest;
	int levels;
	int expect_rc; /* 0 main returned, 1 it died, 2 compile errors */
};

static const struct prog progs[] = {
	{ "objects", src_objects, FLAT, 0, 0 },
	{ "floats", src_floats, FLAT, 0, 0 },
	{ "errors", src_errors, FLAT, 0, 0 },
	{ "threads", src_threads, FLAT, 0, 0 },
	{ "bad", src_bad, FLAT, 0, 2 },
	{ "deep_parens", NULL, PARENS, DEEP_LEVELS, 0 },
	{ "deep_chain", NULL, CHAIN, LONG_CHAIN, 0 },
	{ "deep_closures", NULL, CLOSURES, DEEP_LEVELS / 3, 0 },
	{ "deep_blocks", NULL, BLOCKS, DEEP_LEVELS / 2, 0 },
	{ "too_deep", NULL, PARENS, TOO_DEEP, 2 },
};

static char *
append(char *p, const char *s)
{
	size_t n = strlen(s);
	memcpy(p, s, n);
	return p + n;
}

static char *
repeat(char *p, const char *s, int times)
{
	while (times-- > 0)
		p = append(p, s);
	return p;
}

/* A main() nested n levels deep. It prints 2 (PARENS, CLOSURES) or n + 1
 * (CHAIN, BLOCKS). */
static char *
nested_source(enum nest kind, int n)
{
	char *s = malloc(100 + (size_t)n * 24), *p = s;
	if (!s)
		return NULL;
	p = append(p, "def main() {\n    var x = 1;\n    ");
	switch (kind) {
	case PARENS: /* x = (((x + 1))); */
		p = append(p, "x = ");
		p = repeat(p, "(", n);
		p = append(p, "x + 1");
		p = repeat(p, ")", n);
		break;
	case CHAIN: /* x = x + 1 + 1 ...; */
		p = append(p, "x = x");
		p = repeat(p, " + 1", n);
		break;
	case CLOSURES: /* x = fn() { return fn() { return x + 1; }(); }(); */
		p = append(p, "x = ");
		p = repeat(p, "fn() { return ", n);
		p = append(p, "x + 1");
		p = repeat(p, "; }()", n);
		break;
	default: /* if (true) { if (true) { x += 1; } x += 1; } */
		p = repeat(p, "if (true) { ", n);
		p = repeat(p, "x += 1; } ", n);
		break;
	}
	p = append(p, ";\n    print(x);\n}\n");
	*p = 0;
	return s;
}

/* ---------------------------------------------------------------- stack */

static uint32_t *stack_low;

/* Fill the unused part of this thread's stack with a pattern. A kernel
 * stack is the PARAM_KSTACK_SIZE bytes above the guard page at the bottom
 * of its KSTACK_SLOT (kernel/kstack.c). */
static __attribute__((noinline)) void
stack_paint(void)
{
	uintptr_t fp = (uintptr_t)__builtin_frame_address(0);
	if (fp < KSTACK_BASE || fp >= KSTACK_END)
		return;
	uintptr_t slot = KSTACK_BASE + (fp - KSTACK_BASE) / KSTACK_SLOT * KSTACK_SLOT;
	stack_low = (uint32_t *)(slot + PAGE_SIZE);
	for (volatile uint32_t *p = stack_low; (uintptr_t)p < fp - 512; p++)
		*p = STACK_PAINT;
}

/* Bytes of the stack ever used since stack_paint. */
static unsigned
stack_used(void)
{
	if (!stack_low)
		return 0;
	uint32_t *p = stack_low;
	while (*p == STACK_PAINT)
		p++;
	return (unsigned)((uintptr_t)stack_low + PARAM_KSTACK_SIZE - (uintptr_t)p);
}

/* ---------------------------------------------------------------- running */

static int
run_main(pv_vm *vm, pv_value inits)
{
	vm->main = pv_main_start(vm, inits, pv_global_get(vm, "main"));
	if (!vm->main) {
		klog("pvmtest: no main() to run");
		return 1;
	}
	return pv_schedule(vm);
}

/* Compile and run one program in a fresh VM; true if it ended as expected
 * and its heap is sound. */
static bool
run_prog(const struct prog *pr)
{
	char why[200];
	klog("pvmtest: run %s", pr->name);
	pv_vm *vm = pv_vm_open(ARENA_BASE, ARENA_BYTES);
	if (vm && pv_openlibs(vm) != 0) {
		pv_vm_close(vm);
		vm = NULL;
	}
	if (!vm) {
		klog("pvmtest: %s: cannot create the VM", pr->name);
		return false;
	}
	char *gen = pr->text ? NULL : nested_source(pr->nest, pr->levels);
	pv_src src = { pr->name, pr->text ? pr->text : gen, 0 };
	src.len = src.text ? strlen(src.text) : 0;
	pv_value inits = PV_NULL;
	uint64_t t0 = timer_us();
	int rc = src.text ? pv_compile_load(vm, &src, 1, &inits) : 1;
	uint64_t t1 = timer_us();
	free(gen);
	if (rc == 0)
		rc = run_main(vm, inits);
	uint64_t t2 = timer_us();
	pv_gc_full(vm);
	bool heap_ok = pv_gc_check(vm, why, sizeof why) == 0;
	klog("pvmtest: %s exit %d (compile %u ms, run %u ms, C stack %u bytes), heap %s", pr->name,
	     rc, (unsigned)((t1 - t0) / 1000), (unsigned)((t2 - t1) / 1000), stack_used(),
	     heap_ok ? "ok" : why);
	pv_vm_close(vm);
	return rc == pr->expect_rc && heap_ok;
}

static void
pvmtest_thread(void *arg)
{
	int passed = 0, failed = 0;
	arch_fpu_double_precision(); /* doubles as on an SSE2 host */
	for (size_t i = 0; i < sizeof progs / sizeof progs[0]; i++) {
		stack_paint();
		if (run_prog(&progs[i]))
			passed++;
		else {
			failed++;
			klog("pvmtest: FAIL %s", progs[i].name);
		}
	}
	klog("pvmtest: %d passed, %d failed", passed, failed);
	arch_debug_exit(failed ? EXIT_FAIL : EXIT_PASS);
}

static void
pvmtest_start(void)
{
	if (!bootinfo_flag("phantom.pvmtest"))
		return;
	if (!thread_create("pvmtest", pvmtest_thread, NULL))
		panic("pvmtest: cannot create its thread");
}
INITCALL(pvmtest_start);
