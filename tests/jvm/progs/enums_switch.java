// Switch on enums (javac's $SwitchMap$ helper class): every constant, a
// default, fall-through, a switch in a loop over values(), an enum from
// another nested type, nested switches, and a null enum (NullPointerException).
public class enums_switch {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }

    enum State { IDLE, RUNNING, PAUSED, DONE }

    static String kind(Day d) {
        switch (d) {
            case SAT:
            case SUN:
                return "weekend";
            case FRI:
                return "almost";
            default:
                return "weekday";
        }
    }

    static int hours(Day d) {
        int h = 0;
        switch (d) {
            case MON:
                h += 1;
            case TUE:
                h += 2;
            case WED:
                h += 3;
                break;
            case THU:
                h = 40;
                break;
            case SAT:
                return -1;
        }
        return h;
    }

    static String color(Suit s) {
        switch (s) {
            case HEARTS:
            case DIAMONDS:
                return "red";
            case CLUBS:
            case SPADES:
                return "black";
        }
        return "?";
    }

    static State step(State s, char input) {
        switch (s) {
            case IDLE:
                return input == 's' ? State.RUNNING : State.IDLE;
            case RUNNING:
                switch (input) {
                    case 'p':
                        return State.PAUSED;
                    case 'x':
                        return State.DONE;
                    default:
                        return State.RUNNING;
                }
            case PAUSED:
                return input == 'r' ? State.RUNNING : input == 'x' ? State.DONE : State.PAUSED;
            default:
                return s;
        }
    }

    public static void main(String[] args) {
        for (Day d : Day.values()) {
            System.out.println(d + " " + kind(d) + " " + hours(d));
        }
        for (Suit s : Suit.values()) {
            System.out.println(s + " " + color(s));
        }
        State st = State.IDLE;
        String inputs = "qspprxpx";
        for (int i = 0; i < inputs.length(); i++) {
            State next = step(st, inputs.charAt(i));
            System.out.println(st + " --" + inputs.charAt(i) + "--> " + next);
            st = next;
        }
        Day none = null;
        try {
            kind(none);
            System.out.println("no exception?");
        } catch (NullPointerException e) {
            System.out.println("switch on null: " + e.getClass().getName());
        }
        int weekend = 0;
        for (Day d : Day.values()) {
            switch (d) {
                case SAT:
                case SUN:
                    weekend++;
                    continue;
                default:
                    break;
            }
            weekend += 10;
        }
        System.out.println("weekend count " + weekend);
    }
}
