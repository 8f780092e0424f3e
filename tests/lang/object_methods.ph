// Object's methods: toString(), equals(o), hashCode(), className(),
// inherited by every class and answered by the built-in classes.

class Plain {
}

class Money {
    var cents;
    def init(cents) { this.cents = cents; }
    def getCents() { return cents; }
    def equals(o) { return o.className() == "Money" && o.getCents() == cents; }
    def hashCode() { return cents * 7; }
    def toString() { return "$" + cents / 100 + "." + cents % 100 / 10 + cents % 10; }
}

def main() {
    var p = new Plain();
    var q = new Plain();
    print(p.className());
    var s = p.toString();           // the default text is open; it is a String
    print(s.className());
    print(s.length() > 0);
    print(p.equals(p));             // default equals is identity
    print(p.equals(q));
    print(p.equals(null));
    print(p.hashCode() == p.hashCode());
    var h = p.hashCode();
    print(h == p.hashCode());

    var m1 = new Money(1234);
    var m2 = new Money(1234);
    var m3 = new Money(5);
    print(m1.toString());
    print(m3.toString());
    print(m1);
    print(m1.equals(m2));
    print(m1.equals(m3));
    print(m1 == m2);                // == on objects is identity, whatever equals says
    print(m1.hashCode() == m2.hashCode());
    print(m1.hashCode());

    print("text".className());
    print([1, 2].className());
    print({"k": 1}.className());
    var na = new Array();
    print(na.className());

    var n = 42;
    print(n.toString());
    print(n.toString() + "!");
    print(n.hashCode() == n.hashCode());
    print("abc".toString() == "abc");
    print("abc".hashCode() == ("ab" + "c").hashCode());
    print("abc".equals("ab" + "c"));
    print("abc".equals("abd"));
    var arr = [1];
    print(arr.equals(arr));
    print(arr.equals([1]));
    print(arr.toString().className());
}
