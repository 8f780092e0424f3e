// An expression cannot start with ')'.
def main() {
    var x = );
    print("must not run");
}
