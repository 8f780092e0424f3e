// eater.ph - a program that allocates until it gets "out of memory".
//
// Run by tests/system/test_rollback.py (phantom.run=eater) on a small
// disk: the heap's limit comes from what the store can commit, so the
// Error comes from the heap, and the snapshots go on committing. It keeps
// what it ate (the world stays full), then prints its step every second.
//     eater: start boots=B
//     eater: out of memory after N blocks (MESSAGE)
//     eater: alive boots=B blocks=N         every second, forever

def main() {
    print("eater: start boots=" + System.boots());
    var block = "x";
    for (var i = 0; i < 16; i += 1) {
        block = block + block;
    }
    var keep = [];
    try {
        while (true) {
            keep.push(block + keep.length());
        }
    } catch (e) {
        print("eater: out of memory after " + keep.length() + " blocks (" + e.message() + ")");
    }
    while (true) {
        print("eater: alive boots=" + System.boots() + " blocks=" + keep.length());
        Thread.sleep(1000);
    }
}
