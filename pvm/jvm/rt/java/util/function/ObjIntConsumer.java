/* java.util.function.ObjIntConsumer - as in the JDK (no lambdas). */
package java.util.function;

public interface ObjIntConsumer<T> {
	void accept(T t, int value);
}
