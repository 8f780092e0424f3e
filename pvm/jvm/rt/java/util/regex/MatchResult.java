/* java.util.regex.MatchResult - as in the JDK. */
package java.util.regex;

public interface MatchResult {
	int start();

	int start(int group);

	int end();

	int end(int group);

	String group();

	String group(int group);

	int groupCount();
}
