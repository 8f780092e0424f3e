import java.util.*;
public class Count {
    public static void main(String[] a) throws Exception {
        List<String> seen = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            seen.add("n" + i);
            sb.append(i % 10);
            System.out.println(i + " " + seen.size() + " " + sb);
            Thread.sleep(100);
        }
        System.out.println("done " + seen);
    }
}
