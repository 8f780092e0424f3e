/* java.util.function.BooleanSupplier - as in the JDK (no lambdas). */
package java.util.function;

public interface BooleanSupplier {
	boolean getAsBoolean();
}
