// JavaApp.java - stub for the .ph class JavaApp (gui/lib/java.ph): an App
// whose start() calls the start() of a Java phantom.gui.App. Never converted.
package phantom.ph;

public class JavaApp extends App {
    /** new JavaApp(japp): japp is the phantom.gui.App to start. */
    public JavaApp(Object japp) {}
}
