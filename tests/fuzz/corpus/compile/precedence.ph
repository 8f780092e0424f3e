// Operator precedence, loosest first:
//   ||  &&  == !=  < <= > >=  |  ^  &  << >>  + -  * / %  unary - ! ~  postfix
// Note that | ^ & bind tighter than comparisons (unlike C).

def main() {
    print(1 + 2 * 3);
    print((1 + 2) * 3);
    print(1 | 2 == 3);
    print(6 & 3 == 2);
    print(1 ^ 3 == 2);
    print(1 & 3 != 0);
    print(5 > 4 | 1);
    print(1 | 6 & 3);
    print(1 | 2 ^ 3);
    print(6 ^ 3 & 5);
    print(1 + 2 << 3);
    print(1 << 2 + 1);
    print(16 >> 2 - 1);
    print(1 << 4 | 1);
    print(3 & 1 << 1);
    print(2 + 3 & 6);
    print(~5 & 0xF);
    print(1 < 2 == true);
    print(2 > 1 == 1 > 2);
    print(3 == 3 != false);
    print(true || false && false);
    print(false && true || true);
    print(!true == false);
    print(!false && false);
    print(1 + 2 < 4);
    print(1 < 2 && 2 < 3);
    print(1 == 1 && 2 == 2 || false);
    print(-2 * -3);
    print(-2 + 3);
    print(~0 + 1);
    print(- 3 % 2);
    print(5 - 2 - 1);
    print(2 * 3 + 4 * 5);
    print(10 - 4 / 2);
    print(10 / 4 * 4);
    print("ab".length() + 1);
    print(-"abc".length());
    print(!"x".startsWith("y"));
    print([1, 2, 3][1] * 2);
    print(1 + 2 + "x");           // + is left-associative: (1 + 2) + "x"
    print("x" + 1 + 2);
    print("x" + (1 + 2));
    print("x" + 2 * 3);
}
