/* java.util.function.DoubleToIntFunction - as in the JDK (no lambdas). */
package java.util.function;

public interface DoubleToIntFunction {
	int applyAsInt(double value);
}
