/* java.util.function.IntFunction - as in the JDK (no lambdas). */
package java.util.function;

public interface IntFunction<R> {
	R apply(int value);
}
