// Todo.java - To-do, a Java app: a list of things to do. Type one and
// press Enter (or Add); Done, Space, Enter or a double click ticks the
// selected item off (or on again), Delete (the button or the key) removes
// it. The line at the bottom counts what is done.
//
// The list is an ArrayList of Items in a field, shown in a ListView: it
// persists with the world, power cuts included, and nothing here saves
// anything. A new app starts empty. Resizing gives the list the room.
import java.util.ArrayList;
import phantom.gui.App;
import phantom.gui.Button;
import phantom.gui.Event;
import phantom.gui.Label;
import phantom.gui.ListView;
import phantom.gui.TextField;
import phantom.gui.Theme;
import phantom.gui.Window;

public class Todo extends App {
    static final int W = 360, H = 400;    // the client area at first: the smallest layout

    private final ArrayList<Item> items = new ArrayList<>();
    private Window win;
    private TextField field;
    private Button add, done, delete;
    private ListView list;
    private Label status;

    @Override
    public void start() {
        win = new Window("To-do", 120, 140, W, H);
        field = win.add(new TextField());
        field.setPlaceholder("Something to do");
        field.onEnter(this::addItem);
        add = win.add(new Button("Add"));
        add.onClick(this::addItem);
        list = win.add(new ListView());
        list.onActivate((i, item) -> toggle(i));
        done = win.add(new Button("Done"));
        done.onClick(() -> toggle(list.selectedIndex()));
        delete = win.add(new Button("Delete"));
        delete.onClick(() -> remove(list.selectedIndex()));
        status = win.add(new Label(""));
        status.setAlign("right");
        status.setColor(Theme.get("textDim"));
        layout(W, H);
        win.onResize(this::layout);
        win.onKey(this::key);
        refresh();
        win.setFocus(field);
        win.show();
    }

    // The widgets for a w x h client area: the field and Add along the
    // top, the list under them taking what is left, Done, Delete and the
    // count along the bottom. Smaller than at first, the window shows the
    // first layout, cut off.
    private void layout(int w, int h) {
        int cw = Math.max(w, W), ch = Math.max(h, H);
        field.setBounds(12, 12, cw - 24 - 88, 30);
        add.setBounds(cw - 12 - 80, 12, 80, 30);
        list.setBounds(12, 54, cw - 24, ch - 54 - 54);
        done.setBounds(12, ch - 42, 88, 30);
        delete.setBounds(108, ch - 42, 88, 30);
        status.setBounds(204, ch - 42, cw - 204 - 12, 30);
    }

    // Keys no widget used: Space toggles and Delete removes the selected
    // item while the list has the focus (the list itself takes the arrows
    // and Enter).
    private void key(Event e) {
        if (!list.hasFocus() || e.ctrl() || e.alt()) {
            return;
        }
        if (" ".equals(e.key())) {
            toggle(list.selectedIndex());
        } else if ("Delete".equals(e.key())) {
            remove(list.selectedIndex());
        }
    }

    private void addItem() {
        String text = field.text().trim();
        if (text.isEmpty()) {
            return;
        }
        items.add(new Item(text));
        field.setText("");
        field.focus();
        refresh();
        list.select(items.size() - 1);
    }

    private void toggle(int i) {
        if (i < 0 || i >= items.size()) {
            return;
        }
        Item it = items.get(i);
        it.done = !it.done;
        list.set(i, it);
        count();
    }

    private void remove(int i) {
        if (i < 0 || i >= items.size()) {
            return;
        }
        items.remove(i);
        refresh();
        list.select(Math.min(i, items.size() - 1));
    }

    // The list shows the items again (nothing selected), and the count.
    private void refresh() {
        list.setItems(items);
        count();
    }

    private void count() {
        int n = 0;
        for (Item it : items) {
            if (it.done) {
                n++;
            }
        }
        status.setText(items.isEmpty() ? "Nothing to do" : n + " of " + items.size() + " done");
    }
}
