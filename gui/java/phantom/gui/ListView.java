// ListView.java - a list of items, one row each, one selected; a scroll
// bar when they do not fit. A click or a drag selects, Up/Down/Home/End/
// PageUp/PageDown move the selection, Enter or a double click activates.
//
// Invariant: items holds the app's own objects, in the rows' order; the
// .ph list shows String.valueOf of each (its toString()), so row i is
// always items.get(i) as text. setItems and set keep the two in step.
package phantom.gui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class ListView extends Widget {
    private final phantom.ph.ListView ph;
    private final ArrayList<Object> items = new ArrayList<>();

    /** An empty list 200 x 160 at 0, 0: place it with setBounds. */
    public ListView() { this(new phantom.ph.ListView()); }

    /** An empty list. */
    public ListView(int x, int y, int w, int h) {
        this(new phantom.ph.ListView(new Object[0], x, y, w, h));
    }

    private ListView(phantom.ph.ListView ph) {
        super(ph);
        this.ph = ph;
    }

    /** The rows become these items (shown with toString()); nothing selected, scrolled to the top. */
    public void setItems(List<?> list) {
        items.clear();
        items.addAll(list);
        String[] rows = new String[items.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = String.valueOf(items.get(i));
        }
        ph.setItems(rows);
    }

    /**
     * Row i becomes item (or shows item's new toString()); only that row is
     * repainted, the selection and the scroll stay.
     */
    public void set(int i, Object item) {
        items.set(i, item); // throws IndexOutOfBoundsException before the .ph list is touched
        phantom.ph.Lib.__jsetitem(ph, i, String.valueOf(item));
    }

    /** The items, in order (read-only; change them with setItems or set). */
    public List<Object> items() { return Collections.unmodifiableList(items); }

    public int size() { return items.size(); }

    /** The selected row, or -1. */
    public int selectedIndex() { return ph.selectedIndex(); }

    /** The selected row's item, or null. */
    public Object selected() {
        int i = selectedIndex();
        return i < 0 ? null : items.get(i);
    }

    /** Selects row i (-1: none), scrolling it into view, without calling the handlers. */
    public void select(int i) { ph.select(i); }

    /** The first row shown. */
    public int scrollTop() { return ph.scrollTop(); }

    /** handler runs when the user changes the selection (click, drag, keys). */
    public void onSelect(SelectHandler handler) { ph.onSelect(rows(handler)); }

    /** handler runs on Enter or a double click on a row. */
    public void onActivate(SelectHandler handler) { ph.onActivate(rows(handler)); }

    private Object rows(SelectHandler handler) {
        if (handler == null) {
            throw new NullPointerException("handler");
        }
        Bridge.Rows own = i -> handler.select(i, items.get(i));
        return Bridge.rows(own);
    }
}
