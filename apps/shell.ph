// shell.ph - Shell: a live Phantom-language console. Type an expression,
// a statement, or a `def`, `class` or `var`, and it runs against the
// running world (System.compile puts it into the VM, in the namespace
// "shell"): what you define stays defined, in this window and after any
// power cut, like everything else. The transcript is the TextArea's text,
// and every line of it also goes to the system log, prefixed "shell: ".
//
// The input may span lines (ShellInput): Enter runs it once it is
// finished (__unfinished: no bracket or block comment left open, no
// `def`/`if`/... still waiting for its block) and otherwise starts a new
// line, "... " before it; Shift+Enter always starts one. A paste keeps
// its lines. Ctrl+C with nothing selected drops what was typed ("^C");
// while typed code runs, the desk turns Ctrl+C into an Interrupted error
// in this thread, which the Shell reports ("^C interrupted") before it
// takes the next input, its definitions kept.
//
// What is typed is compiled from the start of a line inside a wrapper: an
// expression as `def __inN(print) { return (` TEXT `); }`, statements as
// `def __inN(print) {` TEXT `}`. So a compile error's line and column are
// those of the typed text (the Shell shows them, and a caret under the
// line in the echo), and `print` in the typed text is the wrapper's
// parameter: the Shell's own function, which writes to this window.
// (`print` inside a `def` or `class` typed here is the core one: the
// system log only; a namespace cannot redefine a built-in.) `NAME =
// value;` for a NAME not yet defined defines it, as `var NAME = value;`
// would, and `var NAME = value;` for one already defined assigns it.
// Everything typed is compiled before it is echoed and run: the echo can
// carry the caret, and a compile error runs nothing.
import gui;

var HELP = "Phantom shell. Type an expression (1 + 2), a statement (x = 5;),\nor a definition (def sq(n) { return n * n; }); Enter runs it, or goes\non to a new line while a bracket or block is open (Shift+Enter: always).\nprint(x) writes here. Ctrl+C stops a running input. Definitions persist:\nthey are objects of the world like any other.\n";

// The input grows up to this many lines, then scrolls.
var INPUT_ROWS = 8;

// The wrappers are named __in1, __in2 ... in the namespace "shell", which
// every Shell window (and every version of this app) shares: the number
// of the last one, counted by all the Shells of this version (another
// version's names are skipped over: see wrap()).
var inputs = 0;

class Shell extends App {
    var win; var log; var input; var printed; var history; var back;
    var cw; var ch;  // the client area's size (layout)

    def start() {
        printed = 0; history = []; back = 0;
        win = new Window("Shell", 200, 110, 600, 420);
        log = new TextArea();
        log.setMono(true);
        log.setEditable(false);
        log.setText(HELP);
        input = new ShellInput(this);
        input.setPlaceholder("an expression, a statement or a definition");
        layout(600, 420);
        win.add(log);
        input.onChange(fn() { refit(); });
        win.add(input);
        win.onResize(fn(w, h) { layout(w, h); });
        win.onKey(fn(ev) { recall(ev); });
        win.setFocus(input);
        win.show();
    }

    // The transcript on top; below it the input, as tall as its lines.
    def layout(w, h) {
        cw = w; ch = h;
        var ih = input.fit();
        log.setBounds(8, 8, w - 16, h - 24 - ih);
        input.setBounds(8, h - 8 - ih, w - 16, ih);
    }
    def refit() {
        if (input.fit() != input.h()) { layout(cw, ch); }
    }
    def setInput(s) {
        input.setText(s);
        input.setCaret(input.lineCount() - 1, s.length());
        refit();
    }

    // Up on the input's first line / Down on its last walk through what
    // was typed before.
    def recall(ev) {
        if (history.length() == 0) { return; }
        if (ev.key() == "Up") { back = Math.min(back + 1, history.length()); }
        else if (ev.key() == "Down") { back = Math.max(back - 1, 0); }
        else { return; }
        if (back == 0) { setInput(""); }
        else { setInput(history[history.length() - back]); }
    }

    // The transcript, and the system log (serial) with a "shell: " prefix.
    def say(s) {
        log.append(s + "\n");
        print("shell: " + s);
    }

    // The typed text as the transcript shows it: "> " before its first
    // line, "... " before the others; a caret under [row, col] if at is one.
    def echo(text, at) {
        var rows = text.split("\n");
        for (var i = 0; i < rows.length(); i += 1) {
            var prompt = "... ";
            if (i == 0) { prompt = "> "; }
            say(prompt + rows[i]);
            if (at != null && at[0] == i + 1) { say(__spaces(prompt.length() + at[1] - 1) + "^"); }
        }
    }

    // Enter on a finished input (ShellInput).
    def submit() {
        var text = input.text().trim();
        if (text.length() == 0) { return; }
        history.push(text);
        back = 0;
        setInput("");
        run(text);
    }

    // Ctrl+C in the input with nothing selected: what was typed is
    // dropped, shown with "^C" as a terminal does.
    def cancel() {
        echo(input.text() + "^C", null);
        back = 0;
        setInput("");
    }

    def run(text) {
        var job = null;
        var failed = null;
        try { job = compile(text); } catch (e) { failed = e; }
        var at = null;
        if (failed != null && failed.className() == "CompileError") { at = failed.where(); }
        echo(text, at);
        printed = 0;
        try {
            if (failed != null) { throw failed; }
            var v = job();
            if (v != null) { say(v); }
        } catch (e) {
            report(e);
        }
    }

    def report(e) {
        if (__interrupted(e)) { say("^C interrupted"); }
        else if (e.className() == "CompileError") { for (l in e.lines()) { say("error: " + l); } }
        else if (e.className() == "Error") { say("error: " + e.message()); }
        else { say("thrown: " + e); }
    }

    // The typed code's print(x): a line of the transcript.
    def out(x) {
        say("" + x);
        printed += 1;
        return null;
    }
    def sink() { return fn(x) { return out(x); }; }

    def isDefinition(s) {
        return s.startsWith("def ") || s.startsWith("class ") || s.startsWith("var ");
    }

    // Compile src into the namespace "shell" as a file named name and
    // return System.compile's Map. A compile error is thrown as a
    // CompileError whose positions are in the typed text, which starts on
    // line `first` of src.
    def load(name, src, first, typed) {
        try { return System.compile("shell", name, src); }
        catch (e) { throw new CompileError(e.message(), name, first, typed); }
    }
    // A job (see compile) that runs the initialisers of a load.
    def initialiser(r) {
        return fn() {
            for (init in r["inits"]) { init(); }
            return "ok";
        };
    }

    // Compile the typed text, on line 2 of a wrapper function (before,
    // after: the text around it) and return the function. Skips the
    // numbers other Shells took already.
    def wrap(before, typed, after) {
        for (;;) {
            inputs += 1;
            var name = "__in" + inputs;
            try {
                return load("shell-" + inputs, "def " + name + "(print) {" + before + "\n" + typed + "\n" + after + "}", 2, typed)["functions"][name];
            } catch (e) {
                if (!e.taken(name)) { throw e; }
            }
        }
    }

    // The typed text compiled into a job: a function that runs it and
    // returns what the transcript shows, or null for nothing (a statement
    // or definition that ran: "ok"; a null value after the code printed
    // something: nothing). Throws a CompileError.
    def compile(text) {
        if (isDefinition(text)) { return define(text); }
        var f = null;
        try {
            f = wrap(" return (", text, ");");
        } catch (notExpr) {
            if (notExpr.className() != "CompileError") { throw notExpr; }
            var statement = text.endsWith(";") || text.endsWith("}");
            var body = text;
            if (!statement) { body = body + ";"; }
            try {
                f = wrap("", body, "");
            } catch (notStatement) {
                if (notStatement.className() != "CompileError") { throw notStatement; }
                var name = assigned(body);
                if (name != null && notStatement.undefined(name)) {
                    // NAME = value; at the top: a new variable of the shell
                    return initialiser(load("shell-" + name, "var\n" + body, 2, text));
                }
                if (statement) { throw notStatement; }
                throw notExpr; // it looked like an expression: say what is wrong with that
            }
            var g = f;
            return fn() { g(sink()); return "ok"; };
        }
        return fn() { return shown(f(sink())); };
    }

    def shown(v) {
        if (v == null) {
            if (printed > 0) { return null; }
            return "null";
        }
        if (v.className() == "String") { return "\"" + v + "\""; }
        return "" + v;
    }

    // A definition; `var NAME = value;` again for a NAME the shell has
    // assigns it.
    def define(text) {
        try {
            return initialiser(load("shell-def", text, 1, text));
        } catch (e) {
            if (e.className() != "CompileError" || !text.startsWith("var ")) { throw e; }
            var body = "   " + text.substring(3, text.length()); // `var` blanked: the columns stay
            var name = assigned(body.trim());
            if (name == null || !e.taken(name)) { throw e; }
            var f = wrap("", body, "");
            return fn() { f(sink()); return "ok"; };
        }
    }

    // NAME in "NAME = ...", or null.
    def assigned(s) {
        var i = 0;
        while (i < s.length() && __identChar(s.codeAt(i), i)) { i += 1; }
        if (i == 0) { return null; }
        var rest = s.substring(i, s.length()).trim();
        if (!rest.startsWith("=") || rest.startsWith("==")) { return null; }
        return s.substring(0, i);
    }
}

// Is e the desk's interrupt (Ctrl+C in a busy app)? Asked by class name:
// `Interrupted` (an Error subclass the VM throws) need not exist yet.
def __interrupted(e) { return e != null && e.className() == "Interrupted"; }

def __spaces(n) {
    var s = "";
    for (var i = 0; i < n; i += 1) { s = s + " "; }
    return s;
}

def __identChar(c, i) {
    if (c == 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) { return true; }
    return i > 0 && c >= 48 && c <= 57;
}

// Is the typed text unfinished, so that Enter should start another line
// rather than run it? It is while a bracket ( [ { or a block comment is
// open, or while a `def class if else while for try catch fn` at the top
// still waits for its `{`. Strings and comments are skipped. A string
// ends at its line's end, as the compiler's do: an unterminated one can
// never be finished by more lines, so it is left to the compile error.
// A closing bracket too many also makes the text "finished" (the same).
def __unfinished(src) {
    var depth = 0; var waits = false;
    var i = 0; var n = src.length();
    while (i < n) {
        var c = src.charAt(i);
        var two = src.substring(i, Math.min(i + 2, n));
        if (c == "\"") { i = __stringEnd(src, i + 1); continue; }
        if (two == "//") { i = __after(src, i, "\n"); continue; }
        if (two == "/*") {
            i = __after(src, i + 2, "*/");
            if (i > n) { return true; }
            continue;
        }
        if (__identChar(src.codeAt(i), 0)) {
            var j = i + 1;
            while (j < n && __identChar(src.codeAt(j), 1)) { j += 1; }
            var word = " " + src.substring(i, j) + " ";
            if (depth == 0 && " def class if else while for try catch fn ".indexOf(word) >= 0) { waits = true; }
            i = j;
            continue;
        }
        if (c == "(" || c == "[" || c == "{") {
            if (c == "{" && depth == 0) { waits = false; }
            depth += 1;
        } else if (c == ")" || c == "]" || c == "}") {
            depth -= 1;
            if (depth < 0) { return false; }
        }
        i += 1;
    }
    return depth > 0 || waits;
}

// The index after the string whose text starts at i: after its closing
// quote, or at the end of its line when it has none.
def __stringEnd(src, i) {
    var n = src.length();
    while (i < n) {
        var c = src.charAt(i);
        if (c == "\\") { i += 2; }
        else if (c == "\"") { return i + 1; }
        else if (c == "\n") { return i; }
        else { i += 1; }
    }
    return n;
}

// The index after the first `end` at or after i; past the text (its
// length + 1) when there is none.
def __after(src, i, end) {
    var n = src.length(); var k = end.length();
    while (i + k <= n) {
        if (src.substring(i, i + k) == end) { return i + k; }
        i += 1;
    }
    return n + 1;
}

// The Shell's input: a TextArea that grows with its lines (fit(); the
// Shell lays itself out again) and shows the prompt in a gutter on its
// left, "> " before the first line and "... " before the others (the
// text starts after the gutter: __tx). Enter runs a finished input
// (Shell.submit) and otherwise starts a new line, as Shift+Enter always
// does; Ctrl+C with nothing selected is Shell.cancel (with a selection,
// a copy); Up on the first line and Down on the last are left to the
// window (the Shell's history).
class ShellInput extends TextArea {
    var shell;
    def init(shell) {
        super.init();
        this.shell = shell;
        setMono(true);
    }
    // The height for the lines there are, up to INPUT_ROWS (then it scrolls); at
    // least that of a one-line field.
    def fit() { return Math.max(Math.min(lineCount(), INPUT_ROWS) * __lh() + 8, 30); }
    // Grown (the Shell's layout), it shows the lines it grew for: the text
    // scrolled while the box was smaller.
    def setBounds(x, y, w, h) {
        top = Math.min(top, Math.max(lineCount() - INPUT_ROWS, 0));
        return super.setBounds(x, y, w, h);
    }

    def handle(ev) {
        if (ev.kind() != "key" || ev.alt() || ev.key() == null) { return super.handle(ev); }
        var k = ev.key();
        if (k == "Enter" && !ev.ctrl()) {
            if (ev.shift() || __unfinished(text())) { insertText("\n"); } else { shell.submit(); }
            return true;
        }
        if (k == "c" && ev.ctrl() && !hasSelection()) { shell.cancel(); return true; }
        if (!ev.ctrl() && !ev.shift()) {
            var r = caret()[0];
            if ((k == "Up" && r == 0) || (k == "Down" && r == lineCount() - 1)) { return false; }
        }
        return super.handle(ev);
    }

    def __tx() { return super.__tx() + __f().measure("... "); }
    // The row, then its prompt: the row's own painting covers the gutter
    // only when it starts at column 0 or the text is scrolled sideways.
    def __paintRow(s, r, c, xEnd) {
        super.__paintRow(s, r, c, xEnd);
        if (c > 0 && left == 0) { return; }
        var f = __f(); var lh = __lh();
        var ry = __boxY() + (r - top) * lh;
        var y0 = Math.max(ry, __boxY()); var y1 = Math.min(ry + lh, __boxY() + __boxH());
        var gx = __boxX();
        var gw = __tx() - __theme("caretW") - gx;  // the caret at column 0 stays
        if (y1 <= y0) { return; }
        s.clip(gx, y0, gw, y1 - y0);
        s.fill(gx, ry, gw, lh, __theme("fieldBg"));
        if (r < lineCount() && (r > 0 || lineCount() > 1 || line(0).length() > 0 || hasFocus())) { // not beside the placeholder
            var prompt = "... ";
            if (r == 0) { prompt = "> "; }
            s.text(super.__tx(), ry + (lh - f.height() + 1) / 2, prompt, f, __theme("textDim"));
        }
        s.clip(x, y, w, h);
    }
}

// The errors of one compile of typed text, placed in that text: each line
// of the message "file:line:col: text" becomes "line:col: text" counted
// from the first typed character. An error past the end of the typed text
// (at the wrapper's closing: `1 +` is missing its operand) is reported
// once, at the end.
class CompileError {
    var lines; var at; var message;
    def init(message, file, first, typed) {
        this.message = message;
        at = null;
        lines = [];
        var rows = typed.split("\n");
        var prefix = file + ":";
        var atEnd = false;
        for (l in message.split("\n")) {
            if (!l.startsWith(prefix)) { lines.push(l); continue; }
            var p = l.substring(prefix.length(), l.length()).split(":");
            var row = p[0].toInt() - first + 1;
            var col = p[1].toInt();
            var text = p.slice(2, p.length()).join(":").trim();
            if (row < 1) { row = 1; col = 1; }
            if (row > rows.length()) {
                if (atEnd) { continue; }
                atEnd = true;
                row = rows.length(); col = rows[row - 1].length() + 1;
                var cut = text.indexOf(" before ");
                if (cut > 0) { text = text.substring(0, cut); }
                text = text + " at the end";
            }
            if (at == null) { at = [row, col]; }
            lines.push(row + ":" + col + ": " + text);
        }
    }
    def message() { return message; }
    // [line, column] of the first error in the typed text, or null.
    def where() { return at; }
    // Its lines, "line:col: text" each.
    def lines() { return lines; }
    // Did the compile fail only because `name` is defined already?
    def taken(name) {
        return message.indexOf("'" + name + "' is already defined") >= 0 || message.indexOf(" " + name + ": the name is already defined") >= 0;
    }
    // Is `name` among the undefined names?
    def undefined(name) { return message.indexOf("undefined name '" + name + "'") >= 0; }
    def toString() { return "CompileError: " + message; }
}
