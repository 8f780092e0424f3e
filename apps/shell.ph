// shell.ph - Shell: a live Phantom-language console. Type an expression,
// a statement, or a `def`, `class` or `var`, and it runs against the
// running world (System.compile puts it into the VM, in the namespace
// "shell"): what you define stays defined, in this window and after any
// power cut, like everything else. The transcript is the TextArea's text.
import gui;

var HELP = "Phantom shell. Type an expression (1 + 2), a statement (x = 5;),\nor a definition (def sq(n) { return n * n; }); Enter runs it.\nDefinitions persist: they are objects of the world like any other.\n";

class Shell extends App {
    var win; var log; var input; var count; var history; var back;

    def start() {
        count = 0; history = []; back = 0;
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
        count += 1;
        try {
            say(evaluate(line));
        } catch (e) {
            if (e.className() == "Error") { say("error: " + e.message()); }
            else { say("thrown: " + e); }
        }
    }

    def isDefinition(s) {
        return s.startsWith("def ") || s.startsWith("class ") || s.startsWith("var ");
    }

    // Compile src as shell input number `count`; run its initialisers;
    // return the Map of its functions.
    def load(src) {
        var r = System.compile("shell", "shell-" + count, src);
        for (init in r["inits"]) { init(); }
        return r["functions"];
    }

    def evaluate(line) {
        if (isDefinition(line)) {
            load(line);
            return "ok";
        }
        var name = "__in" + count;
        var f = null;
        try {
            f = load("def " + name + "() { return (" + line + "); }")[name];
        } catch (notExpr) {
            var statement = line.endsWith(";") || line.endsWith("}");
            var body = line;
            if (!statement) { body = body + ";"; }
            try {
                f = load("def " + name + "() { " + body + " }")[name];
            } catch (notStatement) {
                if (statement) { throw notStatement; }
                throw notExpr; // it looked like an expression: say what is wrong with that
            }
            f();
            return "ok";
        }
        var v = f();
        if (v == null) { return "null"; }
        if (v.className() == "String") { return "\"" + v + "\""; }
        return "" + v;
    }
}
