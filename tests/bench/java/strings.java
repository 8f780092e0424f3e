// String building: a StringBuilder appending numbers and characters,
// cleared when it grows past 10000 chars after folding its characters
// into a hash; then string concatenation and comparisons. Same as
// strings.lua.
public class strings {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        long total = 0;
        int hash = 0;
        int flushes = 0;
        for (int i = 0; i < 3500000; i++) {
            sb.append(i).append(i % 3 == 0 ? ';' : ',');
            if (sb.length() > 10000) {
                String s = sb.toString();
                for (int k = 0; k < s.length(); k += 7) {
                    hash = (hash * 31 + s.charAt(k)) % 1000003;
                }
                total += s.length();
                flushes++;
                sb.setLength(0);
            }
        }
        total += sb.length();
        String word = "";
        int same = 0;
        for (int i = 0; i < 20000; i++) {
            word = "w" + (i % 100) + "-" + (i % 7);
            if (word.equals("w42-0")) {
                same++;
            }
        }
        if (total < 20000000) {
            throw new IllegalStateException("total " + total);
        }
        System.out.println("chars " + total + " flushes " + flushes + " hash " + hash + " same " + same + " last " + word);
    }
}
