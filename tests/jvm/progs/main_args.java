// args: alpha 42 -7 Привет
// The arguments of main: their count, values, lengths (UTF-16, Cyrillic
// too), parsing of numeric arguments, and args as an ordinary array.
public class main_args {
    public static void main(String[] args) {
        System.out.println("count " + args.length);
        int sum = 0;
        for (int i = 0; i < args.length; i++) {
            System.out.println(i + ": [" + args[i] + "] length " + args[i].length());
            try {
                sum += Integer.parseInt(args[i]);
            } catch (NumberFormatException e) {
                System.out.println("   not a number");
            }
        }
        System.out.println("sum " + sum + " class " + args.getClass().getSimpleName());
        String[] copy = args.clone();
        java.util.Arrays.sort(copy);
        System.out.println(java.util.Arrays.toString(copy) + " " + String.join("+", args));
    }
}
