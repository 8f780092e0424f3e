/* java.lang.Runtime - the few questions programs ask of it. */
package java.lang;

public class Runtime {
	private static final Runtime current = new Runtime();

	private Runtime() {
	}

	public static Runtime getRuntime() {
		return current;
	}

	public int availableProcessors() {
		return 1;
	}

	public long freeMemory() {
		return 64L << 20;
	}

	public long totalMemory() {
		return 256L << 20;
	}

	public long maxMemory() {
		return 256L << 20;
	}

	public void gc() {
		System.gc();
	}

	public void exit(int status) {
		System.exit(status);
	}

	public void halt(int status) {
		System.exit(status);
	}
}
