// Classes in packages (geo, geo.shapes, util) used from a package-less
// Main: qualified names in getName(), package-private access inside a
// package, protected members reached from a subclass in another package,
// a static import, public nested classes of a packaged class, and classes
// of the same simple name in two packages told apart.
import static util.Strings.pad;

import geo.Shape;
import geo.shapes.Circle;
import geo.shapes.Rect;
import java.util.ArrayList;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Circle(1));
        shapes.add(new Rect(2, 3));
        shapes.add(new Circle(2.5));
        shapes.add(Rect.square(4));
        for (Shape s : shapes) {
            System.out.println(pad(s.getClass().getName(), 18) + "|" + pad(s.describe(), 30) + "|" + s.id());
        }
        System.out.println("registry " + Shape.count() + " " + geo.Registry.names());
        Rect.Builder b = new Rect.Builder().width(5).height(1);
        System.out.println(b.build().describe() + " " + b.getClass().getName() + " " + b.getClass().getSimpleName());
        util.Point a = new util.Point(1, 2);
        geo.Point g = new geo.Point(1, 2);
        System.out.println(a + " " + g + " " + a.getClass().getName() + " " + g.getClass().getName() + " " + a.equals(g));
        System.out.println(util.Strings.repeat('=', 10) + " " + util.Strings.VERSION);
    }
}
