/* java.util.function.LongBinaryOperator - as in the JDK (no lambdas). */
package java.util.function;

public interface LongBinaryOperator {
	long applyAsLong(long left, long right);
}
