// expect: java/lang/ClassLoader
// A custom class loader: classes defined from bytes at run time.
public class classloader {
    static class Loader extends ClassLoader {
        Class<?> make(byte[] b) {
            return defineClass(null, b, 0, b.length);
        }
    }

    public static void main(String[] args) {
        System.out.println("start");
        Loader l = new Loader();
        System.out.println(l.make(new byte[] {1, 2, 3}));
    }
}
