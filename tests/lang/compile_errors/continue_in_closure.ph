// A closure body is not inside the loop around the closure.
def main() {
    while (true) {
        var f = fn() {
            continue;
        };
    }
}
