/*
 * lib.c - opening the core library in a VM (lib.h): the natives of
 * natives.def, and the prelude, the part written in the language itself:
 * Error, and the helpers natives redirect to when they need bytecode
 * (toString() of objects inside print, +, join; sort's comparator), and
 * __run, which starts every program. Being bytecode, these run as ordinary
 * frames: no C frame ever waits on them.
 */
#include "compile.h"
#include "interp.h"
#include "jvm/jnatives.h"
#include "lib.h"
#include "natives.h"

static const char prelude_src[] =
	"class Error {\n"
	"    var message;\n"
	"    def init(message) { this.message = message; }\n"
	"    def message() { return message; }\n"
	"    def toString() { return className() + \": \" + message; }\n"
	"}\n"
	"class Interrupted extends Error {\n" /* thrown in a thread the user interrupted */
	"    def init(message) { super.init(message); }\n"
	"}\n"
	"def __print(self, x) { __out(x.toString()); }\n"
	"def __concat(a, b) { return __strcat(a.toString(), b.toString()); }\n"
	"def __arraystr(self) {\n"
	"    var s = \"[\"; var i = 0;\n"
	"    while (i < self.length()) { if (i > 0) { s = s + \", \"; } s = s + self[i]; i += 1; }\n"
	"    return s + \"]\";\n"
	"}\n"
	"def __mapstr(self) {\n"
	"    var s = \"{\"; var first = true;\n"
	"    for (k in self) { if (!first) { s = s + \", \"; } first = false; s = s + k + \": \" + self[k]; }\n"
	"    return s + \"}\";\n"
	"}\n"
	"def __join(self, sep) {\n"
	"    var s = \"\"; var i = 0;\n"
	"    while (i < self.length()) { if (i > 0) { s = s + sep; } s = s + self[i]; i += 1; }\n"
	"    return s;\n"
	"}\n"
	"def __lt(cmp, a, b) {\n"
	"    var r = cmp(a, b);\n"
	"    if (r == true) { return true; }\n"
	"    if (r == false || r == null) { return false; }\n"
	"    return r < 0;\n"
	"}\n"
	"def __defcmp(a, b) { if (a < b) { return -1; } if (b < a) { return 1; } return 0; }\n"
	"def __sort0(self) { return __sort(self, __defcmp); }\n"
	"def __sort(self, cmp) {\n"
	"    var n = self.length(); var tmp = new Array(n); var width = 1;\n"
	"    while (width < n) {\n"
	"        var i = 0;\n"
	"        while (i < n) {\n"
	"            var mid = Math.min(i + width, n); var hi = Math.min(i + 2 * width, n);\n"
	"            var a = i; var b = mid; var k = i;\n"
	"            while (a < mid && b < hi) {\n"
	"                if (__lt(cmp, self[b], self[a])) { tmp[k] = self[b]; b += 1; }\n"
	"                else { tmp[k] = self[a]; a += 1; }\n"
	"                k += 1;\n"
	"            }\n"
	"            while (a < mid) { tmp[k] = self[a]; a += 1; k += 1; }\n"
	"            while (b < hi) { tmp[k] = self[b]; b += 1; k += 1; }\n"
	"            i = hi;\n"
	"        }\n"
	"        var t = 0; while (t < n) { self[t] = tmp[t]; t += 1; }\n"
	"        width = width * 2;\n"
	"    }\n"
	"    return self;\n"
	"}\n"
	"def __run(inits, main) { for (f in inits) { f(); } return main(); }\n";

static int
prelude_load(pv_vm *vm)
{
	pv_src src = { "<prelude>", prelude_src, sizeof prelude_src - 1 };
	pv_value inits;
	if (pv_compile_load(vm, &src, 1, &inits) != 0)
		return -1;
	vm->cls[PV_C_ERROR] = (pv_class *)pv_global_get(vm, "Error");
	return 0;
}

void
pv_libs_bind(void)
{
	pv_interp_natives(pv_native_call);
	pv_jnatives_register(); /* the Java runtime's natives, by number (module.h) */
}

int
pv_openlibs(pv_vm *vm)
{
	pv_libs_bind();
	pv_natives_install(vm);
	if (prelude_load(vm) != 0)
		return -1;
	vm->heap.since = 0; /* the library is not the program's garbage */
	return 0;
}

pv_thread *
pv_main_start(pv_vm *vm, pv_value inits, pv_value mainfn)
{
	pv_value run = pv_global_get(vm, "__run");
	if (!pv_is(mainfn, PV_K_CLOSURE) || ((pv_closure *)mainfn)->p->nparams != 0 ||
	    !pv_is(run, PV_K_CLOSURE))
		return NULL;
	if (inits == PV_NULL)
		inits = pv_val(pv_array_new(vm, 0));
	pv_value args[2] = { inits, mainfn };
	return pv_thread_start(vm, (pv_closure *)run, args, 2);
}
