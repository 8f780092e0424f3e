// Theme.java - the desktop's widget colours and metrics (THEME_WIDGETS in
// gui/theme.h): take colours from here so an app looks like the rest.
package phantom.gui;

public final class Theme {
    private Theme() {}

    /**
     * A colour (0xRRGGBB) or metric by name: "windowBg", "text", "textDim",
     * "accent", "fieldBg", "fieldEdge", "selection", "buttonFace", "hover",
     * "textPx", "radius", "pad", "rowH" ... (gui/theme.h lists them all).
     */
    public static int get(String name) { return phantom.ph.Lib.__theme(name); }
}
