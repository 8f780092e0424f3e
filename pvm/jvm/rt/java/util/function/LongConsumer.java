/* java.util.function.LongConsumer - as in the JDK (no lambdas). */
package java.util.function;

import java.util.Objects;

public interface LongConsumer {
	void accept(long value);

	default LongConsumer andThen(final LongConsumer after) {
		Objects.requireNonNull(after);
		final LongConsumer self = this;
		return new LongConsumer() {
			public void accept(long t) {
				self.accept(t);
				after.accept(t);
			}
		};
	}
}
