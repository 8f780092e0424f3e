/* java.util.function.DoubleSupplier - as in the JDK (no lambdas). */
package java.util.function;

public interface DoubleSupplier {
	double getAsDouble();
}
