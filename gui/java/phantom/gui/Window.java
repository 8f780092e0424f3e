// Window.java - a window of the desktop: a title, a client area with
// widgets, key, close and resize handlers. Make it on the app's thread
// (in App.start() or a handler): it belongs to the app running there.
// Its widgets, their contents and its place on the screen persist.
package phantom.gui;

public class Window {
    private final phantom.ph.Window ph;

    /**
     * A window whose client area (inside the frame and the title bar) is
     * w x h at x, y on the screen; not shown until show().
     */
    public Window(String title, int x, int y, int w, int h) {
        ph = new phantom.ph.Window(String.valueOf(title), x, y, w, h);
    }

    /** Adds widget (painted over those added before it); returns it. */
    public <T extends Widget> T add(T widget) {
        ph.add(widget.peer);
        return widget;
    }

    public void remove(Widget widget) { ph.remove(widget.peer); }

    /** Opens the window on the desktop, focused (throws past the app's quota of 64 windows). */
    public void show() { ph.show(); }

    /** Takes it off the desktop; show() brings it back. */
    public void hide() { ph.hide(); }

    /** Closes it for good (the onClose handlers are not asked). */
    public void close() { ph.close(); }

    public boolean isShown() { return ph.isShown(); }
    public boolean isClosed() { return ph.isClosed(); }

    public String title() { return ph.title(); }
    public void setTitle(String s) { ph.setTitle(String.valueOf(s)); }

    /** The client area's normal place and size (a maximised window keeps them for later). */
    public int x() { return ph.x(); }
    public int y() { return ph.y(); }
    public int w() { return ph.w(); }
    public int h() { return ph.h(); }

    public void move(int x, int y) { ph.move(x, y); }

    /** A new client size; the onResize handlers run. */
    public void resize(int w, int h) { ph.resize(w, h); }

    /** Raises the window and gives it the keyboard focus. */
    public void focus() { ph.focus(); }

    /** The widget that gets the keys (null: none; keys then go to the onKey handlers). */
    public void setFocus(Widget widget) { ph.setFocus(widget == null ? null : widget.peer); }

    /** The client area's colour (the theme's "windowBg" until set). */
    public void setBackground(int color) { ph.setBackground(color); }

    /** handler gets the keys no focused widget used ("key" events). */
    public void onKey(EventHandler handler) { ph.onKey(Bridge.events(handler)); }

    /** handler is asked when the user closes the window; false keeps it open. */
    public void onClose(CloseHandler handler) { ph.onClose(Bridge.close(handler)); }

    /**
     * handler runs when the client area changes size (the user resized or
     * maximised the window), before it is painted again: lay the widgets
     * out for w x h there.
     */
    public void onResize(ResizeHandler handler) { ph.onResize(Bridge.resize(handler)); }
}
