// App.java - the base class of a Java app (docs/WRITING_APPS.md, "Writing
// an app in Java"). The launcher makes the app with its no-argument
// constructor and calls run() on a thread of its own; run() starts a .ph
// JavaApp (gui/lib/java.ph), whose event loop calls start() and then
// every handler, on that thread, until the app's last window closes.
//
// Invariant: the app object and everything it reaches persist with the
// world (power cuts included): keep the app's state in fields.
package phantom.gui;

public abstract class App {
    private phantom.ph.JavaApp ph; // the .ph app running this one; null until run()

    /**
     * Runs the app: start(), then the event loop, until the app's last
     * window closes (or quit()). The launcher calls it; an app does not.
     */
    public final void run() {
        ph = new phantom.ph.JavaApp(this);
        ph.run();
    }

    /** Open the app's windows here (called once, by run(), on the app's thread). */
    public abstract void start();

    /** Close every window of the app: run() then returns and the app ends. */
    public void quit() {
        if (ph != null) {
            ph.quit();
        }
    }
}
