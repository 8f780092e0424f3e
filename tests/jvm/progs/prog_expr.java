// A tiny expression language: a tokenizer and a recursive descent parser
// for + - * / % ^ (right associative), unary minus, parentheses, variables
// and function calls (min, max, abs, sqrt), evaluated over doubles and
// over longs; every malformed input is refused with a custom checked
// exception carrying the position; division by zero in long mode shows the
// JVM's ArithmeticException.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class prog_expr {
    static class SyntaxError extends Exception {
        final int pos;

        SyntaxError(String msg, int pos) {
            super(msg + " at position " + pos);
            this.pos = pos;
        }
    }

    interface Node {
        double eval(Map<String, Double> env);

        long evalLong(Map<String, Double> env);

        String show();
    }

    static final class Num implements Node {
        final double v;

        Num(double v) {
            this.v = v;
        }

        public double eval(Map<String, Double> env) {
            return v;
        }

        public long evalLong(Map<String, Double> env) {
            return (long) v;
        }

        public String show() {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
    }

    static final class Var implements Node {
        final String name;

        Var(String name) {
            this.name = name;
        }

        public double eval(Map<String, Double> env) {
            Double v = env.get(name);
            if (v == null) {
                throw new IllegalArgumentException("unknown variable " + name);
            }
            return v;
        }

        public long evalLong(Map<String, Double> env) {
            return (long) eval(env);
        }

        public String show() {
            return name;
        }
    }

    static final class Bin implements Node {
        final char op;
        final Node l, r;

        Bin(char op, Node l, Node r) {
            this.op = op;
            this.l = l;
            this.r = r;
        }

        public double eval(Map<String, Double> env) {
            double a = l.eval(env), b = r.eval(env);
            switch (op) {
                case '+': return a + b;
                case '-': return a - b;
                case '*': return a * b;
                case '/': return a / b;
                case '%': return a % b;
                default: return Math.pow(a, b);
            }
        }

        public long evalLong(Map<String, Double> env) {
            long a = l.evalLong(env), b = r.evalLong(env);
            switch (op) {
                case '+': return a + b;
                case '-': return a - b;
                case '*': return a * b;
                case '/': return a / b;
                case '%': return a % b;
                default:
                    long p = 1;
                    for (long i = 0; i < b; i++) {
                        p *= a;
                    }
                    return p;
            }
        }

        public String show() {
            return "(" + l.show() + " " + op + " " + r.show() + ")";
        }
    }

    static final class Call implements Node {
        final String fn;
        final List<Node> args;

        Call(String fn, List<Node> args) {
            this.fn = fn;
            this.args = args;
        }

        public double eval(Map<String, Double> env) {
            double a = args.get(0).eval(env);
            switch (fn) {
                case "min": return Math.min(a, args.get(1).eval(env));
                case "max": return Math.max(a, args.get(1).eval(env));
                case "abs": return Math.abs(a);
                default: return Math.sqrt(a);
            }
        }

        public long evalLong(Map<String, Double> env) {
            return (long) eval(env);
        }

        public String show() {
            StringBuilder sb = new StringBuilder(fn).append('(');
            for (int i = 0; i < args.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(args.get(i).show());
            }
            return sb.append(')').toString();
        }
    }

    static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        void skip() {
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
        }

        boolean eat(char c) {
            skip();
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        Node parse() throws SyntaxError {
            Node n = sum();
            skip();
            if (pos != s.length()) {
                throw new SyntaxError("unexpected '" + s.charAt(pos) + "'", pos);
            }
            return n;
        }

        Node sum() throws SyntaxError {
            Node n = product();
            while (true) {
                if (eat('+')) {
                    n = new Bin('+', n, product());
                } else if (eat('-')) {
                    n = new Bin('-', n, product());
                } else {
                    return n;
                }
            }
        }

        Node product() throws SyntaxError {
            Node n = power();
            while (true) {
                skip();
                char c = pos < s.length() ? s.charAt(pos) : 0;
                if (c == '*' || c == '/' || c == '%') {
                    pos++;
                    n = new Bin(c, n, power());
                } else {
                    return n;
                }
            }
        }

        Node power() throws SyntaxError {
            Node base = unary();
            if (eat('^')) {
                return new Bin('^', base, power());
            }
            return base;
        }

        Node unary() throws SyntaxError {
            if (eat('-')) {
                return new Bin('-', new Num(0), unary());
            }
            return atom();
        }

        Node atom() throws SyntaxError {
            skip();
            if (pos >= s.length()) {
                throw new SyntaxError("unexpected end", pos);
            }
            char c = s.charAt(pos);
            if (eat('(')) {
                Node n = sum();
                if (!eat(')')) {
                    throw new SyntaxError("missing ')'", pos);
                }
                return n;
            }
            if (Character.isDigit(c) || c == '.') {
                int start = pos;
                while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                    pos++;
                }
                try {
                    return new Num(Double.parseDouble(s.substring(start, pos)));
                } catch (NumberFormatException e) {
                    throw new SyntaxError("bad number " + s.substring(start, pos), start);
                }
            }
            if (Character.isLetter(c)) {
                int start = pos;
                while (pos < s.length() && Character.isLetterOrDigit(s.charAt(pos))) {
                    pos++;
                }
                String name = s.substring(start, pos);
                if (eat('(')) {
                    List<Node> args = new ArrayList<>();
                    do {
                        args.add(sum());
                    } while (eat(','));
                    if (!eat(')')) {
                        throw new SyntaxError("missing ')' after arguments", pos);
                    }
                    int want = name.equals("min") || name.equals("max") ? 2 : 1;
                    if (!(name.equals("min") || name.equals("max") || name.equals("abs") || name.equals("sqrt"))) {
                        throw new SyntaxError("unknown function " + name, start);
                    }
                    if (args.size() != want) {
                        throw new SyntaxError(name + " takes " + want + " argument(s), not " + args.size(), start);
                    }
                    return new Call(name, args);
                }
                return new Var(name);
            }
            throw new SyntaxError("unexpected '" + c + "'", pos);
        }
    }

    public static void main(String[] args) {
        Map<String, Double> env = new HashMap<>();
        env.put("x", 3.0);
        env.put("y", -4.5);
        env.put("big", 1e6);
        String[] inputs = {"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 - 7 % -3", "x * x + y", "sqrt(x*x + 16)",
            "max(min(x, y), abs(y)) * 2", "big * big * big", "1 / 0", "0.1 + 0.2", "((((7))))", "2 * (3 + 4) * (5 - 1) / 7",
            "1 +", "(1 + 2", "3 $ 4", "foo(1)", "min(1)", "1.2.3", "", "x y", "z + 1", "12 / (3 - 3)", "-(-(-5))"};
        for (String in : inputs) {
            try {
                Node n = new Parser(in).parse();
                String line = String.format("%-28s => %-36s = %s", in, n.show(), n.eval(env));
                try {
                    line += " | long " + n.evalLong(env);
                } catch (ArithmeticException e) {
                    line += " | long: " + e.getMessage();
                }
                System.out.println(line);
            } catch (SyntaxError e) {
                System.out.println(String.format("%-28s !! %s (pos %d)", in, e.getMessage(), e.pos));
            } catch (IllegalArgumentException e) {
                System.out.println(String.format("%-28s !! %s", in, e.getMessage()));
            }
        }
    }
}
