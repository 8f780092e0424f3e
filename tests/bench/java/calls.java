// Virtual calls through an interface: three classes implementing Shape,
// called in a loop through an array of the interface type (megamorphic
// call sites), plus a default method. Same as calls.lua.
public class calls {
    interface Shape {
        int area();

        void move(int dx, int dy);

        default int score(int k) {
            return area() + k;
        }
    }

    static final class Rect implements Shape {
        int x, y;
        final int w, h;

        Rect(int x, int y, int w, int h) {
            this.x = x;
            this.y = y;
            this.w = w;
            this.h = h;
        }

        public int area() {
            return w * h + x;
        }

        public void move(int dx, int dy) {
            x = (x + dx) % 1000;
            y = (y + dy) % 1000;
        }
    }

    static final class Circle implements Shape {
        int x, y;
        final int r;

        Circle(int x, int y, int r) {
            this.x = x;
            this.y = y;
            this.r = r;
        }

        public int area() {
            return 3 * r * r + y;
        }

        public void move(int dx, int dy) {
            x = (x + dy) % 1000;
            y = (y + dx) % 1000;
        }
    }

    static final class Tri implements Shape {
        int x, y;
        final int b, h;

        Tri(int x, int y, int b, int h) {
            this.x = x;
            this.y = y;
            this.b = b;
            this.h = h;
        }

        public int area() {
            return b * h / 2 + x + y;
        }

        public void move(int dx, int dy) {
            x = (x + dx + 1) % 1000;
            y = (y + 2 * dy) % 1000;
        }
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Rect(1, 2, 3, 4), new Circle(5, 6, 7), new Tri(8, 9, 10, 11), new Rect(12, 13, 2, 2), new Circle(14, 15, 1)};
        int n = 8000000;
        int sum = 0;
        for (int i = 0; i < n; i++) {
            Shape s = shapes[i % 5];
            s.move(i % 7, i % 11);
            sum = (sum + s.score(i % 3)) % 1000003;
        }
        if (sum < 0 || sum >= 1000003) {
            throw new IllegalStateException("sum out of range " + sum);
        }
        System.out.println("calls " + n + " checksum " + sum);
    }
}
