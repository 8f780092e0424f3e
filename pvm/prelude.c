/*
 * prelude.c - the part of the core library written in the language itself:
 * Error, and the helpers natives redirect to when they need bytecode
 * (toString() of objects inside print, +, join; sort's comparator). Being
 * bytecode, these run as ordinary frames: no C frame ever waits on them.
 */
#include "compile.h"
#include "load.h"

static const char prelude_src[] =
	"class Error {\n"
	"    var message;\n"
	"    def init(message) { this.message = message; }\n"
	"    def message() { return message; }\n"
	"    def toString() { return className() + \": \" + message; }\n"
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

int
pv_prelude_load(pv_vm *vm)
{
	pv_src src = { "<prelude>", prelude_src, sizeof prelude_src - 1 };
	pv_value inits;
	if (pv_compile_load(vm, &src, 1, &inits) != 0)
		return -1;
	vm->cls[PV_C_ERROR] = (pv_class *)pv_global_get(vm, "Error");
	return 0;
}
