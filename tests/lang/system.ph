// System: time() (ms since 1970), uptime() (ms since boot), boots(),
// snapshotStats() (a Map). Values vary from run to run, so only their
// properties are printed. time() exceeds 32 bits, so it is compared with floats.

def main() {
    var t1 = System.time();
    print(t1 > 1.6e12);             // after September 2020
    print(t1 < 1.0e13);             // and before the year 2286

    var u1 = System.uptime();
    print(u1 >= 0);
    Thread.sleep(60);
    var u2 = System.uptime();
    var t2 = System.time();
    print(u2 >= u1);
    print(u2 - u1 >= 50);
    print(u2 - u1 < 10000);
    print(t2 - t1 >= 50);
    print(t2 - t1 < 10000);

    var b = System.boots();
    print(b >= 0);
    print(b == System.boots());

    var stats = System.snapshotStats();
    print(stats.className());
    print(stats.size() >= 0);
    var n = 0;
    for (k in stats) {
        n += 1;
    }
    print(n == stats.size());
}
