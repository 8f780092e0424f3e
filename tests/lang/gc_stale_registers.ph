// pvm-env: PVM_GCSTRESS=2 PVM_GCCHECK=1
// A call's registers above what the callee uses are scanned by the
// collector too (a frame's nregs + 4): a call must clear them, or a value
// a deeper call left there - collected while no frame covered it - is
// found dangling, and shaded, by the next cycle. Under the incremental
// collector's stress mode (tiny steps, the heap checked after each) this
// crashed in pv_gc_shade before the interpreter's fast call path cleared
// all of them (the monkey test found it in the kernel: tests/system/monkey.py).

def wide(n) {
    var a = {}; var b = {}; var c = {}; var d = {}; var e = {};
    var f = {}; var g = {}; var h = {}; var i = {}; var j = {};
    var k = {}; var l = {}; var m = {}; var o = {}; var p = {};
    return n;
}

def narrow(x) {                  // few registers, and it runs a while
    var i = 0;
    while (i < 3000) { i += 1; x = x + 0.5; }
    return i;
}

def main() {
    var t = 0;
    var n = 0;
    while (n < 40) {
        t = t + wide(n);         // leaves arrays in its high registers
        for (var f = 0.5; f < 1000; f += 0.5) { }  // collections (floats)
        t = t + narrow(n);       // its nregs + 4 cover them again
        for (var f = 0.5; f < 1000; f += 0.5) { }  // and they are scanned
        n += 1;
    }
    print(t);
    print("ok");
}
