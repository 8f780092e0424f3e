// Recursive calls: naive Fibonacci, fib(27) computed 100 times. Same
// algorithm and output as fib.lua.
public class fib {
    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    public static void main(String[] args) {
        int total = 0;
        for (int i = 0; i < 100; i++) {
            int f = fib(27);
            if (f != 196418) {
                throw new IllegalStateException("fib(27) = " + f);
            }
            total += f;
        }
        System.out.println("fib(27) x 100 = " + total);
    }
}
