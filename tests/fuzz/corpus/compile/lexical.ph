// Lexical structure: comments, identifiers, keywords inside identifiers.
/* A block comment
   spanning several lines, containing // a line comment
   and "a string" and 'quotes'. */

var _under = 1;             // identifiers may start with an underscore
var x1_y2 = 2;

def main() {
    // identifiers that merely contain keywords are ordinary names
    var classy = "classy";
    var format = 3;
    var iffy = 4;
    var newer = 5;
    var nullable = 6;
    var trueValue = 7;
    var variable = 8;
    var define = 9;
    var fnord = 10;
    var returned = 11;
    var thisOne = 12;
    var superb = 13;
    var importer = 14;
    var _ = 15;
    var CamelCase = 16;
    var a /* inline comment */ = 17;
    print(classy);
    print(format + iffy + newer + nullable + trueValue + variable + define + fnord);
    print(returned + thisOne + superb + importer + _ + CamelCase + a);
    print(_under + x1_y2);
    // whitespace is free-form: tabs, blank lines and line breaks
	var	tabbed	=	1   +
        2
        ;

    print(tabbed);
    print(1/**/+/**/2);
    var s = "// not a comment" + "/* nor this */";
    print(s);
    print("end"); // trailing comment
}
/* comment at the very end */
