/*
 * java.lang.Object - pvm's Object: every Java class and every built-in
 * value (String, arrays, classes) inherits these methods. No instance
 * fields: its instances are pvm objects. The identity hash code is derived
 * from the object's address, which never changes (the pvm heap does not
 * move objects, and a world is restored at the same address).
 * wait/notify/notifyAll are pvm/jvm/jmonitor.c's: a thread waits in a
 * restartable call, so a snapshot taken meanwhile resumes it.
 */
package java.lang;

public class Object {
	public Object() {
	}

	public final native Class<?> getClass();

	public native int hashCode();

	public boolean equals(Object obj) {
		return this == obj;
	}

	protected Object clone() throws CloneNotSupportedException {
		if (!(this instanceof Cloneable) && !phantom.jrt.Rt.isArray(this))
			throw new CloneNotSupportedException(getClass().getName());
		return phantom.jrt.Rt.shallowClone(this);
	}

	public String toString() {
		String s = phantom.jrt.Rt.scalarString(this);
		if (s != null)
			return s; /* an int or a double read from an array as an Object */
		return getClass().getName() + "@" + Integer.toHexString(hashCode());
	}

	protected void finalize() throws Throwable {
	}

	public final native void notify();

	public final native void notifyAll();

	public final void wait() throws InterruptedException {
		wait(0);
	}

	public final void wait(long ms) throws InterruptedException {
		if (ms < 0)
			throw new IllegalArgumentException("timeout value is negative");
		if (Thread.currentThread().takeInterrupt())
			throw new InterruptedException();
		wait0(ms);
	}

	public final void wait(long ms, int nanos) throws InterruptedException {
		wait(ms);
	}

	private final native void wait0(long ms);
}
