// Every String method of the core library (ASCII text only: whether
// length() counts bytes or characters of non-ASCII text is left open).

def show(arr) {
    return "[" + arr.join("|") + "] " + arr.length();
}

def main() {
    var s = "hello";
    print(s.length());
    print("".length());
    print(s.charAt(0));
    print(s.charAt(4));
    print(s.codeAt(0));
    print("A".codeAt(0));
    print("~".codeAt(0));
    print(s.substring(1, 4));
    print(s.substring(0, 5));
    print("[" + s.substring(2, 2) + "]");
    print(s.substring(3, 5));
    print(s.indexOf("l"));
    print(s.indexOf("lo"));
    print(s.indexOf("hello"));
    print(s.indexOf("z"));
    print(s.indexOf("hello!"));
    print(show("a,b,c".split(",")));
    print(show("one two three".split(" ")));
    print(show("abc".split(",")));
    print(show("a::b::c".split("::")));
    print(show("key=value".split("=")));
    print("[" + "  hi there \t\n".trim() + "]");
    print("[" + "nothing to trim".trim() + "]");
    print("[" + "   ".trim() + "]");
    print("Hello, World 42".toUpper());
    print("Hello, World 42".toLower());
    print(s.startsWith("he"));
    print(s.startsWith("hello"));
    print(s.startsWith("He"));
    print(s.startsWith("hello world"));
    print(s.startsWith(""));
    print("42".toInt());
    print("-17".toInt());
    print("0".toInt());
    print("2147483647".toInt());
    print("42".toInt() + 1);
    print("2.5".toFloat() == 2.5);
    print("-0.5".toFloat() == -0.5);
    print("3".toFloat() == 3.0);
    print("1e3".toFloat() == 1000.0);
    print(String.fromCode(65));
    print(String.fromCode(104) + String.fromCode(105));
    print(String.fromCode(48 + 7));

    // charAt, codeAt and fromCode agree
    var text = "Phantom 0.1!";
    var same = true;
    for (var i = 0; i < text.length(); i += 1) {
        if (String.fromCode(text.codeAt(i)) != text.charAt(i)) {
            same = false;
        }
    }
    print(same);

    // Caesar shift built from codeAt and fromCode
    var out = "";
    var word = "abcxyz";
    for (var i = 0; i < word.length(); i += 1) {
        out += String.fromCode((word.codeAt(i) - 97 + 3) % 26 + 97);
    }
    print(out);

    print("  Mixed Case  ".trim().toLower().length());
    print("a-b-c".split("-").join("+"));
    print(s.toUpper().toLower() == s);
    print(s.toString());
}
