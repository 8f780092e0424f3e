/* java.util.function.ToIntBiFunction - as in the JDK (no lambdas). */
package java.util.function;

public interface ToIntBiFunction<T, U> {
	int applyAsInt(T t, U u);
}
