// ImageView.java - shows an image shipped with the system (a .png or .jpg
// of apps.tar), centred in its rect and clipped to it.
package phantom.gui;

public class ImageView extends Widget {
    private final phantom.ph.ImageView ph;

    /** name: the image's file name, or null for none. */
    public ImageView(String name, int x, int y, int w, int h) {
        this(new phantom.ph.ImageView(name, x, y, w, h));
    }

    private ImageView(phantom.ph.ImageView ph) {
        super(ph);
        this.ph = ph;
    }

    /** Shows the image called name (null: none). */
    public void setImage(String name) { ph.setImage(name); }
}
