// An error thrown from inside a catch block is not caught by that try.
def main() {
    try {
        throw "first";
    } catch (e) {
        print("caught " + e);
        throw "second";             // ERROR-LINE
    }
    print("not reached");
}
