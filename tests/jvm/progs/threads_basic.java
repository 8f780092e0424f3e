// Threads: start and join with a Runnable, a lambda, a method reference and
// a Thread subclass; default names (Thread-N, counted in creation order)
// and given names; currentThread() inside and outside; each thread writing
// its own slot of a shared array (read after join); threads run one after
// the other with join so their prints are ordered; isAlive before start and
// after join; a shared counter under synchronized from four threads; an
// uncaught-exception handler; start() twice (IllegalThreadStateException).
public class threads_basic {
    static int counter;
    static final Object LOCK = new Object();

    static class Worker extends Thread {
        final long[] out;
        final int slot;

        Worker(long[] out, int slot) {
            this.out = out;
            this.slot = slot;
        }

        @Override
        public void run() {
            long s = 0;
            for (int i = 1; i <= 1000 * (slot + 1); i++) {
                s += i;
            }
            out[slot] = s;
        }
    }

    static void hello() {
        System.out.println("method reference on " + Thread.currentThread().getName());
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("main thread: " + Thread.currentThread().getName());
        Thread a = new Thread(new Runnable() {
            public void run() {
                System.out.println("runnable on " + Thread.currentThread().getName());
            }
        });
        Thread b = new Thread(() -> System.out.println("lambda on " + Thread.currentThread().getName()));
        Thread c = new Thread(threads_basic::hello, "named-c");
        System.out.println("alive before start: " + a.isAlive());
        a.start();
        a.join();
        b.start();
        b.join();
        c.start();
        c.join();
        System.out.println("alive after join: " + a.isAlive() + " names " + a.getName() + " " + b.getName() + " " + c.getName());
        long[] results = new long[4];
        Worker[] ws = new Worker[4];
        for (int i = 0; i < ws.length; i++) {
            ws[i] = new Worker(results, i);
        }
        for (Worker w : ws) {
            w.start();
        }
        for (Worker w : ws) {
            w.join();
        }
        System.out.println("worker names " + ws[0].getName() + " .. " + ws[3].getName());
        for (int i = 0; i < results.length; i++) {
            System.out.println("slot " + i + " = " + results[i]);
        }
        Thread[] incs = new Thread[4];
        for (int i = 0; i < incs.length; i++) {
            incs[i] = new Thread(() -> {
                for (int k = 0; k < 10000; k++) {
                    synchronized (LOCK) {
                        counter++;
                    }
                }
            });
            incs[i].start();
        }
        for (Thread t : incs) {
            t.join();
        }
        System.out.println("counter " + counter);
        final String[] caught = new String[1];
        Thread bad = new Thread(() -> {
            throw new IllegalStateException("from worker");
        }, "bad-one");
        bad.setUncaughtExceptionHandler((t, e) -> caught[0] = t.getName() + " threw " + e.getMessage());
        bad.start();
        bad.join();
        System.out.println("handler: " + caught[0]);
        try {
            a.start();
        } catch (IllegalThreadStateException e) {
            System.out.println("start twice: " + e.getClass().getName());
        }
        Thread named = new Thread(() -> { });
        named.setName("renamed");
        named.start();
        named.join();
        System.out.println(named.getName() + " daemon=" + named.isDaemon() + " main daemon=" + Thread.currentThread().isDaemon());
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                System.out.println("interrupted?");
            }
            System.out.println("slept");
        });
        sleeper.start();
        sleeper.join();
        System.out.println("done");
    }
}
