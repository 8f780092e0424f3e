/* java.util.function.IntSupplier - as in the JDK (no lambdas). */
package java.util.function;

public interface IntSupplier {
	int getAsInt();
}
