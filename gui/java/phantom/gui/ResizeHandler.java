// ResizeHandler.java - Window.onResize's handler.
package phantom.gui;

/** The window's client area became w x h (the user resized or maximised it). */
public interface ResizeHandler {
    void resized(int w, int h);
}
