/* java.lang.Cloneable - as in the JDK. */
package java.lang;

public interface Cloneable {
}
