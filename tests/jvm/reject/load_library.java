// expect: loadLibrary
// JNI: loading a shared library.
public class load_library {
    public static void main(String[] args) {
        System.out.println("start");
        System.loadLibrary("phantom_does_not_have_this");
    }
}
