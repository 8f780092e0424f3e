// expect: native method
// JNI: a native method in user code. There is no C to call.
public class native_method {
    static native int add(int a, int b);

    public static void main(String[] args) {
        System.out.println("start");
        System.out.println(add(1, 2));
    }
}
