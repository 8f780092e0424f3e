// Event.java - stub for the .ph class Event (gui/lib/window.ph): one input
// event of a window. Never converted; char() is read with Lib.__jchar.
package phantom.ph;

public class Event {
    private Event() {} // the desk makes Events, never Java code
    public native String kind();
    public native int x();
    public native int y();
    public native int button();
    public native String key();
    public native int mods();
    public native boolean shift();
    public native boolean ctrl();
    public native boolean alt();
}
