/* java.util.function.ToLongFunction - as in the JDK (no lambdas). */
package java.util.function;

public interface ToLongFunction<T> {
	long applyAsLong(T value);
}
