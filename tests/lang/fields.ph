// Fields: initialisers, null default, bare names and this.name, parameters
// that share a field's name, fields used from closures made in methods.

var made = 0;

def nextId() {
    made += 1;
    return made;
}

class Box {
    var id = nextId();              // initialisers run for every new object
    var items = [];                 // so each Box gets its own array
    var label;                      // no initialiser: null
    var a = 1; var b = 2;           // several declarations on one line

    def init(label) { this.label = label; }
    def getId() { return id; }
    def add(x) { items.push(x); }
    def count() { return this.items.length(); }
    def getLabel() { return label; }
    def relabel(label) {
        this.label = label + "!";   // the parameter shadows the field
        return this.label;
    }
    def sum() { return a + this.b; }
    def grow() {
        a += 10;
        this.b *= 3;
        return a + b;
    }
}

class Lazy {
    var value;
    def isNull() { return value == null; }
    def set(v) { value = v; }
    def get() { return this.value; }
}

class Clicker {
    var clicks = 0;
    var handlers = [];
    def makeHandler() {
        return fn() { clicks += 1; };           // bare field name in a closure
    }
    def makeThisHandler() {
        return fn(n) { this.clicks += n; };     // this in a closure is the method's this
    }
    def getClicks() { return clicks; }
}

def main() {
    var b1 = new Box("one");
    var b2 = new Box("two");
    print(b1.getId());
    print(b2.getId());
    b1.add("x");
    b1.add("y");
    b2.add("z");
    print(b1.count());
    print(b2.count());
    print(b1.getLabel());
    print(b1.relabel("uno"));
    print(b1.getLabel());
    print(b2.getLabel());
    print(b1.sum());
    print(b1.grow());
    print(b1.grow());
    print(b2.sum());

    var l = new Lazy();
    print(l.isNull());
    l.set(7);
    print(l.isNull());
    print(l.get());

    var c = new Clicker();
    var h = c.makeHandler();
    var h2 = c.makeThisHandler();
    h();
    h();
    h2(10);
    print(c.getClicks());
    var other = new Clicker();
    var oh = other.makeHandler();
    oh();
    print(other.getClicks());
    print(c.getClicks());
}
