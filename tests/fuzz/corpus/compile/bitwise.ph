// Bitwise operators on integers: & | ^ ~ << >>.

def popcount(x) {
    var n = 0;
    for (var i = 0; i < 32; i += 1) {
        if ((x >> i) & 1 == 1) {
            n += 1;
        }
    }
    return n;
}

def main() {
    print(12 & 10);
    print(12 | 10);
    print(12 ^ 10);
    print(~12);
    print(~-1);
    print(~0);
    print(0xF0 & 0x3C);
    print(0xF0 | 0x0F);
    print(0xFF ^ 0x0F);
    print(1 << 10);
    print(1024 >> 3);
    print(0x7FFFFFFF >> 30);
    print(5 >> 1);
    print(-1 & 0xFF);
    print(0xFF00 >> 8 & 0xF);
    print(popcount(0));
    print(popcount(255));
    print(popcount(0x7FFFFFFF));
    print(popcount(-1));      // >> on a negative number is only used with & 1 here
    var flags = 0;
    flags = flags | 1 << 3;
    flags = flags | 1 << 5;
    print(flags);
    print(flags & 1 << 3 != 0);
    print(flags & 1 << 4 != 0);
    flags = flags & ~(1 << 3);
    print(flags);
    var x = 0x12345678;
    var swapped = (x & 0xFF) << 24 | (x >> 8 & 0xFF) << 16 | (x >> 16 & 0xFF) << 8 | x >> 24 & 0xFF;
    print(swapped);
    print(swapped == 0x78563412);
}
