// A rectangle with a public static nested Builder and a factory.
package geo.shapes;

import geo.Shape;

public class Rect extends Shape {
    private final double w, h;

    public Rect(double w, double h) {
        super(w == h ? "square" : "rect");
        this.w = w;
        this.h = h;
    }

    public static Rect square(double s) {
        return new Rect(s, s);
    }

    @Override
    public double area() {
        return w * h;
    }

    public static class Builder {
        private double w = 1, h = 1;

        public Builder width(double w) {
            this.w = w;
            return this;
        }

        public Builder height(double h) {
            this.h = h;
            return this;
        }

        public Rect build() {
            return new Rect(w, h);
        }
    }
}
