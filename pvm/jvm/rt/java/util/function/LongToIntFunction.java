/* java.util.function.LongToIntFunction - as in the JDK (no lambdas). */
package java.util.function;

public interface LongToIntFunction {
	int applyAsInt(long value);
}
