/* java.lang.Runnable - as in the JDK. */
package java.lang;

public interface Runnable {
	void run();
}
