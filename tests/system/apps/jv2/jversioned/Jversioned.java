// Jversioned.java, version 2 - for tests/system/test_java_apps.py's test
// of Java app versions: the same app (directory and classes) in two
// builds. A world made with version 1 and booted by a build carrying
// version 2 keeps running version 1's window with version 1's classes;
// the launcher starts version 2 beside it, in its own namespace. Its
// state is an array of one of its own classes (arrays are in the
// namespace too).
import phantom.gui.App;
import phantom.gui.Button;
import phantom.gui.Label;
import phantom.gui.Window;

public class Jversioned extends App {
    static final class Count {
        int n;
    }

    private final Count[] counts = { new Count() };

    @Override
    public void start() {
        Window win = new Window("Jversioned 2", 520, 80, 380, 120);
        Label label = win.add(new Label("version 2", 20, 16, 340, 24));
        Button button = win.add(new Button("Click", 20, 56, 100, 32));
        button.onClick(() -> {
            counts[0].n++;
            label.setText("v2 clicked " + counts[0].n);
            System.out.println("jversioned: v2 clicked " + counts[0].n);
        });
        win.show();
    }
}
