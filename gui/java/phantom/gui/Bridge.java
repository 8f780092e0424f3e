// Bridge.java - the one place where phantom.gui turns Java handlers into
// the .ph closures the widgets take (package-private).
//
// Invariant: every object handed to a helper of gui/lib/java.ph is a
// lambda made in this package (here, or ListView's Rows), of an interface
// with exactly one method, so the .ph
// side's call by plain name and argument count (r.run(), h.event(ev),
// h.row(i), r.resized(w, h), h.answer()) always finds it, whatever class
// the app's own handler is. The user's handler is then called from Java.
package phantom.gui;

import java.util.Objects;
import phantom.ph.Lib;

final class Bridge {
    private Bridge() {}

    /** What gui/lib/java.ph's __jevent calls: ev is the .ph Event. */
    interface Events {
        void event(phantom.ph.Event ev);
    }

    /** What __jrow calls: the row the .ph ListView selected or activated. */
    interface Rows {
        void row(int index);
    }

    /** What __jclose calls: 1 lets the window close, 0 keeps it. */
    interface Answer {
        int answer();
    }

    /** A .ph closure fn() that runs r. */
    static Object run(Runnable r) {
        Objects.requireNonNull(r, "handler");
        Runnable own = () -> r.run();
        return Lib.__jrun(own);
    }

    /** A .ph closure fn(ev) that gives h a phantom.gui.Event copied from ev. */
    static Object events(EventHandler h) {
        Objects.requireNonNull(h, "handler");
        Events own = ev -> h.handle(new Event(ev));
        return Lib.__jevent(own);
    }

    /** A .ph closure fn(index, item) that gives rows the index. */
    static Object rows(Rows rows) {
        return Lib.__jrow(rows);
    }

    /** A .ph closure fn(w, h) that calls h. */
    static Object resize(ResizeHandler h) {
        Objects.requireNonNull(h, "handler");
        ResizeHandler own = (w, hh) -> h.resized(w, hh);
        return Lib.__jresize(own);
    }

    /** A .ph closure fn() returning the .ph boolean of h.close(). */
    static Object close(CloseHandler h) {
        Objects.requireNonNull(h, "handler");
        Answer own = () -> h.close() ? 1 : 0;
        return Lib.__jclose(own);
    }
}
