// expect: java/lang/invoke
// Method handles used directly (lambdas' own invokedynamic is supported;
// a program's MethodHandles.lookup() is reflection).
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

public class method_handles {
    public static void main(String[] args) throws Throwable {
        System.out.println("start");
        MethodHandle h = MethodHandles.lookup().findVirtual(String.class, "length", MethodType.methodType(int.class));
        System.out.println((int) h.invokeExact("four"));
    }
}
