// An index out of range inside a loop, uncaught.
def main() {
    var a = [1, 2, 3];
    var i = 0;
    while (true) {
        print(a[i]);                // ERROR-LINE
        i += 1;
    }
}
