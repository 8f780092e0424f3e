// Package-private bookkeeping of geo: Shape adds to it, Main only reads.
package geo;

import java.util.ArrayList;
import java.util.List;

public class Registry {
    private static final List<String> NAMES = new ArrayList<>();

    static void add(String name) {
        NAMES.add(name);
    }

    public static String names() {
        return NAMES.toString();
    }
}
