/* java.lang.Iterable - as in the JDK (forEach without lambdas). */
package java.lang;

import java.util.Iterator;
import java.util.function.Consumer;

public interface Iterable<T> {
	Iterator<T> iterator();

	default void forEach(Consumer<? super T> action) {
		if (action == null)
			throw new NullPointerException();
		Iterator<T> it = iterator();
		while (it.hasNext())
			action.accept(it.next());
	}
}
