// The wrapper classes: Integer/Long/Double/Float/Short/Byte/Character/
// Boolean parsing (signs, radixes, bad input: NumberFormatException and its
// message), valueOf, toString in radixes, toHexString/toBinaryString/
// toOctalString of negatives, MIN/MAX constants, compare, the Integer cache
// (valueOf(127) is the same object, 128 is not), autoboxing in
// arithmetic and collections, equals across types, Character tests and
// conversions, bit twiddling helpers, and unsigned helpers.
public class wrappers {
    static void parse(String s) {
        try {
            System.out.println("parseInt(\"" + s + "\") = " + Integer.parseInt(s));
        } catch (NumberFormatException e) {
            System.out.println("parseInt(\"" + s + "\"): " + e.getMessage());
        }
    }

    @SuppressWarnings("removal")
    public static void main(String[] args) {
        for (String s : new String[] {"42", "-42", "+7", "0", "-0", "2147483647", "-2147483648", "2147483648", "", "abc", " 1", "1.0", "0x10", "-", "+"}) {
            parse(s);
        }
        System.out.println(Integer.parseInt("ff", 16) + " " + Integer.parseInt("-1010", 2) + " " + Integer.parseInt("zz", 36) + " " + Integer.valueOf("123") + " " + Integer.decode("0x1F") + " " + Integer.decode("-010"));
        try {
            Integer.parseInt("12a", 10);
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            Integer.parseInt("99", 8);
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Long.parseLong("-9223372036854775808") + " " + Long.parseLong("7fffffffffffffff", 16) + " " + Long.valueOf(5).equals(5L) + " " + Long.valueOf(5).equals(5));
        try {
            Long.parseLong("9223372036854775808");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Double.parseDouble("3.25") + " " + Double.parseDouble("-1e-3") + " " + Double.parseDouble("  12  ") + " " + Double.valueOf("NaN") + " " + Double.parseDouble("-Infinity") + " " + Double.parseDouble("0x1p4") + " " + Double.parseDouble("1d") + " " + Double.parseDouble(".5"));
        try {
            Double.parseDouble("1,5");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Float.parseFloat("3.4028236e38") + " " + Float.parseFloat("1.1") + " " + Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16) + " " + Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " " + Boolean.valueOf("true"));
        System.out.println(Integer.toString(255, 16) + " " + Integer.toString(-255, 2) + " " + Integer.toString(35, 36) + " " + Integer.toHexString(-1) + " " + Integer.toBinaryString(-8) + " " + Integer.toOctalString(-1) + " " + Integer.toHexString(0) + " " + Integer.toBinaryString(10));
        System.out.println(Long.toString(-255L, 16) + " " + Long.toHexString(-1L) + " " + Long.toBinaryString(5L) + " " + Long.toOctalString(-1L) + " " + Long.toString(Long.MIN_VALUE, 36));
        System.out.println(Integer.MAX_VALUE + " " + Integer.MIN_VALUE + " " + Long.MAX_VALUE + " " + Long.MIN_VALUE + " " + Short.MAX_VALUE + " " + Short.MIN_VALUE + " " + Byte.MAX_VALUE + " " + Byte.MIN_VALUE + " " + (int) Character.MAX_VALUE + " " + Integer.SIZE + " " + Long.BYTES);
        System.out.println(Double.MAX_VALUE + " " + Double.MIN_VALUE + " " + Float.MAX_VALUE + " " + Float.MIN_VALUE + " " + Double.MIN_NORMAL);
        System.out.println(Integer.compare(3, 5) + " " + Integer.compare(5, 5) + " " + Long.compare(9, -9) + " " + Double.compare(0.0, -0.0) + " " + Double.compare(Double.NaN, Double.POSITIVE_INFINITY) + " " + Character.compare('a', 'b') + " " + Boolean.compare(true, false) + " " + Integer.valueOf(7).compareTo(9));
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println("cache: " + (a == b) + " " + (c == d) + " " + c.equals(d) + " " + (Integer.valueOf(-128) == Integer.valueOf(-128)) + " " + (Integer.valueOf(-129) == Integer.valueOf(-129)) + " " + (Long.valueOf(127) == Long.valueOf(127)) + " " + (Character.valueOf('a') == Character.valueOf('a')) + " " + (Boolean.valueOf(true) == Boolean.TRUE));
        Integer boxed = 1000;
        int unboxed = boxed;
        Integer sum = boxed + unboxed;
        boxed++;
        System.out.println(sum + " " + boxed + " " + (boxed > 1000) + " " + (sum == 2000) + " " + sum.equals(2000) + " " + sum.equals(2000L));
        java.util.List<Integer> list = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            list.add(i * 100);
        }
        list.remove(Integer.valueOf(300));
        list.remove(0);
        int total = 0;
        for (int v : list) {
            total += v;
        }
        System.out.println(list + " " + total + " " + list.contains(200) + " " + list.indexOf(400));
        Object o = 5;
        Object l = 5L;
        Object db = 5.0;
        System.out.println(o.equals(l) + " " + l.equals(5L) + " " + db.equals(5.0) + " " + ((Integer) o).doubleValue() + " " + ((Long) l).intValue() + " " + ((Double) db).longValue() + " " + Integer.valueOf(65).byteValue() + " " + Double.valueOf(3.99).intValue());
        System.out.println(Character.isDigit('7') + " " + Character.isLetter('x') + " " + Character.isLetterOrDigit('_') + " " + Character.isUpperCase('Q') + " " + Character.isLowerCase('Q') + " " + Character.isWhitespace('\t') + " " + Character.isWhitespace('x') + " " + Character.isAlphabetic('k') + " " + Character.isSpaceChar(' '));
        System.out.println(Character.toUpperCase('q') + " " + Character.toLowerCase('Q') + " " + Character.getNumericValue('7') + " " + Character.getNumericValue('a') + " " + Character.digit('f', 16) + " " + Character.digit('9', 8) + " " + Character.forDigit(11, 16) + " " + (int) Character.forDigit(20, 10) + " " + Character.toString('c') + " " + Character.toChars(65)[0]);
        System.out.println(Integer.bitCount(255) + " " + Integer.reverse(1) + " " + Integer.reverseBytes(0x01020304) + " " + Integer.highestOneBit(100) + " " + Integer.lowestOneBit(100) + " " + Integer.numberOfLeadingZeros(1) + " " + Integer.numberOfTrailingZeros(8) + " " + Integer.rotateLeft(0x80000001, 1) + " " + Integer.rotateRight(1, 1) + " " + Integer.signum(-9));
        System.out.println(Integer.toUnsignedString(-1) + " " + Integer.toUnsignedLong(-1) + " " + Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3) + " " + Integer.compareUnsigned(-1, 1) + " " + Integer.parseUnsignedInt("4294967295"));
        System.out.println(Integer.max(3, 9) + " " + Integer.min(3, 9) + " " + Integer.sum(3, 9) + " " + Long.max(-1, -2) + " " + Double.max(-0.0, 0.0) + " " + Double.sum(0.1, 0.2));
        System.out.println(Double.isInfinite(1 / 0.0) + " " + Double.isFinite(1e308) + " " + Double.doubleToLongBits(1.0) + " " + Double.longBitsToDouble(0x400921FB54442D18L) + " " + Float.floatToIntBits(1.0f) + " " + Float.intBitsToFloat(0x3fc00000) + " " + Double.doubleToLongBits(Double.NaN) + " " + Long.toHexString(Double.doubleToRawLongBits(-0.0)));
        System.out.println(Integer.toString(42) + Long.toString(42L) + Double.toString(4.2) + Float.toString(4.2f) + Boolean.toString(false) + Character.toString((char) 33) + Short.toString((short) 1) + Byte.toString((byte) 2));
        System.out.println(new Integer(5).equals(Integer.valueOf(5)) + " " + (new Integer(5) == Integer.valueOf(5)) + " " + Integer.valueOf(5).hashCode() + " " + Double.valueOf(2).equals(2.0f));
    }
}
