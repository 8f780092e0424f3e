/* java.util.function.ToLongBiFunction - as in the JDK (no lambdas). */
package java.util.function;

public interface ToLongBiFunction<T, U> {
	long applyAsLong(T t, U u);
}
