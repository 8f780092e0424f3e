/* java.util.function.IntBinaryOperator - as in the JDK (no lambdas). */
package java.util.function;

public interface IntBinaryOperator {
	int applyAsInt(int left, int right);
}
