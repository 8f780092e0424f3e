/* java.util.function.LongToDoubleFunction - as in the JDK (no lambdas). */
package java.util.function;

public interface LongToDoubleFunction {
	double applyAsDouble(long value);
}
