// if / else if / else, nesting, and return from inside branches.

def classify(n) {
    if (n < 0) {
        return "negative";
    } else if (n == 0) {
        return "zero";
    } else if (n < 10) {
        return "small";
    } else {
        return "large";
    }
}

def sign(n) {
    if (n > 0) {
        return 1;
    }
    if (n < 0) {
        return -1;
    }
    return 0;
}

def fizz(n) {
    if (n % 15 == 0) {
        return "FizzBuzz";
    } else if (n % 3 == 0) {
        return "Fizz";
    } else if (n % 5 == 0) {
        return "Buzz";
    }
    return "" + n;
}

def main() {
    print(classify(-3));
    print(classify(0));
    print(classify(7));
    print(classify(12));
    print(sign(-9) + sign(0) + sign(4));

    var x = 5;
    if (x > 3) {
        if (x > 4) {
            print("x > 4");
        } else {
            print("3 < x <= 4");
        }
    }
    if (x > 10) {
        print("not printed");
    }
    if (x == 5) {
        print("five");
    } else {
        print("not five");
    }
    if (x != 5) {
        print("not five");
    } else {
        print("still five");
    }

    var out = [];
    for (var i = 1; i <= 15; i += 1) {
        out.push(fizz(i));
    }
    print(out.join(" "));

    // an if statement's block is its own scope, and empty blocks are fine
    if (true) {
    } else {
        print("never");
    }
    if (false) {
    }
    {
        var inner = "block";
        print(inner);
    }
    print("done");
}
