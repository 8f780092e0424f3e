// Switch on integers: a dense switch (tableswitch), a sparse one
// (lookupswitch) with negative, huge and Integer.MIN/MAX_VALUE keys,
// fall-through, a default in the middle, an empty switch, switches on
// char, byte, short and a boxed Integer (unboxed: null throws), nested
// switches, and break/continue inside a switch inside a loop.
public class switch_int {
    static String dense(int x) {
        switch (x) {
            case 0:
                return "zero";
            case 1:
                return "one";
            case 2:
                return "two";
            case 3:
                return "three";
            case 4:
                return "four";
            case 5:
                return "five";
            case 6:
                return "six";
            default:
                return "many(" + x + ")";
        }
    }

    static String sparse(int x) {
        switch (x) {
            case -1000000:
                return "minus a million";
            case -1:
                return "minus one";
            case 10:
                return "ten";
            case 1000:
                return "thousand";
            case 65536:
                return "2^16";
            case Integer.MAX_VALUE:
                return "max";
            case Integer.MIN_VALUE:
                return "min";
            default:
                return "other";
        }
    }

    static int fall(int x) {
        int acc = 0;
        switch (x) {
            case 1:
                acc += 1;
            case 2:
                acc += 10;
            default:
                acc += 100;
            case 3:
                acc += 1000;
                break;
            case 4:
                acc += 10000;
        }
        return acc;
    }

    static String kindOf(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u':
                return "vowel";
            case ' ':
                return "space";
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
                return "digit";
            default:
                return "other";
        }
    }

    static int nested(int a, int b) {
        switch (a) {
            case 0:
                switch (b) {
                    case 0:
                        return 0;
                    case 1:
                        return 1;
                }
                return 2;
            case 1:
                switch (b) {
                    case 100:
                        return 3;
                    default:
                        break;
                }
                return 4;
        }
        return 5;
    }

    public static void main(String[] args) {
        for (int i = -2; i <= 8; i++) {
            System.out.print(dense(i) + " ");
        }
        System.out.println();
        int[] keys = {-1000000, -1, 0, 10, 11, 1000, 65536, 65535, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE + 1};
        for (int k : keys) {
            System.out.println(k + " -> " + sparse(k));
        }
        for (int i = 0; i <= 5; i++) {
            System.out.print(fall(i) + " ");
        }
        System.out.println();
        String text = "hi 42 you";
        for (int i = 0; i < text.length(); i++) {
            System.out.print(kindOf(text.charAt(i)).charAt(0));
        }
        System.out.println();
        byte by = -3;
        switch (by) {
            case -3:
                System.out.println("byte -3");
                break;
            case 3:
                System.out.println("byte 3");
                break;
        }
        short sh = 300;
        switch (sh) {
            case 300:
                System.out.println("short 300");
        }
        Integer boxed = 2;
        switch (boxed) {
            case 1:
                System.out.println("boxed one");
                break;
            case 2:
                System.out.println("boxed two");
                break;
        }
        Integer none = null;
        try {
            switch (none) {
                case 1:
                    System.out.println("?");
            }
        } catch (NullPointerException e) {
            System.out.println("null Integer: NullPointerException");
        }
        switch (5) {
        }
        for (int a = 0; a < 3; a++) {
            System.out.print(nested(a, 0) + "" + nested(a, 1) + nested(a, 100) + " ");
        }
        System.out.println();
        int evens = 0;
        int stops = 0;
        for (int i = 0; i < 20; i++) {
            switch (i % 4) {
                case 0:
                    evens++;
                    break;
                case 1:
                    continue;
                case 2:
                    evens += 2;
                    break;
                default:
                    stops++;
            }
            evens += 100;
        }
        System.out.println(evens + " " + stops);
        long sum = 0;
        for (int i = 0; i < 1000; i++) {
            switch (i * 7919 % 13) {
                case 0: sum += 1; break;
                case 1: sum += 3; break;
                case 2: sum += 5; break;
                case 3: sum += 7; break;
                case 5: sum += 11; break;
                case 8: sum += 13; break;
                case 12: sum += 17; break;
                default: sum -= 1;
            }
        }
        System.out.println("sum " + sum);
    }
}
