// The SIGKILL test's world: a counter and a structure that must agree.
// Every step increments count and one of 64 cells; the cells always sum to
// count, and the log map holds one entry per thousand steps.
def main() {
    var cells = [];
    for (var i = 0; i < 64; i += 1) { cells.push(0); }
    var count = 0;
    var log = {};
    var junk = [];
    while (true) {
        count += 1;
        cells[count % 64] += 1;
        junk.push("s" + count);
        if (junk.length() > 2000) { junk = []; }
        if (count % 1000 == 0) { log["k" + (count / 1000)] = count; }
        if (count % 20000 == 0) {
            var sum = 0;
            for (c in cells) { sum += c; }
            print("count=" + count + " sum=" + sum + " logs=" + log.size() + " boots=" + System.boots());
        }
    }
}
