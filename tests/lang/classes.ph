// Classes: fields, init, methods, this, toString, instances.

class Counter extends Object {
    var count = 0;                  // fields, with optional initialisers
    var step;

    def init(step) { this.step = step; }      // constructor, called by `new`
    def tick() { count += step; return count; }
    def toString() { return "Counter(" + count + ")"; }
}

class Plain {
    def hello() { return "hello from Plain"; }
}

class Stack {
    var items = [];
    def push(x) { items.push(x); return this; }       // returning this allows chaining
    def pop() { return items.pop(); }
    def size() { return items.length(); }
    def isEmpty() { return this.size() == 0; }        // a method calling another
    def peek() { return items[items.length() - 1]; }
}

class Node {
    var value;
    var next;
    def init(value, next) { this.value = value; this.next = next; }
    def getValue() { return value; }
    def getNext() { return next; }
}

def main() {
    var c = new Counter(2);
    c.tick();
    print(c);                       // Counter(2)
    c.tick();
    print(c.tick());
    var d = new Counter(5);
    d.tick();
    print(c.toString() + " " + d.toString());

    var p = new Plain();
    print(p.hello());

    var s = new Stack();
    print(s.isEmpty());
    s.push(1).push(2).push(3);
    print(s.size());
    print(s.peek());
    print(s.pop());
    print(s.size());
    var s2 = new Stack();           // field initialisers run for each new object
    print(s2.size());

    var list = null;
    for (var i = 1; i <= 5; i += 1) {
        list = new Node(i, list);
    }
    var vals = [];
    var n = list;
    while (n != null) {
        vals.push(n.getValue());
        n = n.getNext();
    }
    print(vals.join("->"));

    var later = new DefinedLater("late");
    print(later.name());
    print(c.className());
    print(later.className());
}

class DefinedLater {
    var n;
    def init(n) { this.n = n; }
    def name() { return "class " + n; }
}
