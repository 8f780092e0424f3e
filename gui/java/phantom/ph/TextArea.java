// TextArea.java - stub for the .ph class TextArea (gui/lib/textedit.ph). Never converted.
package phantom.ph;

public class TextArea extends TextEdit {
    public TextArea() {}
    public TextArea(int x, int y, int w, int h) {}
}
