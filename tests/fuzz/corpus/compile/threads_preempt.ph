// Threads are preempted: a thread in an endless loop never starves another,
// and the program ends when main returns even though spinners still run.

var spins = 0;

def main() {
    new Thread(fn() {
        while (true) {
            spins += 1;             // never sleeps, never returns
        }
    });

    // main busy-waits without sleeping: both must get turns
    var mine = 0;
    while (spins < 10000) {
        mine += 1;
    }
    print("spinner ran while main spun");

    // a worker finishes while the spinner keeps spinning
    var ticks = 0;
    new Thread(fn() {
        for (var i = 0; i < 100; i += 1) {
            ticks += 1;
        }
    });
    while (ticks < 100) {
        Thread.sleep(1);
    }
    print(ticks);

    // two more spinners: every one of them makes progress
    var a = 0;
    var b = 0;
    new Thread(fn() { while (true) { a += 1; } });
    new Thread(fn() { while (true) { b += 1; } });
    var before = spins;
    while (a < 1000 || b < 1000 || spins < before + 1000) {
        Thread.sleep(1);
    }
    print("all spinners progressed");

    // a spinner that sleeps now and then also keeps its place
    var naps = 0;
    new Thread(fn() {
        while (true) {
            naps += 1;
            Thread.sleep(1);
        }
    });
    while (naps < 5) {
        Thread.sleep(1);
    }
    print("napper ran");
}
