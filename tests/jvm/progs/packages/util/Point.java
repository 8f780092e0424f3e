// util.Point: same simple name as geo.Point.
package util;

public class Point {
    private final int x, y;

    public Point(int x, int y) {
        this.x = x;
        this.y = y;
    }

    @Override
    public String toString() {
        return "util(" + x + "," + y + ")";
    }
}
