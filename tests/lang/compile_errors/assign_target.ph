// Only variables, this.fields and a[i] can be assigned to.
def main() {
    1 = 2;
    print("must not run");
}
