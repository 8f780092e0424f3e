// wait/notify between two threads: a bounded buffer (capacity 3) with one
// producer and one consumer (the consumer sees the items in order), strict
// ping-pong alternation through a turn flag (prints from both threads in a
// fixed order), a gate opened with notifyAll for three waiters, wait()
// without holding the monitor (IllegalMonitorStateException), and
// interrupt() of a waiting thread (InterruptedException).
import java.util.ArrayList;
import java.util.List;

public class threads_wait_notify {
    static class Buffer {
        private final int[] items = new int[3];
        private int head, count;

        synchronized void put(int v) throws InterruptedException {
            while (count == items.length) {
                wait();
            }
            items[(head + count) % items.length] = v;
            count++;
            notifyAll();
        }

        synchronized int take() throws InterruptedException {
            while (count == 0) {
                wait();
            }
            int v = items[head];
            head = (head + 1) % items.length;
            count--;
            notifyAll();
            return v;
        }
    }

    static class PingPong {
        private boolean pingTurn = true;

        synchronized void hit(boolean ping, int round) throws InterruptedException {
            while (pingTurn != ping) {
                wait();
            }
            System.out.println((ping ? "ping " : "  pong ") + round);
            pingTurn = !ping;
            notify();
        }
    }

    static class Gate {
        private boolean open;
        private int passed;

        synchronized void pass() throws InterruptedException {
            while (!open) {
                wait();
            }
            passed++;
        }

        synchronized void open() {
            open = true;
            notifyAll();
        }

        synchronized int passed() {
            return passed;
        }
    }

    public static void main(String[] args) throws Exception {
        Buffer buf = new Buffer();
        List<Integer> got = new ArrayList<>();
        Thread producer = new Thread(() -> {
            try {
                for (int i = 1; i <= 200; i++) {
                    buf.put(i * i % 1000);
                }
                buf.put(-1);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        Thread consumer = new Thread(() -> {
            try {
                for (int v = buf.take(); v != -1; v = buf.take()) {
                    got.add(v);
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        consumer.start();
        producer.start();
        producer.join();
        consumer.join();
        long sum = 0;
        boolean ordered = true;
        for (int i = 0; i < got.size(); i++) {
            sum += got.get(i);
            ordered &= got.get(i) == (i + 1) * (i + 1) % 1000;
        }
        System.out.println("consumed " + got.size() + " sum " + sum + " in order " + ordered + " first " + got.subList(0, 8));
        PingPong pp = new PingPong();
        Thread pinger = new Thread(() -> {
            try {
                for (int i = 0; i < 5; i++) {
                    pp.hit(true, i);
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        Thread ponger = new Thread(() -> {
            try {
                for (int i = 0; i < 5; i++) {
                    pp.hit(false, i);
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        ponger.start();
        pinger.start();
        pinger.join();
        ponger.join();
        Gate gate = new Gate();
        Thread[] waiters = new Thread[3];
        for (int i = 0; i < waiters.length; i++) {
            waiters[i] = new Thread(() -> {
                try {
                    gate.pass();
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
            waiters[i].start();
        }
        gate.open();
        for (Thread w : waiters) {
            w.join();
        }
        System.out.println("passed the gate: " + gate.passed());
        Object lock = new Object();
        try {
            lock.wait();
        } catch (IllegalMonitorStateException e) {
            System.out.println("wait without the monitor: " + e.getClass().getName());
        }
        try {
            lock.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify without the monitor: " + e.getClass().getName());
        }
        String[] outcome = new String[1];
        Thread sleeper = new Thread(() -> {
            synchronized (lock) {
                try {
                    while (true) {
                        lock.wait();
                    }
                } catch (InterruptedException e) {
                    outcome[0] = "interrupted while waiting, flag now " + Thread.currentThread().isInterrupted();
                }
            }
        });
        sleeper.start();
        sleeper.interrupt();
        sleeper.join();
        System.out.println(outcome[0]);
        Thread.currentThread().interrupt();
        System.out.println("interrupted() " + Thread.interrupted() + " then " + Thread.interrupted());
    }
}
