// expect: java/time/LocalDate
// java.time is outside the subset; the call sits in a method main reaches
// only after printing, so the refusal must come at load time.
public class time_localdate {
    static String when() {
        return java.time.LocalDate.of(2024, 2, 29).plusDays(1).toString();
    }

    public static void main(String[] args) {
        System.out.println("start");
        if (args.length == 0) {
            System.out.println(when());
        }
    }
}
