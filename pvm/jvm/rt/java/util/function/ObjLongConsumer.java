/* java.util.function.ObjLongConsumer - as in the JDK (no lambdas). */
package java.util.function;

public interface ObjLongConsumer<T> {
	void accept(T t, long value);
}
