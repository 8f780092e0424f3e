// CloseHandler.java - Window.onClose's handler.
package phantom.gui;

/**
 * The user asked to close the window (its X, Alt+F4): return true to let
 * it close, false to keep it open. (Bridge turns the answer into the .ph
 * boolean the window wants: a Java boolean is an int in the VM.)
 */
public interface CloseHandler {
    boolean close();
}
