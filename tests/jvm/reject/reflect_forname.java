// expect: Class.forName
// Reflection: a class looked up by name at run time. pvm has no class
// objects to hand out; the converter refuses the call before main runs.
public class reflect_forname {
    public static void main(String[] args) throws Exception {
        System.out.println("start");
        Class<?> c = Class.forName("java.lang.StringBuilder");
        System.out.println(c.getName());
    }
}
