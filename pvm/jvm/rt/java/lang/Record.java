/* java.lang.Record - the superclass of records; javac generates their
 * equals, hashCode and toString (through the converter). */
package java.lang;

public abstract class Record {
	protected Record() {
	}

	public abstract boolean equals(Object obj);

	public abstract int hashCode();

	public abstract String toString();
}
