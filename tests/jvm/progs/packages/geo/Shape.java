// The base of the shapes: package-private registration, protected helpers
// for subclasses in geo.shapes, an id handed out in creation order.
package geo;

public abstract class Shape {
    private static int created;
    private final int id;

    protected Shape(String name) {
        id = ++created;
        Registry.add(name + "#" + id);
    }

    public abstract double area();

    protected String format(double v) {
        return String.format("%.3f", v);
    }

    public String describe() {
        return getClass().getSimpleName().toLowerCase() + " area " + format(area());
    }

    public int id() {
        return id;
    }

    public static int count() {
        return created;
    }
}
