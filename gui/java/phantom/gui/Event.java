// Event.java - an input event, copied from the .ph Event the desk made
// (docs/desktop.md, "Objects in the arena"): a plain immutable Java value.
package phantom.gui;

public final class Event {
    /** mods() bits. */
    public static final int SHIFT = 1, CTRL = 2, ALT = 4;
    /** button() of "down" and "up". */
    public static final int LEFT = 1, RIGHT = 2, MIDDLE = 3;

    private final String kind, key, ch;
    private final int x, y, button, mods;

    /** An event made by the app itself (tests, or to replay one). */
    public Event(String kind, int x, int y, int button, String key, String ch, int mods) {
        this.kind = kind;
        this.x = x;
        this.y = y;
        this.button = button;
        this.key = key;
        this.ch = ch;
        this.mods = mods;
    }

    Event(phantom.ph.Event e) {
        this(e.kind(), e.x(), e.y(), e.button(), e.key(), phantom.ph.Lib.__jchar(e), e.mods());
    }

    /** "down", "up", "move", "wheel" (pointer) or "key". */
    public String kind() { return kind; }
    /** Pointer position: window coordinates, or the Canvas's own in Canvas.onMouse. */
    public int x() { return x; }
    public int y() { return y; }
    /** "down"/"up": LEFT, RIGHT or MIDDLE; "wheel": the steps (+: towards the user); else 0. */
    public int button() { return button; }
    /** "key": the key's name ("a", "7", "Enter", "Escape", "Left", "F2" ...: kernel/keys.def); else null. */
    public String key() { return key; }
    /** "key": the text typed, one character, or null (char is a Java keyword). */
    public String ch() { return ch; }
    /** SHIFT | CTRL | ALT, as held. */
    public int mods() { return mods; }
    public boolean shift() { return (mods & SHIFT) != 0; }
    public boolean ctrl() { return (mods & CTRL) != 0; }
    public boolean alt() { return (mods & ALT) != 0; }
    /** kind().equals(k). */
    public boolean is(String k) { return kind.equals(k); }

    @Override
    public String toString() {
        return "Event(" + kind + " " + x + "," + y + " " + button + " " + key + ")";
    }
}
