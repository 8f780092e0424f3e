// Threads: new Thread(fn) runs fn concurrently; threads share the variables
// their closures capture. Joins are done by polling with Thread.sleep.

def waitFor(cond) {
    while (!cond()) {
        Thread.sleep(1);
    }
}

def main() {
    var done = false;
    var result = 0;
    new Thread(fn() {
        var s = 0;
        for (var i = 1; i <= 1000; i += 1) {
            s += i;
        }
        result = s;
        done = true;
    });
    waitFor(fn() { return done; });
    print(result);

    // four threads, each writing only its own slot
    var slots = [0, 0, 0, 0];
    for (var t = 0; t < 4; t += 1) {
        var id = t;
        new Thread(fn() { slots[id] = (id + 1) * 100; });
    }
    waitFor(fn() {
        for (v in slots) {
            if (v == 0) {
                return false;
            }
        }
        return true;
    });
    print(slots.join(" "));

    // Thread.current() is the running thread's Thread object
    var me = Thread.current();
    print(me.className());
    print(me == Thread.current());
    var inside = null;
    var th = new Thread(fn() { inside = Thread.current(); });
    waitFor(fn() { return inside != null; });
    print(inside == th);
    print(inside != me);

    // sleeping threads wake in order of their deadlines
    var log = [];
    var slow = new Thread(fn() { Thread.sleep(300); log.push("slow"); });
    var fast = new Thread(fn() { Thread.sleep(20); log.push("fast"); });
    waitFor(fn() { return log.length() == 2; });
    print(log.join(" then "));

    // a producer and a consumer handing items over through shared variables
    var box = null;
    var received = [];
    new Thread(fn() {
        for (var i = 1; i <= 5; i += 1) {
            while (box != null) {
                Thread.sleep(1);
            }
            box = i * i;
        }
    });
    new Thread(fn() {
        while (received.length() < 5) {
            if (box != null) {
                received.push(box);
                box = null;
            } else {
                Thread.sleep(1);
            }
        }
    });
    waitFor(fn() { return received.length() == 5; });
    print(received.join(","));

    // Thread.sleep really waits
    var t0 = System.uptime();
    Thread.sleep(100);
    print(System.uptime() - t0 >= 90);
}
