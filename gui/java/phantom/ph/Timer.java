// Timer.java - stub for the .ph class Timer (gui/lib/window.ph): calls a
// closure every ms milliseconds on the app's thread. Never converted.
package phantom.ph;

public class Timer {
    /** action: a .ph closure (Lib.__jrun). */
    public Timer(int ms, Object action) {}
    public native void stop();
    public native boolean isRunning();
}
