// The runtime type of arrays: getClass().getName() of arrays of every
// element type and of 2-D arrays, instanceof int[] against long[] and
// Object[], String[] seen as Object[] (covariance) and the
// ArrayStoreException of storing an Integer into it, arrays as Objects
// (equals is identity), and clone keeping the runtime type.
public class array_types {
    static String what(Object o) {
        if (o instanceof int[]) {
            return "int[] of " + ((int[]) o).length;
        } else if (o instanceof long[]) {
            return "long[] of " + ((long[]) o).length;
        } else if (o instanceof double[]) {
            return "double[]";
        } else if (o instanceof char[]) {
            return "char[] " + new String((char[]) o);
        } else if (o instanceof String[]) {
            return "String[] of " + ((String[]) o).length;
        } else if (o instanceof Object[][]) {
            return "Object[][]";
        } else if (o instanceof Object[]) {
            return "Object[] of " + ((Object[]) o).length;
        }
        return "not an array: " + o;
    }

    public static void main(String[] args) {
        Object[] arrays = {new boolean[1], new byte[1], new short[1], new char[1], new int[1], new long[1],
            new float[1], new double[1], new String[1], new Object[1], new int[1][1], new String[1][1], new Integer[0]};
        for (Object a : arrays) {
            System.out.println(a.getClass().getName() + " " + a.getClass().getSimpleName());
        }
        Object[] probes = {new int[3], new long[2], new double[1], new char[] {'h', 'i'}, new String[4], new Integer[2], new int[2][2], new String[1][1], "text"};
        for (Object p : probes) {
            System.out.println(what(p));
        }
        Object[] objs = new String[2];
        objs[0] = "fine";
        try {
            objs[1] = Integer.valueOf(1);
            System.out.println("stored?");
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        Number[] nums = new Integer[2];
        try {
            nums[0] = Double.valueOf(1.5);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        nums[1] = 7;
        System.out.println(nums[1] + " " + nums[0]);
        Object o = new int[] {1, 2};
        int[] back = (int[]) o;
        System.out.println(back[1]);
        try {
            long[] wrong = (long[]) o;
            System.out.println(wrong.length);
        } catch (ClassCastException e) {
            System.out.println("int[] is not long[]: ClassCastException");
        }
        try {
            Object[] wrong = (Object[]) o;
            System.out.println(wrong.length);
        } catch (ClassCastException e) {
            System.out.println("int[] is not Object[]: ClassCastException");
        }
        String[] ss = {"a", "b"};
        Object[] asObjects = ss;
        String[] cloned = (String[]) asObjects.clone();
        System.out.println(cloned.getClass().getName() + " " + cloned[1]);
        int[] x = {1, 2};
        int[] y = {1, 2};
        System.out.println(x.equals(y) + " " + x.equals(x) + " " + (o instanceof Cloneable) + " " + (o instanceof java.io.Serializable));
    }
}
