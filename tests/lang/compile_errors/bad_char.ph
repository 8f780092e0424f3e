// A character that starts no token.
def main() {
    var x = 3 @ 4;
    print("must not run");
}
