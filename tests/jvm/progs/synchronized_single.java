// synchronized methods (instance and static) and blocks with one thread:
// re-entry into a monitor already held, nested blocks on different objects,
// an exception thrown out of a synchronized block (the monitor is released:
// another thread can take it afterwards), synchronized on a class literal
// and on a string, return from inside a synchronized block, and
// synchronized(null) (NullPointerException).
public class synchronized_single {
    private int balance;
    private static int statics;
    private final Object lock = new Object();

    synchronized void deposit(int x) {
        balance += x;
        if (balance > 1000) {
            audit();
        }
    }

    synchronized void audit() {
        balance -= 1;
    }

    static synchronized int bumpStatic() {
        return ++statics;
    }

    int withBlock(int x) {
        synchronized (lock) {
            synchronized (this) {
                synchronized (lock) {
                    balance += x;
                    return balance;
                }
            }
        }
    }

    int failing(int x) {
        synchronized (lock) {
            if (x < 0) {
                throw new IllegalArgumentException("negative " + x);
            }
            return x;
        }
    }

    public static void main(String[] args) throws Exception {
        synchronized_single s = new synchronized_single();
        for (int i = 0; i < 15; i++) {
            s.deposit(100);
        }
        System.out.println("balance " + s.balance);
        System.out.println("withBlock " + s.withBlock(5));
        for (int i = 0; i < 3; i++) {
            try {
                System.out.println("failing " + s.failing(i - 1));
            } catch (IllegalArgumentException e) {
                System.out.println("caught " + e.getMessage());
            }
        }
        System.out.println(bumpStatic() + bumpStatic());
        synchronized (synchronized_single.class) {
            System.out.println("in class monitor " + bumpStatic());
        }
        String key = "key";
        synchronized (key) {
            synchronized (key) {
                System.out.println("string monitor twice");
            }
        }
        Object nothing = null;
        try {
            synchronized (nothing) {
                System.out.println("not reached");
            }
        } catch (NullPointerException e) {
            System.out.println("synchronized(null): NullPointerException");
        }
        final int[] seen = {0};
        Thread t = new Thread(() -> {
            synchronized (s.lock) {
                seen[0] = s.withBlock(1);
            }
        });
        t.start();
        t.join();
        System.out.println("other thread got the lock: " + seen[0]);
        int total = 0;
        for (int i = 0; i < 1000; i++) {
            synchronized (s) {
                total += i;
            }
        }
        System.out.println("total " + total + " holds lock now: " + Thread.holdsLock(s));
        synchronized (s) {
            System.out.println("holds lock inside: " + Thread.holdsLock(s));
        }
    }
}
