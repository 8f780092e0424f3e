// App.java - stub for the .ph class App (gui/lib/window.ph): the event
// loop of an app. Never converted; see Lib.java for the rules.
package phantom.ph;

public class App {
    public App() {}
    /** start(), then the event loop until the app's last window closes. */
    public native void run();
    public native void start();
    /** Close every window of the app; run() then returns. */
    public native void quit();
}
