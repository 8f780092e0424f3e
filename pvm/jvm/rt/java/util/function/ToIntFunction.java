/* java.util.function.ToIntFunction - as in the JDK (no lambdas). */
package java.util.function;

public interface ToIntFunction<T> {
	int applyAsInt(T value);
}
