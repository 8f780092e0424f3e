// expect: stream
// Collection.stream(), a default method of a class in the subset that
// returns a java.util.stream type: refused all the same.
import java.util.ArrayList;
import java.util.List;

public class stream_collection {
    public static void main(String[] args) {
        System.out.println("start");
        List<String> l = new ArrayList<>();
        l.add("a");
        l.add("bb");
        System.out.println(l.stream().mapToInt(String::length).sum());
    }
}
