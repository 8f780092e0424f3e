// while and for loops with break and continue.

def firstMultiple(n, of) {
    var i = n;
    while (true) {
        if (i % of == 0) {
            return i;             // return from inside a loop
        }
        i += 1;
    }
}

def findPair(target) {
    for (var i = 0; i < 10; i += 1) {
        for (var j = 0; j < 10; j += 1) {
            if (i * 10 + j == target) {
                return "" + i + "," + j;      // return from nested loops
            }
        }
    }
    return "none";
}

def main() {
    var i = 0;
    var sum = 0;
    while (i < 10) {
        sum += i;
        i += 1;
    }
    print(sum);

    sum = 0;
    for (var k = 0; k < 10; k += 1) {
        sum += k;
    }
    print(sum);

    var down = [];
    for (var k = 5; k > 0; k -= 1) {
        down.push(k);
    }
    print(down.join(" "));

    var by3 = [];
    for (var k = 0; k < 20; k += 3) {
        by3.push(k);
    }
    print(by3.join(" "));

    var never = 0;
    while (false) {
        never += 1;
    }
    for (var k = 0; k < 0; k += 1) {
        never += 1;
    }
    print(never);

    // continue in a for loop still runs the update
    var odds = [];
    for (var k = 0; k < 10; k += 1) {
        if (k % 2 == 0) {
            continue;
        }
        odds.push(k);
    }
    print(odds.join(" "));

    // continue in a while loop
    var n = 0;
    var kept = [];
    while (n < 10) {
        n += 1;
        if (n % 3 != 0) {
            continue;
        }
        kept.push(n);
    }
    print(kept.join(" "));

    // break leaves only the innermost loop
    var pairs = 0;
    for (var a = 0; a < 5; a += 1) {
        for (var b = 0; b < 5; b += 1) {
            if (b > a) {
                break;
            }
            pairs += 1;
        }
    }
    print(pairs);

    var w = 0;
    while (true) {
        w += 1;
        if (w >= 7) {
            break;
        }
    }
    print(w);

    print(firstMultiple(50, 7));
    print(findPair(47));
    print(findPair(100));

    // a million iterations
    var total = 0;
    for (var k = 0; k < 1000000; k += 1) {
        total += k % 7;
    }
    print(total);

    // the loop variable of a for may be updated in the body
    var jumps = [];
    for (var k = 0; k < 20; k += 1) {
        jumps.push(k);
        k += 4;
    }
    print(jumps.join(" "));
}
