/* java.util.function.IntToDoubleFunction - as in the JDK (no lambdas). */
package java.util.function;

public interface IntToDoubleFunction {
	double applyAsDouble(int value);
}
