/* java.util.IllegalFormatArgumentIndexException - as in the JDK. */
package java.util;

class IllegalFormatArgumentIndexException extends IllegalFormatException {
	private final int illegalIndex;

	IllegalFormatArgumentIndexException(int index) {
		illegalIndex = index;
	}

	int getIndex() {
		return illegalIndex;
	}

	public String getMessage() {
		return "Illegal format argument index = " + illegalIndex;
	}
}
