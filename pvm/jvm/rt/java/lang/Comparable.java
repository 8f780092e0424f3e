/* java.lang.Comparable - as in the JDK. */
package java.lang;

public interface Comparable<T> {
	int compareTo(T o);
}
