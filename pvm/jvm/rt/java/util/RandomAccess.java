/* java.util.RandomAccess - a marker, as in the JDK. */
package java.util;

public interface RandomAccess {
}
