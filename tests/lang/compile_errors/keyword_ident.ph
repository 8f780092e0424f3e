// Keywords cannot be used as names.
def main() {
    var class = 1;
    print("must not run");
}
