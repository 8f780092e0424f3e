// Unbounded recursion, uncaught: the thread ends with a reported error.
def forever(n) {
    return forever(n + 1) + 1;      // ERROR-LINE
}

def main() {
    print("start");
    forever(0);
}
