// A program: the sieve of Eratosthenes.

def sieve(n) {
    var composite = [];
    for (var i = 0; i <= n; i += 1) {
        composite.push(false);
    }
    var primes = [];
    for (var i = 2; i <= n; i += 1) {
        if (!composite[i]) {
            primes.push(i);
            if (i <= n / i) {           // i * i would overflow 32 bits for large i
                for (var j = i * i; j <= n; j += i) {
                    composite[j] = true;
                }
            }
        }
    }
    return primes;
}

def main() {
    var p = sieve(1000);
    print(p.length());
    var sum = 0;
    for (x in p) {
        sum += x;
    }
    print(sum);
    print(p.slice(0, 10).join(" "));
    print(p.slice(p.length() - 5, p.length()).join(" "));
    print(sieve(100000).length());

    // twin primes below 1000
    var twins = 0;
    for (var i = 1; i < p.length(); i += 1) {
        if (p[i] - p[i - 1] == 2) {
            twins += 1;
        }
    }
    print(twins);
}
