/* java.util.function.ToDoubleFunction - as in the JDK (no lambdas). */
package java.util.function;

public interface ToDoubleFunction<T> {
	double applyAsDouble(T value);
}
