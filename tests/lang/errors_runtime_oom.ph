// Running out of memory throws an Error that can be caught; once the
// references are dropped, the memory can be used again.

def main() {
    // one string that doubles until it no longer fits
    var s = "0123456789abcdef";
    var doublings = 0;
    try {
        while (true) {
            s = s + s;
            doublings += 1;
        }
    } catch (e) {
        print("doubling: " + e.className() + " " + (e.message().length() > 0));
    }
    s = null;
    print(doublings > 10);

    // many live objects of 64 KiB each
    var block = "x";
    for (var i = 0; i < 16; i += 1) {
        block = block + block;
    }
    print(block.length());
    var keep = [];
    try {
        while (true) {
            var entry = [block + keep.length(), keep.length()];
            keep.push(entry);
        }
    } catch (e) {
        print("many objects: " + e.className());
    }
    var kept = keep.length();
    keep = null;
    print(kept > 10);

    // the collector reclaims what was dropped
    var again = [];
    for (var i = 0; i < 100000; i += 1) {
        again.push("item" + i);
    }
    print(again.length());
    print(again[99999]);
}
