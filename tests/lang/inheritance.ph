// Single inheritance: inherited and overridden methods, dynamic dispatch,
// parent and child fields, a three-level hierarchy.

class Animal {
    var name;
    var legs = 4;
    def init(name) { this.name = name; }
    def getName() { return name; }
    def getLegs() { return legs; }
    def sound() { return "..."; }
    def speak() { return name + " says " + this.sound(); }    // calls the override
    def kind() { return "animal"; }
}

class Dog extends Animal {
    var tricks = 0;
    def init(name) { super.init(name); }
    def sound() { return "woof"; }
    def learn() { tricks += 1; return tricks; }
}

class Cat extends Animal {
    def init(name) { super.init(name); }
    def sound() { return "meow"; }
    def kind() { return "cat"; }
}

class Kitten extends Cat {
    def init(name) { super.init(name); }
    def sound() { return "mew"; }
}

class Bird extends Animal {
    var wings = 2;
    def init(name) { super.init(name); }
    def getLimbs() { return wings + this.getLegs(); }
}

def main() {
    var zoo = [new Dog("Rex"), new Cat("Tom"), new Kitten("Bit"), new Animal("Thing")];
    for (a in zoo) {
        print(a.speak() + " (" + a.kind() + ", " + a.className() + ")");
    }

    var d = new Dog("Fido");
    d.learn();
    print(d.learn());
    print(d.getName());             // inherited method reads the parent's field
    print(d.getLegs());

    var b = new Bird("Tweety");
    print(b.getLimbs());            // parent field legs (4) + own field wings (2)

    var k = new Kitten("Kit");
    print(k.kind());                // inherited from Cat, not Animal
    print(k.speak());

    // every class extends Object
    print(d.equals(d));
    print(d.equals(k));
    print(d.hashCode() == d.hashCode());
}
