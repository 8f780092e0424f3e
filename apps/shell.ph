// shell.ph - Shell: a live Phantom-language console. Type an expression,
// a statement, or a `def`, `class` or `var`, and it runs against the
// running world (System.compile puts it into the VM, in the namespace
// "shell"): what you define stays defined, in this window and after any
// power cut, like everything else. The transcript is the TextArea's text,
// and every line of it also goes to the system log, prefixed "shell: ".
//
// What is typed is compiled on a line of its own inside a wrapper: an
// expression as `def __inN(print) { return (` LINE `); }`, a statement as
// `def __inN(print) {` LINE `}`. So a compile error's line and column are
// those of the typed text (the Shell shows them, and a caret under it),
// and `print` in the typed text is the wrapper's parameter: the Shell's
// own function, which writes to this window. (`print` inside a `def` or
// `class` typed here is the core one: the system log only; a namespace
// cannot redefine a built-in.) `NAME = value;` for a NAME not yet defined
// defines it, as `var NAME = value;` would, and `var NAME = value;` for
// one already defined assigns it.
import gui;

var HELP = "Phantom shell. Type an expression (1 + 2), a statement (x = 5;),\nor a definition (def sq(n) { return n * n; }); Enter runs it.\nprint(x) writes here. Definitions persist: they are objects of the\nworld like any other.\n";

// The wrappers are named __in1, __in2 ... in the namespace "shell", which
// every Shell window (and every version of this app) shares: the number
// of the last one, counted by all the Shells of this version (another
// version's names are skipped over: see wrap()).
var inputs = 0;

class Shell extends App {
    var win; var log; var input; var printed; var history; var back;

    def start() {
        printed = 0; history = []; back = 0;
        win = new Window("Shell", 200, 110, 600, 420);
        log = new TextArea(8, 8, 584, 366);
        log.setMono(true);
        log.setEditable(false);
        log.setText(HELP);
        win.add(log);
        input = new TextField(8, 382, 584, 30);
        input.setMono(true);
        input.setPlaceholder("an expression, a statement or a definition");
        input.onEnter(fn() { run(input.text()); });
        win.add(input);
        win.onResize(fn(w, h) {
            log.setBounds(8, 8, w - 16, h - 54);
            input.setBounds(8, h - 38, w - 16, 30);
        });
        win.onKey(fn(ev) { recall(ev); });
        win.setFocus(input);
        win.show();
    }

    // Up / Down in the input line walk through what was typed before.
    def recall(ev) {
        if (history.length() == 0) { return; }
        if (ev.key() == "Up") { back = Math.min(back + 1, history.length()); }
        else if (ev.key() == "Down") { back = Math.max(back - 1, 0); }
        else { return; }
        if (back == 0) { input.setText(""); }
        else { input.setText(history[history.length() - back]); }
    }

    // The transcript, and the system log (serial) with a "shell: " prefix.
    def say(s) {
        log.append(s + "\n");
        print("shell: " + s);
    }

    def run(src) {
        var line = src.trim();
        if (line.length() == 0) { return; }
        history.push(line);
        back = 0;
        input.setText("");
        say("> " + line);
        printed = 0;
        try {
            var v = evaluate(line);
            if (v != null) { say(v); }
        } catch (e) {
            if (e.className() == "CompileError") { e.show(this, line); }
            else if (e.className() == "Error") { say("error: " + e.message()); }
            else { say("thrown: " + e); }
        }
    }

    // The typed code's print(x): a line of the transcript.
    def out(x) {
        say("" + x);
        printed += 1;
        return null;
    }

    def isDefinition(s) {
        return s.startsWith("def ") || s.startsWith("class ") || s.startsWith("var ");
    }

    // Compile src into the namespace "shell" as a file named name; run its
    // initialisers; return the Map of its functions. A compile error is
    // thrown as a CompileError whose positions are in the typed text,
    // which starts on line `first` of src.
    def load(name, src, first, typed) {
        var r = null;
        try { r = System.compile("shell", name, src); }
        catch (e) { throw new CompileError(e.message(), name, first, typed); }
        for (init in r["inits"]) { init(); }
        return r["functions"];
    }

    // Compile the typed text, on line 2 of a wrapper function (before,
    // after: the text around it) and return the function. Skips the
    // numbers other Shells took already.
    def wrap(before, typed, after) {
        for (;;) {
            inputs += 1;
            var name = "__in" + inputs;
            try {
                return load("shell-" + inputs, "def " + name + "(print) {" + before + "\n" + typed + "\n" + after + "}", 2, typed)[name];
            } catch (e) {
                if (!e.taken(name)) { throw e; }
            }
        }
    }

    // The value of the typed line as the transcript shows it, or null to
    // show nothing (a statement or definition that ran: "ok"; a null
    // value after the line printed something: nothing).
    def evaluate(line) {
        var sink = fn(x) { return out(x); };
        if (isDefinition(line)) { define(line); return "ok"; }
        var f = null;
        try {
            f = wrap(" return (", line, ");");
        } catch (notExpr) {
            if (notExpr.className() != "CompileError") { throw notExpr; }
            var statement = line.endsWith(";") || line.endsWith("}");
            var body = line;
            if (!statement) { body = body + ";"; }
            try {
                f = wrap("", body, "");
            } catch (notStatement) {
                if (notStatement.className() != "CompileError") { throw notStatement; }
                var name = assigned(body);
                if (name != null && notStatement.undefined(name)) {
                    // NAME = value; at the top: a new variable of the shell
                    load("shell-" + name, "var\n" + body, 2, line);
                    return "ok";
                }
                if (statement) { throw notStatement; }
                throw notExpr; // it looked like an expression: say what is wrong with that
            }
            f(sink);
            return "ok";
        }
        var v = f(sink);
        if (v == null) {
            if (printed > 0) { return null; }
            return "null";
        }
        if (v.className() == "String") { return "\"" + v + "\""; }
        return "" + v;
    }

    // A definition; `var NAME = value;` again for a NAME the shell has
    // assigns it.
    def define(line) {
        try {
            load("shell-def", line, 1, line);
        } catch (e) {
            var body = line.substring(4, line.length()).trim();
            var name = assigned(body);
            if (!line.startsWith("var ") || name == null || !e.taken(name)) { throw e; }
            wrap("", body, "")(fn(x) { return out(x); });
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

def __identChar(c, i) {
    if (c == 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) { return true; }
    return i > 0 && c >= 48 && c <= 57;
}

// The errors of one compile of typed text, placed in that text: each line
// of the message "file:line:col: text" becomes "line:col: text" counted
// from the first typed character. An error past the end of the typed text
// (at the wrapper's closing: `1 +` is missing its operand) is reported
// once, at the end.
class CompileError {
    var lines; var first; var message;
    def init(message, file, first, typed) {
        this.message = message;
        this.first = -1;
        lines = [];
        var prefix = file + ":";
        var atEnd = false;
        for (l in message.split("\n")) {
            if (!l.startsWith(prefix)) { lines.push(l); continue; }
            var p = l.substring(prefix.length(), l.length()).split(":");
            var row = p[0].toInt() - first + 1;
            var col = p[1].toInt();
            var text = p.slice(2, p.length()).join(":").trim();
            if (row < 1) { row = 1; col = 1; }
            if (row > typed.split("\n").length()) {
                if (atEnd) { continue; }
                atEnd = true;
                row = 1; col = typed.length() + 1;
                var cut = text.indexOf(" before ");
                if (cut > 0) { text = text.substring(0, cut); }
                text = text + " at the end";
            }
            if (this.first < 0) { this.first = col; }
            lines.push(row + ":" + col + ": " + text);
        }
    }
    def message() { return message; }
    // Did the compile fail only because `name` is defined already?
    def taken(name) {
        return message.indexOf("'" + name + "' is already defined") >= 0 || message.indexOf(" " + name + ": the name is already defined") >= 0;
    }
    // Is `name` among the undefined names?
    def undefined(name) { return message.indexOf("undefined name '" + name + "'") >= 0; }
    // A caret under the first error (the typed line follows "> "), then
    // every error.
    def show(shell, typed) {
        if (first > 0) {
            var pad = "  ";
            for (var i = 1; i < first; i += 1) { pad = pad + " "; }
            shell.say(pad + "^");
        }
        for (l in lines) { shell.say("error: " + l); }
    }
    def toString() { return "CompileError: " + message; }
}
