/* java.util.function.IntToLongFunction - as in the JDK (no lambdas). */
package java.util.function;

public interface IntToLongFunction {
	long applyAsLong(int value);
}
