// Item.java - one entry of the to-do list: its text and whether it is
// done. Its toString() is the row the list shows: "[ ] text" or "[x] text".
final class Item {
    final String text;
    boolean done;

    Item(String text) { this.text = text; }

    @Override
    public String toString() { return (done ? "[x] " : "[ ] ") + text; }
}
