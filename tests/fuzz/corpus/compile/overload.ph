// Methods are dispatched by name and arity: one class may define the same
// name with different numbers of parameters, init included.

class Greeter {
    var greeting = "Hello";
    def init() { }
    def init(greeting) { this.greeting = greeting; }
    def greet() { return greeting + "!"; }
    def greet(name) { return greeting + ", " + name + "!"; }
    def greet(first, last) { return this.greet(first + " " + last); }
}

class Shape {
    def area() { return 0; }
    def describe() { return "shape with area " + this.area(); }
    def describe(unit) { return "shape with area " + this.area() + " " + unit; }
}

class Square extends Shape {
    var side;
    def init(side) { this.side = side; }
    def area() { return side * side; }
    def describe(unit) { return "square of " + side + unit + ", " + super.describe(unit); }
}

def main() {
    var g = new Greeter();
    print(g.greet());
    print(g.greet("Ada"));
    print(g.greet("Ada", "Lovelace"));
    var h = new Greeter("Hi");
    print(h.greet());
    print(h.greet("Bob"));

    var s = new Square(3);
    print(s.describe());            // inherited arity 0, calls the overriding area()
    print(s.describe("cm"));        // overridden arity 1
    var plain = new Shape();
    print(plain.describe("m"));
}
