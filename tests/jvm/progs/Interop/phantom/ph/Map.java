// Map.java - stub of the .ph class Map (pvm's core); a Java model of it
// for the real JVM (its body is never converted).
package phantom.ph;

import java.util.HashMap;

public class Map {
    private final HashMap<Object, Object> m = new HashMap<>();

    public Map() {}
    public Object get(Object k) { return m.get(k); }
    public void put(Object k, Object v) { m.put(k, v); }
    public boolean has(Object k) { return m.containsKey(k); }
    public void remove(Object k) { m.remove(k); }
    public int size() { return m.size(); }
}
