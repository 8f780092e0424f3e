/* java.util.function.Supplier - as in the JDK (no lambdas). */
package java.util.function;

public interface Supplier<T> {
	T get();
}
