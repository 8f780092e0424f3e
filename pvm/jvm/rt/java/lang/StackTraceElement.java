/*
 * java.lang.StackTraceElement - one frame of a trace. The VM records
 * frames as text ("pkg.Class.method(File.java:42)", "(Unknown Source)"
 * when the line is unknown); parse() takes such a text apart and
 * toString() gives it back unchanged.
 */
package java.lang;

public final class StackTraceElement implements java.io.Serializable {
	private final String declaringClass;
	private final String methodName;
	private final String fileName;
	private final int lineNumber;

	public StackTraceElement(String declaringClass, String methodName, String fileName,
			int lineNumber) {
		if (declaringClass == null)
			throw new NullPointerException("Declaring class is null");
		if (methodName == null)
			throw new NullPointerException("Method name is null");
		this.declaringClass = declaringClass;
		this.methodName = methodName;
		this.fileName = fileName;
		this.lineNumber = lineNumber;
	}

	static StackTraceElement parse(String s) {
		int open = s.lastIndexOf('(');
		String where = open < 0 ? s : s.substring(0, open);
		String src = open < 0 ? "Unknown Source)" : s.substring(open + 1);
		if (src.endsWith(")"))
			src = src.substring(0, src.length() - 1);
		int dot = where.lastIndexOf('.');
		String cls = dot < 0 ? "" : where.substring(0, dot);
		String method = where.substring(dot + 1);
		String file = null;
		int line = -1;
		if (src.equals("Native Method")) {
			line = -2;
		} else if (!src.equals("Unknown Source")) {
			int colon = src.lastIndexOf(':');
			if (colon < 0) {
				file = src;
			} else {
				file = src.substring(0, colon);
				try {
					line = Integer.parseInt(src.substring(colon + 1));
				} catch (NumberFormatException e) {
					line = -1;
				}
			}
		}
		return new StackTraceElement(cls, method, file, line);
	}

	public String getClassName() {
		return declaringClass;
	}

	public String getMethodName() {
		return methodName;
	}

	public String getFileName() {
		return fileName;
	}

	public int getLineNumber() {
		return lineNumber;
	}

	public boolean isNativeMethod() {
		return lineNumber == -2;
	}

	public String toString() {
		String src;
		if (lineNumber == -2)
			src = "(Native Method)";
		else if (fileName != null && lineNumber >= 0)
			src = "(" + fileName + ":" + lineNumber + ")";
		else if (fileName != null)
			src = "(" + fileName + ")";
		else
			src = "(Unknown Source)";
		return declaringClass + "." + methodName + src;
	}

	public boolean equals(Object obj) {
		if (obj == this)
			return true;
		if (!(obj instanceof StackTraceElement))
			return false;
		StackTraceElement e = (StackTraceElement) obj;
		return e.declaringClass.equals(declaringClass) && e.lineNumber == lineNumber
				&& e.methodName.equals(methodName)
				&& (fileName == null ? e.fileName == null : fileName.equals(e.fileName));
	}

	public int hashCode() {
		int result = 31 * declaringClass.hashCode() + methodName.hashCode();
		result = 31 * result + (fileName == null ? 0 : fileName.hashCode());
		result = 31 * result + lineNumber;
		return result;
	}
}
