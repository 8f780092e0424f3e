// expect: getDeclaredMethods
// Reflection: listing a class's methods.
public class reflect_methods {
    public int twice(int x) {
        return 2 * x;
    }

    public static void main(String[] args) {
        System.out.println("start");
        java.lang.reflect.Method[] ms = reflect_methods.class.getDeclaredMethods();
        System.out.println(ms.length);
    }
}
