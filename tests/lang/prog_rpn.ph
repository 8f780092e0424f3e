// A program: an RPN calculator driven by a map of operator closures.

class Calculator {
    var stack = [];
    var ops = {};
    def init() {
        ops["+"] = fn(a, b) { return a + b; };
        ops["-"] = fn(a, b) { return a - b; };
        ops["*"] = fn(a, b) { return a * b; };
        ops["/"] = fn(a, b) { return a / b; };
        ops["%"] = fn(a, b) { return a % b; };
        ops["max"] = fn(a, b) { return Math.max(a, b); };
    }
    def isNumber(tok) {
        var start = 0;
        if (tok.startsWith("-") && tok.length() > 1) {
            start = 1;
        }
        for (var i = start; i < tok.length(); i += 1) {
            var c = tok.codeAt(i);
            if (c < 48 || c > 57) {
                return false;
            }
        }
        return tok.length() > start;
    }
    def eval(line) {
        stack = [];
        for (tok in line.trim().split(" ")) {
            if (this.isNumber(tok)) {
                stack.push(tok.toInt());
            } else if (ops.has(tok)) {
                if (stack.length() < 2) {
                    throw "stack underflow at " + tok;
                }
                var b = stack.pop();
                var a = stack.pop();
                var f = ops[tok];
                stack.push(f(a, b));
            } else if (tok == "dup") {
                var top = stack.pop();
                stack.push(top);
                stack.push(top);
            } else {
                throw "unknown token " + tok;
            }
        }
        if (stack.length() != 1) {
            throw "left " + stack.length() + " values";
        }
        return stack[0];
    }
}

def main() {
    var calc = new Calculator();
    var lines = [
        "1 2 +",
        "3 4 + 5 *",
        "  100 7 % ",
        "2 dup * dup * dup *",
        "-8 3 /",
        "10 -3 max 2 -",
        "1 +",
        "1 2 3",
        "4 2 ^",
        "5 0 /"
    ];
    for (l in lines) {
        try {
            print(l.trim() + " => " + calc.eval(l));
        } catch (e) {
            if (e.className() == "String") {
                print(l.trim() + " => error: " + e);
            } else {
                print(l.trim() + " => runtime " + e.className());
            }
        }
    }
}
