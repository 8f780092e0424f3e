// java.ph - the gui module's side of the Java API (gui/java/phantom/gui,
// docs/WRITING_APPS.md, "Writing an app in Java"). Compiled with
// window.ph, widgets.ph and textedit.ph into the gui module.
//
// Java code cannot make a .ph closure, so each __j helper wraps a Java
// object into one; Java calls them as static methods of the stub class
// phantom.ph.Lib (gui/java/phantom/ph/Lib.java). Inside a closure the
// Java object's method is called by plain name and argument count, which
// must be unique in its class: every object these helpers get is a
// lambda made in phantom.gui (gui/java/phantom/gui/Bridge.java) of an
// interface with one method, whatever the app's own handler is. Java
// booleans are the ints 0 and 1 here, and 0 is true in .ph: an answer
// that must be a .ph boolean is compared with 0. Module variables: none
// (see window.ph).

// fn() { r.run(); }: a Runnable (Button.onClick, Checkbox.onChange,
// TextEdit.onChange, TextField.onEnter, Timer).
def __jrun(r) { return fn() { r.run(); }; }

// fn(ev) { h.event(ev); }: a Bridge.Events (Window.onKey, Canvas.onMouse);
// the Java side copies the .ph Event into a phantom.gui.Event.
def __jevent(h) { return fn(ev) { h.event(ev); }; }

// fn(index, item) { h.row(index); }: a Bridge.Rows (ListView.onSelect,
// onActivate); the Java side knows its own item of that row.
def __jrow(h) { return fn(index, item) { h.row(index); }; }

// fn(w, h) { r.resized(w, h); }: a phantom.gui.ResizeHandler (Window.onResize).
def __jresize(r) { return fn(w, h) { r.resized(w, h); }; }

// fn() { return h.answer() != 0; }: a Bridge.Answer (Window.onClose); its
// int answer (1 close, 0 keep) becomes the .ph boolean Window wants.
def __jclose(h) { return fn() { return h.answer() != 0; }; }

// ev.char(): Java cannot name a method `char`.
def __jchar(ev) { return ev.char(); }

// Row i of a ListView becomes s, and only that row is repainted (the
// selection and the scroll stay).
def __jsetitem(list, i, s) {
    list.items()[i] = s;
    var g = list.__begin();
    if (g != null) { list.__paintRows(g, i, i); list.__end(g); }
}

// The .ph App that runs a Java app: App.run() (the event loop) calls
// start(), which is the Java app's start() (phantom.gui.App.run() makes
// one of these and runs it).
class JavaApp extends App {
    var japp;   // the phantom.gui.App
    def init(j) { super.init(); japp = j; }
    def start() { japp.start(); }
}
