// Module variables: initialised before main runs, shared by every function,
// method and closure of the module.

var counter = 0;
var greeting = "hi";
var limit = 6 * 7;
var table = [1, 2, 3];
var registry = {"a": 1};
var unset;

def increment() {
    counter += 1;
    return counter;
}

def register(name, v) {
    registry[name] = v;
}

class Tally {
    def add(n) {
        counter += n;             // a method sees module variables too
    }
}

def main() {
    print(counter);
    print(greeting);
    print(limit);
    print(table.length());
    print(registry["a"]);
    print(unset == null);

    increment();
    increment();
    print(increment());
    print(counter);

    var t = new Tally();
    t.add(10);
    print(counter);

    var bumpBy = fn(k) { counter = counter + k; };
    bumpBy(100);
    print(counter);

    register("b", 2);
    print(registry.size());
    table.push(4);
    print(table.join(""));

    greeting = greeting + "!";
    print(greeting);
    unset = "now set";
    print(unset);
}
