def main() {
    var n = 0; var done = 0;
    for (var i = 0; i < 3; i += 1) {
        new Thread(fn() { for (var j = 0; j < 100; j += 1) { n += 1; } done += 1; });
    }
    while (done < 3) { Thread.sleep(1); }
    print(n); print(Thread.current() != null);
    new Thread(fn() { throw "boom"; });
    Thread.sleep(5);
    print(System.uptime() >= 0); print(System.boots());
}
