// window.ph - the gui module's windows, apps, events, timers and clipboard
// (docs/desktop.md). Compiled together with widgets.ph into every VM that
// imports gui; everything here is an ordinary object in the arena.
//
// The desk (wm/desk.c) reads and writes the fields of Window, DeskRegistry,
// App and Event that gui/deskfields.def lists, and __deskreg: rename one
// there too (the build fails, naming it, while the two disagree).

// Module variables have no initialisers here: a library's initialisers run
// only with the first program that imports it, and another may run first.
var __deskreg;    // the DeskRegistry: made on first use
var __clipboard;  // the clipboard: a String (null: empty), persistent like the rest

class DeskRegistry {
    var windows;     // open Windows, in the order they were opened
    var order;       // the same, bottom to top (the desk keeps it current)
    var focused;     // the Window with the keyboard focus, or null
    var apps;        // Thread -> the App running on it
    def init() { windows = []; order = []; focused = null; apps = new Map(); }
    def windows() { return windows; }
    def apps() { return apps; }
    def focusedWindow() { return focused; }
}

def __desk() {
    if (__deskreg == null) { __deskreg = new DeskRegistry(); }
    return __deskreg;
}

def __remove(list, x) {
    for (var i = 0; i < list.length(); i += 1) {
        if (list[i] == x) { list.remove(i); return true; }
    }
    return false;
}

class Clipboard {
    def init() {}
    def get() {
        if (__clipboard == null) { return ""; }
        return __clipboard;
    }
    def set(s) { __clipboard = "" + s; }
}

// The App whose run() runs on this thread, or null.
def __currentApp() { return __desk().apps().get(Thread.current()); }

class Event {
    var kind; var x; var y; var button; var key; var char; var mods; var window;
    def init(kind, window) {
        this.kind = kind; this.window = window;
        x = 0; y = 0; button = 0; mods = 0;
    }
    def kind() { return kind; }
    def x() { return x; }
    def y() { return y; }
    def button() { return button; }
    def key() { return key; }
    def char() { return char; }
    def mods() { return mods; }
    def shift() { return (mods & 1) != 0; }
    def ctrl() { return (mods & 2) != 0; }
    def alt() { return (mods & 4) != 0; }
    def window() { return window; }
    def at(x, y) { var e = new Event(kind, window); e.copy(this, x, y); return e; }
    def copy(o, x, y) {
        this.x = x; this.y = y; button = o.button(); key = o.key(); char = o.char(); mods = o.mods();
    }
    def toString() { return "Event(" + kind + " " + x + "," + y + " " + key + ")"; }
}

class Timer {
    var ms; var action; var due; var app; var running;
    def init(ms, action) {
        this.ms = Math.max(ms, 1); this.action = action; running = true;
        due = System.uptime() + this.ms;
        app = __currentApp();
        if (app != null) { app.__addTimer(this); }
    }
    def stop() { running = false; if (app != null) { app.__dropTimer(this); } }
    def isRunning() { return running; }
    def __due() { return due; }
    def __fire(now) {
        due = now + ms;
        action();
    }
}

class App {
    var queue;       // Events for this app's windows, oldest first (the desk appends)
    var thread;      // the thread run() runs on
    var timers;
    var stopped;
    def init() { queue = []; timers = []; stopped = false; }
    def start() {}
    def windows() {
        var mine = [];
        for (w in __desk().windows()) { if (w.app() == this) { mine.push(w); } }
        return mine;
    }
    def quit() { stopped = true; for (w in windows()) { w.close(); } }
    // start(), then the event loop, until the app's last window closes (an
    // app that never opens one runs as long as it has Timers). Note: a
    // subclass must not define a run() of its own.
    def run() {
        thread = Thread.current();
        __desk().apps().put(thread, this);
        start();
        var hadWindows = false;
        while (!stopped) {
            var open = windows().length() > 0;
            if (open) { hadWindows = true; }
            if (!open && (hadWindows || timers.length() == 0)) { break; }
            var ev = Desk.wait(queue, __timeout());
            if (ev != null && !ev.window().isClosed()) { ev.window().__dispatch(ev); }
            __runTimers();
        }
        for (t in timers.slice(0, timers.length())) { t.stop(); }
        __desk().apps().remove(thread);
    }
    def __addTimer(t) { timers.push(t); }
    def __dropTimer(t) { __remove(timers, t); }
    def __timeout() {
        if (timers.length() == 0) { return -1; }
        var next = timers[0].__due();
        for (t in timers) { next = Math.min(next, t.__due()); }
        return Math.max(next - System.uptime(), 0);
    }
    def __runTimers() {
        var now = System.uptime();
        for (t in timers.slice(0, timers.length())) {
            if (t.isRunning() && t.__due() <= now) { t.__fire(now); }
        }
    }
}

class Window {
    var title; var wx; var wy; var ww; var wh; var flags;
    var surface; var widgets; var focus; var grab; var app; var wid;
    var hovered;  // the widget the pointer is over, or null
    var keyHandlers; var closeHandlers; var resizeHandlers; var closed; var bg;
    var damaged; var lastDamage;  // pixels flushed as damage in all, and the last rect (tests)
    // flags: 1 minimised, 2 maximised (wm/wm.h), kept by the desk

    def init(title, x, y, w, h) {
        this.title = title; wx = x; wy = y;
        ww = Math.max(w, 1); wh = Math.max(h, 1); flags = 0;
        surface = new Surface(ww, wh);
        widgets = []; keyHandlers = []; closeHandlers = []; resizeHandlers = [];
        closed = false; wid = null; focus = null; grab = null; hovered = null;
        damaged = 0; lastDamage = null;
        bg = 0xF6F7F9;
        surface.clear(bg);
        app = __currentApp();
    }

    def title() { return title; }
    def x() { return wx; }
    def y() { return wy; }
    def w() { return ww; }
    def h() { return wh; }
    def app() { return app; }
    def surface() { return surface; }
    def isShown() { return wid != null; }
    def isClosed() { return closed; }
    def focused() { return focus; }
    def widgets() { return widgets; }
    def setBackground(c) { bg = c; __paintAll(); }

    def show() {
        if (closed) { throw new Error("Window.show: the window is closed"); }
        if (wid != null) { return this; }
        __paintAll();
        wid = Desk.open(this); // throws past the app's window quota: then not registered
        __desk().windows().push(this);
        surface.damage();
        Desk.focus(wid);
        return this;
    }
    def hide() {
        if (wid != null) { Desk.close(wid); wid = null; }
        __remove(__desk().windows(), this);
        return this;
    }
    def close() {
        if (closed) { return; }
        hide();
        closed = true;
    }
    def move(x, y) {
        wx = x; wy = y;
        if (wid != null) { Desk.place(wid, wx, wy, ww, wh, flags); }
    }
    def resize(w, h) {
        ww = Math.max(w, 1); wh = Math.max(h, 1);
        if (wid != null) { Desk.place(wid, wx, wy, ww, wh, flags); }
        __newSurface(ww, wh);
    }
    def setTitle(s) {
        title = "" + s;
        if (wid != null) { Desk.title(wid, title); }
    }
    def focus() {
        if (wid != null) { Desk.focus(wid); Desk.raise(wid); }
    }
    def add(widget) {
        widgets.push(widget);
        widget.__attach(this);
        __paint(widget);
        return widget;
    }
    def remove(widget) {
        if (__remove(widgets, widget)) {
            if (focus == widget) { focus = null; }
            if (grab == widget) { grab = null; }
            __paintAll();
        }
    }
    def onKey(handler) { keyHandlers.push(handler); }
    def onClose(handler) { closeHandlers.push(handler); }
    // handler(w, h): the client area became w x h (the user resized or
    // maximised the window); lay the widgets out again there.
    def onResize(handler) { resizeHandlers.push(handler); }

    // ---- painting: widgets draw into the surface, the damage goes to the desk

    def __flush() {
        var d = surface.damage();
        if (d == null) { return; }
        lastDamage = d;
        damaged += d[2] * d[3];
        if (wid != null) { Desk.damage(wid, d[0], d[1], d[2], d[3]); }
    }
    // What the surface's damage has added up to ([x, y, w, h] of the last
    // flush; pixels of all of them): tests measure repaints with these.
    def lastDamage() { return lastDamage; }
    def damagedPixels() { return damaged; }
    def __damage(x, y, w, h) { __flush(); }
    def __paintWidget(widget) {
        surface.clip(widget.x(), widget.y(), widget.w(), widget.h());
        surface.fill(widget.x(), widget.y(), widget.w(), widget.h(), bg);
        if (widget.isVisible()) { widget.paint(surface); }
        surface.unclip();
    }
    def __paint(widget) {
        __paintWidget(widget);
        __flush();
    }
    def __paintAll() {
        surface.clear(bg);
        for (widget in widgets) {
            if (widget.isVisible()) { __paintWidget(widget); }
        }
        __flush();
    }
    def __newSurface(w, h) {
        surface = new Surface(w, h);
        if (wid != null) { Desk.surface(wid, surface); }
        for (h2 in resizeHandlers) { h2(w, h); }
        __paintAll();
    }

    // ---- input, from the App's loop

    def __widgetAt(x, y) {
        for (var i = widgets.length() - 1; i >= 0; i -= 1) {
            var widget = widgets[i];
            if (widget.isVisible() && widget.contains(x, y)) { return widget; }
        }
        return null;
    }
    def setFocus(widget) {
        if (focus == widget) { return; }
        var old = focus;
        focus = widget;
        if (old != null) { old.focusChanged(false); }
        if (widget != null) { widget.focusChanged(true); }
    }
    def __focusNext(step) {
        var n = widgets.length();
        if (n == 0) { return; }
        var at = -1;
        for (var i = 0; i < n; i += 1) { if (widgets[i] == focus) { at = i; } }
        for (var k = 1; k <= n; k += 1) {
            var widget = widgets[((at + step * k) % n + n) % n];
            if (widget.isVisible() && widget.focusable()) { setFocus(widget); return; }
        }
    }
    // The widget under the pointer: it and the one before hear of it.
    def __hover(widget) {
        if (widget == hovered) { return; }
        var old = hovered;
        hovered = widget;
        if (old != null) { old.hoverChanged(false); }
        if (widget != null) { widget.hoverChanged(true); }
    }
    def __dispatch(ev) {
        var kind = ev.kind();
        if (kind == "key") { return __key(ev); }
        if (kind == "leave") { __hover(null); return true; } // the pointer left the client area
        if (kind == "down") {
            var target = __widgetAt(ev.x(), ev.y());
            __hover(target);
            if (target != null && target.focusable()) { setFocus(target); }
            grab = target;
            if (target != null) { target.handle(ev); }
            return true;
        }
        if (kind == "move" || kind == "up") {
            var under = __widgetAt(ev.x(), ev.y());
            __hover(under);
            var to = grab;
            if (to == null) { to = under; }
            if (kind == "up") { grab = null; }
            if (to != null) { to.handle(ev); }
            return true;
        }
        if (kind == "wheel") {
            var under = __widgetAt(ev.x(), ev.y());
            if (under != null) { under.handle(ev); }
            return true;
        }
        if (kind == "resize") { // the shown size; ww, wh stay the normal size (the desk keeps them)
            __newSurface(ev.x(), ev.y());
            return true;
        }
        if (kind == "close") {
            var keep = false;
            for (h in closeHandlers) { if (h() == false) { keep = true; } }
            if (!keep) { close(); }
            return true;
        }
        if (kind == "focus" || kind == "blur") {
            if (focus != null) { focus.focusChanged(kind == "focus"); }
            return true;
        }
        return false;
    }
    def __key(ev) {
        if (ev.key() == "Tab" && !ev.ctrl() && !ev.alt()) {
            if (ev.shift()) { __focusNext(-1); } else { __focusNext(1); }
            return true;
        }
        if (focus != null && focus.handle(ev)) { return true; }
        for (h in keyHandlers) { h(ev); }
        return keyHandlers.length() > 0;
    }
    def toString() { return "Window(" + title + ")"; }
}
