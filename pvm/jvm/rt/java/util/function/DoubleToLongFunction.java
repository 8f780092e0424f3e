/* java.util.function.DoubleToLongFunction - as in the JDK (no lambdas). */
package java.util.function;

public interface DoubleToLongFunction {
	long applyAsLong(double value);
}
