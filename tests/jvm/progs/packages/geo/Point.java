// geo.Point: same simple name as util.Point, a different class.
package geo;

public class Point {
    final int x, y;

    public Point(int x, int y) {
        this.x = x;
        this.y = y;
    }

    @Override
    public String toString() {
        return "geo(" + x + "," + y + ")";
    }
}
