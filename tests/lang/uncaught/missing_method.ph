// Calling a method that does not exist, uncaught.
class Duck {
    def quack() { return "quack"; }
}

def main() {
    var d = new Duck();
    print(d.quack());
    print(d.bark());                // ERROR-LINE
}
