#!/usr/bin/env python3
"""shim.py FILE - for tests/jvm/rtcheck's java.lang copies: every `native`
method becomes a method calling the JDK's own (same class, name and
parameters), or, for the runtime's private natives the JDK lacks, an
equivalent written over java.lang.Character. Prints the new source."""
import re
import sys

src = open(sys.argv[1], encoding="utf-8").read()
cls = re.search(r"public final class (\w+)|public class (\w+)", src)
cname = cls.group(1) or cls.group(2)

SPECIAL = {
    "props": """{
		int p = 0;
		if (java.lang.Character.isLetter(codePoint)) p |= 1 | 128 | 512 | 1024;
		if (java.lang.Character.isDigit(codePoint)) p |= 2 | 1024;
		if (java.lang.Character.isUpperCase(codePoint)) p |= 4;
		if (java.lang.Character.isLowerCase(codePoint)) p |= 8;
		if (java.lang.Character.isTitleCase(codePoint)) p |= 16;
		if (java.lang.Character.isWhitespace(codePoint)) p |= 32;
		if (java.lang.Character.isSpaceChar(codePoint)) p |= 64;
		if (java.lang.Character.isAlphabetic(codePoint)) p |= 128;
		if (java.lang.Character.isIdeographic(codePoint)) p |= 256;
		if (java.lang.Character.isJavaIdentifierStart(codePoint)) p |= 512;
		if (java.lang.Character.isJavaIdentifierPart(codePoint)) p |= 1024;
		if (java.lang.Character.isIdentifierIgnorable(codePoint)) p |= 2048;
		return p;
	}""",
    "decimal": """{
		return java.lang.Character.getType(codePoint) == java.lang.Character.DECIMAL_DIGIT_NUMBER
				? java.lang.Character.digit(codePoint, 10) : -1;
	}""",
}


def body(m):
    mods, ret, name, params = m.group(1), m.group(2), m.group(3), m.group(4)
    mods = mods.replace("native ", "")
    if name in SPECIAL:
        return "%s%s %s(%s) %s" % (mods, ret, name, params, SPECIAL[name])
    args = ", ".join(p.split()[-1] for p in params.split(",") if p.strip())
    call = "java.lang.%s.%s(%s)" % (cname, name, args)
    return "%s%s %s(%s) {\n\t\t%s%s;\n\t}" % (mods, ret, name, params, "" if ret == "void" else "return ", call)


src = re.sub(r"((?:public |private |protected |static |final )*native )([\w\[\]<>?, ]+?) (\w+)\(([^)]*)\);",
             body, src)
sys.stdout.write(src)
