/* java.util.function.ObjDoubleConsumer - as in the JDK (no lambdas). */
package java.util.function;

public interface ObjDoubleConsumer<T> {
	void accept(T t, double value);
}
