// expect: getDeclaredField
// Reflection: a field read by name.
public class reflect_field {
    int secret = 42;

    public static void main(String[] args) throws Exception {
        System.out.println("start");
        java.lang.reflect.Field f = reflect_field.class.getDeclaredField("secret");
        System.out.println(f.getInt(new reflect_field()));
    }
}
