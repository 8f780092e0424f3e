/* java.util.function.DoubleBinaryOperator - as in the JDK (no lambdas). */
package java.util.function;

public interface DoubleBinaryOperator {
	double applyAsDouble(double left, double right);
}
