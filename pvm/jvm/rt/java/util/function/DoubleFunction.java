/* java.util.function.DoubleFunction - as in the JDK (no lambdas). */
package java.util.function;

public interface DoubleFunction<R> {
	R apply(double value);
}
