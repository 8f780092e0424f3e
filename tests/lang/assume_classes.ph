// ASSUMPTIONS (see README.md): a subclass's methods read and write the
// fields its parents declare (fields are private to the object, not to the
// class); a class without init inherits its parent's init; new with an
// argument count that no init accepts throws an Error at run time; the
// result of new can be called directly: new C().m().

class Base {
    var size = 1;
    var name;
    def init(name) { this.name = name; }
    def getSize() { return size; }
}

class Derived extends Base {
    def grow() {
        size += 10;                 // a field declared by Base
        this.size *= 2;
        return name + " " + size;
    }
}

class NoArgs {
    def hello() { return "hello"; }
}

def main() {
    var d = new Derived("d");       // Base.init(name) is inherited
    print(d.grow());
    print(d.getSize());

    try {
        var bad = new Base(1, 2);
        print("not reached");
    } catch (e) {
        print("new: " + e.className());
    }
    try {
        var bad = new NoArgs(1);
        print("not reached");
    } catch (e) {
        print("new without init: " + e.className());
    }
    print(new NoArgs().hello());
}
