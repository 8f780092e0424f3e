// Jthrower.java - a culprit for tests/system/test_faults.py, in Java: its
// Go button indexes an array past its end. The Java exception nobody
// catches ends the app's thread (its window shows the crash mark), never
// the desktop; the task manager or the crash mark's Close ends it.
import phantom.gui.App;
import phantom.gui.Button;
import phantom.gui.Window;

public class Jthrower extends App {
    private final int[] slots = new int[3];
    private int next = 5;

    @Override
    public void start() {
        Window win = new Window("Jthrower", 40, 520, 300, 120);
        Button go = win.add(new Button("Go", 20, 20, 120, 32));
        go.onClick(() -> slots[next] = 1);
        win.show();
    }
}
