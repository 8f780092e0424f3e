// java.util.Arrays: sort of every primitive type (doubles with NaN and
// -0.0 in the JDK's total order), of strings, of objects with a comparator
// (stable), of a range; toString and deepToString; fill (whole and range);
// asList (fixed size: add throws UnsupportedOperationException, set writes
// through to the array); copyOf (padding and truncation) and copyOfRange;
// binarySearch (found, and -(insertion point) - 1 when absent); equals and
// deepEquals; hashCode.
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

public class arrays_util {
    public static void main(String[] args) {
        int[] ia = {5, -3, 9, 0, 12, -3, 7, Integer.MIN_VALUE, Integer.MAX_VALUE};
        Arrays.sort(ia);
        System.out.println(Arrays.toString(ia));
        long[] la = {5L, -1L << 40, 3, Long.MAX_VALUE, 0};
        Arrays.sort(la);
        System.out.println(Arrays.toString(la));
        double[] da = {3.5, -0.0, Double.NaN, 0.0, -1e300, Double.POSITIVE_INFINITY, 1.0, Double.NEGATIVE_INFINITY, -0.0};
        Arrays.sort(da);
        System.out.println(Arrays.toString(da));
        float[] fa = {2.5f, Float.NaN, -0.0f, 0.0f, -2.5f};
        Arrays.sort(fa);
        System.out.println(Arrays.toString(fa));
        char[] ca = "sorting chars".toCharArray();
        Arrays.sort(ca);
        System.out.println(Arrays.toString(ca) + " [" + new String(ca) + "]");
        byte[] ba = {5, -128, 127, 0, -1};
        Arrays.sort(ba);
        short[] sa = {300, -300, 0};
        Arrays.sort(sa);
        System.out.println(Arrays.toString(ba) + " " + Arrays.toString(sa));
        String[] strs = {"pear", "Apple", "fig", "banana", "apple", "Fig", "cherry"};
        String[] copy = strs.clone();
        Arrays.sort(copy);
        System.out.println(Arrays.toString(copy));
        Arrays.sort(copy, String.CASE_INSENSITIVE_ORDER);
        System.out.println(Arrays.toString(copy));
        Arrays.sort(copy, Comparator.comparing(String::length));
        System.out.println("stable by length " + Arrays.toString(copy));
        int[] part = {9, 8, 7, 6, 5, 4, 3, 2, 1};
        Arrays.sort(part, 2, 6);
        System.out.println("range " + Arrays.toString(part));
        Integer[] boxed = {3, 1, 2};
        Arrays.sort(boxed, Comparator.reverseOrder());
        System.out.println(Arrays.toString(boxed));
        int[] filled = new int[6];
        Arrays.fill(filled, 7);
        Arrays.fill(filled, 1, 3, -1);
        System.out.println(Arrays.toString(filled));
        Object[] nestedArr = {1, new int[] {2, 3}, new String[] {"a", null}, null, new Object[] {new long[] {4}}};
        System.out.println(Arrays.deepToString(nestedArr) + " " + Arrays.toString((int[]) null) + " " + Arrays.toString(new Object[0]));
        List<String> view = Arrays.asList(strs);
        view.set(0, "PEAR");
        System.out.println(strs[0] + " " + view.size() + " " + view.get(1) + " " + view.contains("fig") + " " + view.indexOf("banana"));
        try {
            view.add("more");
        } catch (UnsupportedOperationException e) {
            System.out.println("asList add: UnsupportedOperationException");
        }
        try {
            view.remove(0);
        } catch (UnsupportedOperationException e) {
            System.out.println("asList remove: UnsupportedOperationException");
        }
        System.out.println(Arrays.asList(1, 2, 3) + " " + Arrays.asList() + " " + Arrays.asList((Object) null));
        int[] src = {1, 2, 3, 4, 5};
        System.out.println(Arrays.toString(Arrays.copyOf(src, 3)) + " " + Arrays.toString(Arrays.copyOf(src, 7)) + " " + Arrays.toString(Arrays.copyOfRange(src, 1, 4)) + " " + Arrays.toString(Arrays.copyOfRange(src, 3, 8)));
        String[] sc = Arrays.copyOf(new String[] {"x", "y"}, 4);
        boolean[] bc = Arrays.copyOf(new boolean[] {true}, 3);
        double[] dc = Arrays.copyOf(new double[] {1.5}, 2);
        System.out.println(Arrays.toString(sc) + " " + Arrays.toString(bc) + " " + Arrays.toString(dc));
        int[] sorted = {1, 3, 5, 7, 9, 11};
        for (int k : new int[] {1, 7, 11, 0, 4, 12, 6}) {
            System.out.print(Arrays.binarySearch(sorted, k) + " ");
        }
        System.out.println();
        String[] ss = {"ant", "bee", "cat", "dog"};
        System.out.println(Arrays.binarySearch(ss, "cat") + " " + Arrays.binarySearch(ss, "cow") + " " + Arrays.binarySearch(new double[] {1.0, 2.0}, 1.5) + " " + Arrays.binarySearch(new long[] {10, 20, 30}, 1, 3, 20));
        System.out.println(Arrays.equals(new int[] {1, 2}, new int[] {1, 2}) + " " + Arrays.equals(new int[] {1, 2}, new int[] {2, 1}) + " " + Arrays.equals(new double[] {Double.NaN}, new double[] {Double.NaN}) + " " + Arrays.equals(new double[] {0.0}, new double[] {-0.0}) + " " + Arrays.equals((int[]) null, null) + " " + Arrays.equals(new String[] {"a"}, new String[] {"a"}));
        int[][] g1 = {{1, 2}, {3}};
        int[][] g2 = {{1, 2}, {3}};
        System.out.println(Arrays.equals(g1, g2) + " " + Arrays.deepEquals(g1, g2) + " " + Arrays.hashCode(new long[] {1L << 33}) + " " + Arrays.hashCode(new double[] {1.5}) + " " + Arrays.deepHashCode(g1) + " " + Arrays.hashCode(new boolean[] {true, false}));
        int[] big = new int[2000];
        long seed = 12345;
        for (int i = 0; i < big.length; i++) {
            seed = seed * 1103515245 + 12345 & 0x7fffffffL;
            big[i] = (int) (seed % 100000) - 50000;
        }
        Arrays.sort(big);
        long check = 0;
        for (int i = 0; i < big.length; i++) {
            check = check * 31 + big[i];
        }
        System.out.println("big sorted " + big[0] + " " + big[999] + " " + big[1999] + " " + check);
        String[] words = new String[300];
        for (int i = 0; i < words.length; i++) {
            words[i] = Integer.toString(i * 7919 % 1000, 36);
        }
        Arrays.sort(words);
        System.out.println(words[0] + " " + words[150] + " " + words[299]);
    }
}
