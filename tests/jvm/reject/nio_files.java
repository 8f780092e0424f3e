// expect: java/nio/file
// File access through java.nio.file: no files for a Java program in pvm.
import java.nio.file.Files;
import java.nio.file.Paths;

public class nio_files {
    public static void main(String[] args) throws Exception {
        System.out.println("start");
        System.out.println(Files.readAllLines(Paths.get("/etc/hostname")).size());
    }
}
