/* java.util.function.LongFunction - as in the JDK (no lambdas). */
package java.util.function;

public interface LongFunction<R> {
	R apply(long value);
}
