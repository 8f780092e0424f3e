// SelectHandler.java - a handler of a ListView row: ListView.onSelect, onActivate.
package phantom.gui;

/** index: the row; item: the app's own object of that row (ListView.setItems). */
public interface SelectHandler {
    void select(int index, Object item);
}
