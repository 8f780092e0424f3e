// The condition of if needs parentheses.
def main() {
    var x = 2;
    if x > 1 {
        print("must not run");
    }
}
