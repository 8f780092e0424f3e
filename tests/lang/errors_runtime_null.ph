// Calling a method on null (a null receiver) throws an Error.

class Holder {
    var thing;
    def getThing() { return thing; }
    def useThing() { return thing.length(); }     // thing is still null
}

def report(label, e) {
    print(label + ": " + e.className() + " " + (e.message().length() > 0));
}

def main() {
    var x = null;
    try {
        x.foo();
        print("not reached");
    } catch (e) {
        report("method on null", e);
    }
    try {
        x.toString();
    } catch (e) {
        report("toString on null", e);
    }
    try {
        x.length();
    } catch (e) {
        report("length on null", e);
    }
    var h = new Holder();
    try {
        h.getThing().length();
    } catch (e) {
        report("returned null", e);
    }
    try {
        h.useThing();
    } catch (e) {
        report("null field", e);
    }
    try {
        var m = {};
        m.get("absent").go();
    } catch (e) {
        report("chained", e);
    }
    try {
        print(x[0]);
    } catch (e) {
        report("index null", e);
    }
    try {
        var f = null;
        f();
    } catch (e) {
        report("call null", e);
    }
    print(x == null);
}
