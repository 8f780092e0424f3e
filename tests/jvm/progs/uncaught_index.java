// An exception raised by the VM itself, uncaught: stderr starts with
// `Exception in thread "main" java.lang.ArrayIndexOutOfBoundsException:
// Index 3 out of bounds for length 3`; exit 1.
public class uncaught_index {
    public static void main(String[] args) {
        int[] a = {10, 20, 30};
        int sum = 0;
        for (int i = 0; i <= a.length; i++) {
            sum += a[i];
            System.out.println("sum " + sum);
        }
    }
}
