// A circle in a subpackage: uses the protected constructor and format().
package geo.shapes;

import geo.Shape;

public class Circle extends Shape {
    private final double r;

    public Circle(double r) {
        super("circle");
        this.r = r;
    }

    @Override
    public double area() {
        return Math.PI * r * r;
    }

    @Override
    public String describe() {
        return super.describe() + " r=" + format(r);
    }
}
