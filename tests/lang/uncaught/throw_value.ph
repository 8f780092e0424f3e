// An uncaught throw in main ends the program with exit status 1; the error
// is reported on stderr with its line (the line marked below).
def main() {
    print("before");
    throw "boom";                   // ERROR-LINE
    print("after");
}
