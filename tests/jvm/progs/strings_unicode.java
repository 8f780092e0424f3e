// Strings are UTF-16: length, charAt, codes of chars, hashCode, substring,
// indexOf/lastIndexOf (char and string), toUpperCase/toLowerCase and
// equalsIgnoreCase, compareTo and compareToIgnoreCase, all on Cyrillic
// text («Привет, мир»), mixed scripts, a surrogate pair (two chars),
// char arithmetic on Cyrillic letters, building strings from char codes,
// Character's classification of non-ASCII letters, and output as UTF-8.
public class strings_unicode {
    public static void main(String[] args) {
        String s = "«Привет, мир»";
        System.out.println(s);
        System.out.println("length " + s.length() + " hash " + s.hashCode());
        StringBuilder codes = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            codes.append((int) s.charAt(i)).append(' ');
        }
        System.out.println(codes.toString().trim());
        System.out.println(s.charAt(1) + " " + s.charAt(s.length() - 2) + " " + (char) (s.charAt(1) + 1));
        System.out.println(s.substring(1, 7) + "|" + s.substring(9) + "|" + s.substring(0, 0) + "|");
        System.out.println(s.indexOf('и') + " " + s.lastIndexOf('и') + " " + s.indexOf("мир") + " " + s.indexOf("Мир") + " " + s.indexOf('и', 5) + " " + s.indexOf("") + " " + s.lastIndexOf("и", 5));
        System.out.println(s.toUpperCase() + " " + s.toLowerCase());
        System.out.println("ПРИВЕТ".equalsIgnoreCase("привет") + " " + "ПРИВЕТ".equals("привет") + " " + "Ёлка".equalsIgnoreCase("ёЛКА") + " " + "ёж".toUpperCase());
        System.out.println("мир".compareTo("мир") + " " + "мир".compareTo("мирный") + " " + "яблоко".compareTo("арбуз") + " " + "Б".compareTo("а") + " " + "Б".compareToIgnoreCase("а"));
        System.out.println("ÀÉÎÕÜ".toLowerCase() + " " + "àéîõü".toUpperCase() + " " + "Ωμέγα".toUpperCase() + " " + "ΣΟΦΙΑ".toLowerCase().length());
        String mixed = "abc Где 123 ñ ü";
        StringBuilder kinds = new StringBuilder();
        for (int i = 0; i < mixed.length(); i++) {
            char c = mixed.charAt(i);
            kinds.append(Character.isLetter(c) ? (Character.isUpperCase(c) ? 'U' : Character.isLowerCase(c) ? 'l' : 'L') : Character.isDigit(c) ? 'd' : Character.isWhitespace(c) ? '_' : '?');
        }
        System.out.println(kinds);
        String emoji = "a\uD83D\uDE00b";
        System.out.println("surrogates: length " + emoji.length() + " chars " + (int) emoji.charAt(1) + " " + (int) emoji.charAt(2) + " hash " + emoji.hashCode() + " high " + Character.isHighSurrogate(emoji.charAt(1)) + " " + Character.isLowSurrogate(emoji.charAt(2)));
        System.out.println(emoji + " " + emoji.substring(1, 3) + " " + emoji.indexOf("b"));
        StringBuilder alphabet = new StringBuilder();
        for (char c = 'А'; c <= 'Я'; c++) {
            alphabet.append(c);
        }
        System.out.println(alphabet + " " + alphabet.length());
        System.out.println(alphabet.toString().toLowerCase());
        char[] cs = {0x41F, 0x43E, 0x43A, 0x430};
        System.out.println(new String(cs) + " " + String.valueOf(cs, 1, 2) + " " + (char) 0x416 + (char) 1078);
        String word = "мама мыла раму";
        int count = 0;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) == 'м') {
                count++;
            }
        }
        System.out.println("м x " + count + " replace " + word.replace('м', 'М') + " " + word.replace("ма", "па") + " contains " + word.contains("мыла") + " starts " + word.startsWith("мам") + " ends " + word.endsWith("раму"));
        System.out.println("  пробелы  ".trim() + "|" + "тест".isEmpty() + "|" + "".isEmpty() + "|" + String.join("-", "а", "б", "в"));
        char[] arr = "строка".toCharArray();
        java.util.Arrays.sort(arr);
        System.out.println(new String(arr) + " " + arr.length);
        System.out.println(Character.toUpperCase('ж') + " " + Character.toLowerCase('Ж') + " " + Character.isLetterOrDigit('ж') + " " + Character.isDigit('ж') + " " + Character.isLetter('»') + " " + Character.getNumericValue('z'));
        System.out.println("日本語".length() + " " + "日本語".charAt(1) + " " + "日本語".hashCode() + " " + "한국어".toUpperCase());
    }
}
