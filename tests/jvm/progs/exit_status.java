// System.exit(3) from inside nested calls and a try with a finally: the
// finally does not run, output printed before is kept, the status is 3.
// Also a Runtime shutdown is not involved: nothing is printed after.
public class exit_status {
    static void deep(int n) {
        if (n == 0) {
            System.out.println("exiting with 3");
            System.exit(3);
        }
        deep(n - 1);
    }

    public static void main(String[] args) {
        System.out.println("start");
        try {
            deep(5);
        } finally {
            System.out.println("finally must not run");
        }
        System.out.println("not reached");
    }
}
