/* java.io.Serializable - a marker, as in the JDK. */
package java.io;

public interface Serializable {
}
