// A text adventure as a state machine: rooms as an enum with exits in an
// EnumMap-free switch, items in a HashMap<String, Room>, an inventory in a
// TreeSet, commands parsed by hand from a fixed script (go/take/drop/use/
// look/inventory), a locked door and a lamp that must be lit, a score, and
// unknown commands answered politely. The script ends the game by winning.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

public class prog_adventure {
    enum Room {
        HALL("a dusty hall"), LIBRARY("a library full of persistent books"), CELLAR("a dark cellar"),
        VAULT("the vault of snapshots"), GARDEN("an overgrown garden");

        final String description;

        Room(String description) {
            this.description = description;
        }
    }

    enum State { PLAYING, WON, QUIT }

    Room here = Room.HALL;
    State state = State.PLAYING;
    boolean lampLit;
    boolean vaultOpen;
    int score;
    int moves;
    final Map<String, Room> items = new HashMap<>();
    final TreeSet<String> inventory = new TreeSet<>();
    final List<String> transcript = new ArrayList<>();

    prog_adventure() {
        items.put("lamp", Room.HALL);
        items.put("key", Room.GARDEN);
        items.put("book", Room.LIBRARY);
        items.put("matches", Room.LIBRARY);
        items.put("crown", Room.VAULT);
    }

    Room exit(Room from, String dir) {
        switch (from) {
            case HALL:
                switch (dir) {
                    case "north":
                        return Room.LIBRARY;
                    case "down":
                        return Room.CELLAR;
                    case "west":
                        return Room.GARDEN;
                    default:
                        return null;
                }
            case LIBRARY:
                return dir.equals("south") ? Room.HALL : null;
            case GARDEN:
                return dir.equals("east") ? Room.HALL : null;
            case CELLAR:
                if (dir.equals("up")) {
                    return Room.HALL;
                }
                if (dir.equals("east")) {
                    return vaultOpen ? Room.VAULT : null;
                }
                return null;
            case VAULT:
                return dir.equals("west") ? Room.CELLAR : null;
        }
        return null;
    }

    void say(String s) {
        transcript.add(s);
        System.out.println("  " + s);
    }

    void look() {
        if (here == Room.CELLAR && !lampLit) {
            say("It is pitch dark. You might be eaten by a grue.");
            return;
        }
        StringBuilder sb = new StringBuilder("You are in " + here.description + ".");
        List<String> seen = new ArrayList<>();
        for (Map.Entry<String, Room> e : items.entrySet()) {
            if (e.getValue() == here) {
                seen.add(e.getKey());
            }
        }
        java.util.Collections.sort(seen);
        if (!seen.isEmpty()) {
            sb.append(" You see: ").append(String.join(", ", seen)).append('.');
        }
        say(sb.toString());
    }

    void command(String line) {
        moves++;
        System.out.println("> " + line);
        int sp = line.indexOf(' ');
        String verb = sp < 0 ? line : line.substring(0, sp);
        String noun = sp < 0 ? "" : line.substring(sp + 1).trim();
        switch (verb) {
            case "look":
                look();
                break;
            case "go": {
                Room next = exit(here, noun);
                if (next == null) {
                    say(here == Room.CELLAR && noun.equals("east") ? "A locked door blocks the way." : "You cannot go " + noun + ".");
                } else {
                    here = next;
                    look();
                }
                break;
            }
            case "take":
                if (items.get(noun) == here && !(here == Room.CELLAR && !lampLit)) {
                    items.remove(noun);
                    inventory.add(noun);
                    score += noun.equals("crown") ? 50 : 5;
                    say("Taken: " + noun + ".");
                } else {
                    say("There is no " + noun + " here.");
                }
                break;
            case "drop":
                if (inventory.remove(noun)) {
                    items.put(noun, here);
                    say("Dropped.");
                } else {
                    say("You do not have " + noun + ".");
                }
                break;
            case "use":
                use(noun);
                break;
            case "inventory":
                say(inventory.isEmpty() ? "You carry nothing." : "You carry: " + inventory);
                break;
            case "quit":
                state = State.QUIT;
                break;
            default:
                say("I do not know how to " + verb + ".");
        }
        if (here == Room.GARDEN && inventory.contains("crown") && state == State.PLAYING) {
            state = State.WON;
            score += 100;
            say("You place the crown on the sundial. You win!");
        }
    }

    void use(String noun) {
        if (!inventory.contains(noun)) {
            say("You do not have " + noun + ".");
            return;
        }
        switch (noun) {
            case "matches":
                if (inventory.contains("lamp") && !lampLit) {
                    lampLit = true;
                    score += 10;
                    say("The lamp is now lit.");
                } else {
                    say("Nothing to light.");
                }
                break;
            case "key":
                if (here == Room.CELLAR && lampLit) {
                    vaultOpen = true;
                    score += 20;
                    say("The vault door swings open.");
                } else {
                    say("There is no lock here.");
                }
                break;
            default:
                say("Nothing happens.");
        }
    }

    public static void main(String[] args) {
        prog_adventure g = new prog_adventure();
        String[] script = {"look", "take lamp", "go down", "take key", "go up", "go west", "take key", "dance", "go east",
            "go north", "take book", "take matches", "use matches", "use book", "inventory", "go south", "go down",
            "look", "go east", "use key", "go east", "take crown", "drop book", "look", "go west", "go up", "go west", "look"};
        for (String cmd : script) {
            if (g.state != State.PLAYING) {
                break;
            }
            g.command(cmd);
        }
        System.out.println("state " + g.state + " score " + g.score + " moves " + g.moves + " lines " + g.transcript.size());
        System.out.println("items left " + new java.util.TreeMap<>(g.items));
    }
}
