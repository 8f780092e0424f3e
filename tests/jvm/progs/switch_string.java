// Switch on strings (hashCode then equals): plain cases, cases whose
// hashCodes collide ("Aa" and "BB", "AaAa"/"BBBB"/"AaBB"), a string with
// the hashCode of a case but not equal to it, the empty string, Cyrillic
// cases, fall-through between string cases, default, and a null string
// (NullPointerException).
public class switch_string {
    static String lookup(String s) {
        switch (s) {
            case "Aa":
                return "Aa";
            case "BB":
                return "BB";
            case "AaAa":
                return "AaAa";
            case "BBBB":
                return "BBBB";
            case "AaBB":
                return "AaBB";
            case "":
                return "empty";
            case "hello":
                return "greeting";
            default:
                return "default(" + s + ")";
        }
    }

    static int price(String fruit) {
        int p = 0;
        switch (fruit) {
            case "apple":
                p += 1;
            case "pear":
                p += 2;
                break;
            case "plum":
            case "cherry":
                p = 10;
                break;
            default:
                p = -1;
        }
        return p;
    }

    static String ru(String word) {
        switch (word) {
            case "да":
                return "yes";
            case "нет":
                return "no";
            case "Привет":
                return "hello";
            case "мир":
                return "world";
            default:
                return "?";
        }
    }

    public static void main(String[] args) {
        String[] probes = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "hello", "Hello", "C#"};
        for (String p : probes) {
            System.out.println("'" + p + "' hash " + p.hashCode() + " -> " + lookup(p));
        }
        for (String f : new String[] {"apple", "pear", "plum", "cherry", "kiwi"}) {
            System.out.println(f + " " + price(f));
        }
        for (String w : new String[] {"да", "нет", "Привет", "привет", "мир", "мир!"}) {
            System.out.println(w + " -> " + ru(w));
        }
        String built = new StringBuilder("ol").append("leh").reverse().toString();
        System.out.println(built + " -> " + lookup(built));
        String nul = null;
        try {
            lookup(nul);
        } catch (NullPointerException e) {
            System.out.println("null: NullPointerException");
        }
        int count = 0;
        String text = "to be or not to be that is the question";
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                String word = text.substring(start, i);
                start = i + 1;
                switch (word) {
                    case "to":
                    case "be":
                        count += 10;
                        break;
                    case "not":
                        count -= 5;
                        break;
                    case "question":
                        count *= 2;
                        break;
                    default:
                        count++;
                }
            }
        }
        System.out.println("count " + count);
    }
}
