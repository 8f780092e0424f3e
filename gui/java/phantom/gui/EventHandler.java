// EventHandler.java - a handler of input events: Window.onKey, Canvas.onMouse.
package phantom.gui;

/** Called on the app's thread with each event (a copy: keep it if you like). */
public interface EventHandler {
    void handle(Event e);
}
