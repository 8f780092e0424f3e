// Error.java - stub of the .ph class Error (the prelude's); a Java model
// of it for the real JVM.
package phantom.ph;

public class Error {
    private final Object message;

    public Error(Object message) { this.message = message; }
    public Object message() { return message; }
}
