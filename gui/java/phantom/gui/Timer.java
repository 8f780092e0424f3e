// Timer.java - calls an action every ms milliseconds on the app's thread,
// until stopped. Make it on the app's thread (in start() or a handler):
// it belongs to the app running there. It persists like everything else:
// after a power cut it goes on ticking (the world's clock continues from
// the snapshot).
package phantom.gui;

public final class Timer {
    private final phantom.ph.Timer ph;

    /** Starts at once; the first call is ms milliseconds from now (at least 1). */
    public Timer(int ms, Runnable action) {
        ph = new phantom.ph.Timer(ms, Bridge.run(action));
    }

    public void stop() { ph.stop(); }

    public boolean isRunning() { return ph.isRunning(); }
}
