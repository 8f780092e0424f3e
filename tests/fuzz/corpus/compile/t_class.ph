class A {
    var x = 1; var y;
    def init(y) { this.y = y; }
    def sum() { return x + y; }
    def toString() { return "A(" + x + "," + y + ")"; }
}
class B extends A {
    var z = [1, 2];
    def init(y) { super.init(y * 2); z.push(y); }
    def sum() { return super.sum() + z.length(); }
    def sum(k) { return sum() * k; }
}
def main() {
    var b = new B(3);
    print(b); print(b.sum()); print(b.sum(2)); print(b.className());
    print(b.equals(b)); print(b.hashCode() == b.hashCode());
}
