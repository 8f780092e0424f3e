// extends needs a class name.
class A extends {
}

def main() {
    print("must not run");
}
