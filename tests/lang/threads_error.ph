// An uncaught error ends its own thread only: the others, main included,
// go on. (It is reported on stderr; main returning normally still exits 0.)

def main() {
    var step = 0;
    new Thread(fn() {
        step = 1;
        var zero = 0;
        var x = 1 / zero;           // uncaught in this thread
        step = 2;
    });
    while (step == 0) {
        Thread.sleep(1);
    }
    Thread.sleep(50);
    print(step);

    var thrown = false;
    new Thread(fn() {
        thrown = true;
        throw "user value, uncaught";
    });
    while (!thrown) {
        Thread.sleep(1);
    }
    Thread.sleep(50);
    print("main still running");

    // a thread may catch its own errors and carry on
    var status = "";
    new Thread(fn() {
        try {
            var n = null;
            n.go();
        } catch (e) {
            status = "thread caught " + e.className();
        }
    });
    while (status == "") {
        Thread.sleep(1);
    }
    print(status);

    var later = 0;
    new Thread(fn() { later = 42; });
    while (later == 0) {
        Thread.sleep(1);
    }
    print(later);
}
