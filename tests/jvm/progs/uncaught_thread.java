// An uncaught exception in a thread other than main: the JVM prints
// `Exception in thread "worker-1" java.lang.IllegalStateException: worker
// failed` and its trace on stderr, the thread ends, main goes on and the
// program exits 0. The second thread, unnamed, is "Thread-1" (Thread-0 is
// the first thread made without a name).
public class uncaught_thread {
    public static void main(String[] args) throws InterruptedException {
        Thread quiet = new Thread(() -> System.out.println("quiet thread ran"));
        quiet.start();
        quiet.join();
        Thread t = new Thread(() -> {
            System.out.println("worker starts");
            throw new IllegalStateException("worker failed");
        }, "worker-1");
        t.start();
        t.join();
        Thread u = new Thread(() -> {
            int[] a = new int[1];
            a[2] = 0;
        });
        u.start();
        u.join();
        System.out.println("main continues; worker alive " + t.isAlive() + ", name of second " + u.getName());
    }
}
