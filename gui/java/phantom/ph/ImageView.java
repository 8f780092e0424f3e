// ImageView.java - stub for the .ph class ImageView (gui/lib/widgets.ph).
// Never converted. Java passes an image's name (setImage loads it).
package phantom.ph;

public class ImageView extends Widget {
    public ImageView(Object img, int x, int y, int w, int h) {}
    public native void setImage(Object img);
}
