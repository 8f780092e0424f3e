// A string literal must end on its line.
def main() {
    print("abc);
}
