// Integer loops: nested counting loops with arithmetic and bit operations,
// kept below 2^31 so that 32-bit and 64-bit integers agree. Same as loops.lua.
var N = 40000;

def main() {
    var sum = 0;
    var bits = 0;
    for (var i = 0; i < N; i += 1) {
        for (var j = 0; j < 1000; j += 1) {
            sum = (sum + i * j + (i & j)) % 1000003;
            bits = (bits ^ ((i * 31 + j) & 65535)) + 1;
        }
        bits = bits & 1048575;
    }
    print(sum + " " + bits);
}
