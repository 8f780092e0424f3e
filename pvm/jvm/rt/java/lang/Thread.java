package java.lang;

/*
 * Thread - a Java thread is a pvm thread running its run() (through
 * jrun(), which prints what escapes it as the JVM does). The pvm thread is
 * kept in vmThread; the one a thread runs on maps back to its Thread
 * through currentThread (the main thread gets its Thread on first use).
 * Waiting (sleep, join, wait) is pvm's restartable sleep, so a thread
 * stopped by a snapshot resumes where it was.
 */
public class Thread implements Runnable {
    private static int nextNum;
    private static long nextId = 1;
    private Object vmThread;
    private Runnable target;
    private String name;
    private long tid;
    private boolean daemon, started, interrupted;
    private int priority = NORM_PRIORITY;
    private UncaughtExceptionHandler handler;
    private static UncaughtExceptionHandler defaultHandler;

    public static final int MIN_PRIORITY = 1, NORM_PRIORITY = 5, MAX_PRIORITY = 10;

    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }

    public Thread() { this(null, null); }
    public Thread(Runnable target) { this(target, null); }
    public Thread(String name) { this(null, name); }
    public Thread(Runnable target, String name) {
        this.target = target;
        this.name = name != null ? name : "Thread-" + nextNum++;
        this.tid = nextId++;
        Thread cur = current0();
        if (cur != null)
            this.daemon = cur.daemon;
    }

    /* the thread main() runs on: no number taken from Thread-N */
    private Thread(String name, boolean main) {
        this.name = name;
        this.tid = nextId++;
        this.started = main;
    }

    public void run() {
        if (target != null)
            target.run();
    }

    /* What the pvm thread runs. */
    private void jrun() {
        try {
            run();
        } catch (Throwable t) {
            UncaughtExceptionHandler h = handler != null ? handler : defaultHandler;
            if (h != null)
                h.uncaughtException(this, t);
            else {
                System.err.print("Exception in thread \"" + name + "\" ");
                t.printStackTrace();
            }
        }
    }

    private static Thread[] all = new Thread[8];
    private static int nall;

    public synchronized void start() {
        if (started)
            throw new IllegalThreadStateException();
        started = true;
        if (nall == all.length) {
            Thread[] a = new Thread[nall * 2];
            System.arraycopy(all, 0, a, 0, nall);
            all = a;
        }
        all[nall++] = this;
        start0();
    }

    /* After main returns: the JVM ends when its last non-daemon thread does. */
    public static void jawait() {
        for (int i = 0; i < nall; i++) {
            Thread t = all[i];
            if (!t.daemon)
                while (t.isAlive())
                    sleep0(1);
        }
    }

    private native void start0();
    private native boolean alive0();
    private static native Thread current0();
    private static native void bind0(Thread t);
    private static native void sleep0(long ms);

    public final boolean isAlive() { return started && alive0(); }

    public static Thread currentThread() {
        Thread t = current0();
        if (t == null) {
            t = new Thread("main", true);
            bind0(t);
        }
        return t;
    }

    public static void sleep(long ms) throws InterruptedException {
        if (ms < 0)
            throw new IllegalArgumentException("timeout value is negative");
        Thread t = currentThread();
        if (t.interrupted) {
            t.interrupted = false;
            throw new InterruptedException("sleep interrupted");
        }
        long end = System.currentTimeMillis() + ms;
        for (;;) {
            long left = end - System.currentTimeMillis();
            if (left <= 0)
                break;
            sleep0(left < 10 ? left : 10);
            if (t.interrupted) {
                t.interrupted = false;
                throw new InterruptedException("sleep interrupted");
            }
        }
    }

    public static void sleep(long ms, int nanos) throws InterruptedException { sleep(ms); }

    public static void yield() { sleep0(0); }

    public static void onSpinWait() { sleep0(0); }

    public final void join() throws InterruptedException { join(0); }

    public final void join(long ms) throws InterruptedException {
        if (ms < 0)
            throw new IllegalArgumentException("timeout value is negative");
        long end = System.currentTimeMillis() + ms;
        Thread me = currentThread();
        while (isAlive()) {
            if (ms > 0 && System.currentTimeMillis() >= end)
                return;
            if (me.interrupted) {
                me.interrupted = false;
                throw new InterruptedException();
            }
            sleep0(1);
        }
    }

    public void interrupt() { interrupted = true; }
    public boolean isInterrupted() { return interrupted; }
    public static boolean interrupted() {
        Thread t = currentThread();
        boolean was = t.interrupted;
        t.interrupted = false;
        return was;
    }
    /* Object.wait's view of it (jmonitor: a waiting thread wakes). */
    boolean takeInterrupt() {
        boolean was = interrupted;
        interrupted = false;
        return was;
    }

    public final String getName() { return name; }
    public final void setName(String name) { this.name = name; }
    public long getId() { return tid; }
    public final boolean isDaemon() { return daemon; }
    public final void setDaemon(boolean on) {
        if (started)
            throw new IllegalThreadStateException();
        daemon = on;
    }
    public final int getPriority() { return priority; }
    public final void setPriority(int p) {
        if (p < MIN_PRIORITY || p > MAX_PRIORITY)
            throw new IllegalArgumentException();
        priority = p;
    }
    public static native boolean holdsLock(Object o);
    public void setUncaughtExceptionHandler(UncaughtExceptionHandler h) { handler = h; }
    public UncaughtExceptionHandler getUncaughtExceptionHandler() { return handler; }
    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler h) { defaultHandler = h; }
    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() { return defaultHandler; }
    boolean started() { return started; }

    public String toString() { return "Thread[" + name + "," + priority + ",main]"; }
}
