// One logged operation; hashCode is computed from the fields so that the
// log's checksum is the same on every JVM.
import java.util.Objects;

public class Transaction {
    private static int counter;
    final int id;
    final String kind;
    final String from;
    final String to;
    final long cents;

    Transaction(String kind, String from, String to, long cents) {
        this.id = ++counter;
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.cents = cents;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, from, to, cents);
    }

    @Override
    public String toString() {
        return "#" + id + " " + kind + " " + from + (to == null ? "" : " -> " + to) + " " + Account.format(cents);
    }
}
