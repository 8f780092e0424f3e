// Widget.java - the base of the widgets: bounds, visibility, focus,
// repaint. Each widget of this package wraps a .ph widget of the gui
// module (gui/lib/widgets.ph, textedit.ph), which paints it and handles
// its input; this object is how Java talks to it.
//
// Invariant: peer is the .ph widget, made by the subclass's constructor,
// for the widget's whole life. Only this package makes widgets (the
// constructor is package-private): draw your own things on a Canvas.
package phantom.gui;

public abstract class Widget {
    final phantom.ph.Widget peer;

    Widget(phantom.ph.Widget peer) { this.peer = peer; }

    /** Places the widget in its window's client area (window coordinates). */
    public void setBounds(int x, int y, int w, int h) { peer.setBounds(x, y, w, h); }

    public int x() { return peer.x(); }
    public int y() { return peer.y(); }
    public int w() { return peer.w(); }
    public int h() { return peer.h(); }

    public boolean isVisible() { return peer.isVisible(); }
    public void show() { peer.show(); }
    public void hide() { peer.hide(); }

    /** Is (x, y), in window coordinates, inside the widget? */
    public boolean contains(int x, int y) { return peer.contains(x, y); }

    /** Paint the widget again. */
    public void repaint() { peer.repaint(); }

    /** Ask the window for the keyboard focus (focusable widgets: buttons, boxes, fields, lists). */
    public void focus() { peer.focus(); }

    public boolean hasFocus() { return peer.hasFocus(); }
}
