/* java.util.function.LongSupplier - as in the JDK (no lambdas). */
package java.util.function;

public interface LongSupplier {
	long getAsLong();
}
