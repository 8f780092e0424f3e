// break is only allowed inside a loop.
def main() {
    print("must not run");
    break;
}
