// expect: java/util/stream
// java.util.stream is outside the runtime's subset.
public class stream_intstream {
    public static void main(String[] args) {
        System.out.println("start");
        System.out.println(java.util.stream.IntStream.range(0, 10).sum());
    }
}
