// Array methods: insert, remove, join, slice (and get/set through them).

def main() {
    var a = [1, 2, 3];
    a.insert(0, 0);
    print(a.join(","));
    a.insert(2, 15);
    print(a.join(","));
    a.insert(a.length(), 4);       // inserting at length() appends
    print(a.join(","));
    print(a.length());

    a.remove(2);
    print(a.join(","));
    a.remove(0);
    print(a.join(","));
    a.remove(a.length() - 1);
    print(a.join(","));
    print(a.length());

    print([].join(","));
    print(["solo"].join(", "));
    print(["a", "b", "c"].join(""));
    print(["a", "b", "c"].join(" - "));
    print([1, "two", 3].join("/"));

    var s = [0, 1, 2, 3, 4, 5];
    print(s.slice(1, 4).join(","));
    print(s.slice(0, 6).join(","));
    print(s.slice(3, 3).length());
    print(s.slice(5, 6).join(","));
    var copy = s.slice(0, s.length());
    copy.set(0, 100);              // a slice is a new array
    print(copy.get(0));
    print(s.get(0));
    print(s.length());

    // build a list in order by inserting into place (insertion sort)
    var sorted = [];
    var input = [5, 3, 8, 1, 9, 2, 7];
    for (x in input) {
        var i = 0;
        while (i < sorted.length() && sorted[i] < x) {
            i += 1;
        }
        sorted.insert(i, x);
    }
    print(sorted.join(" "));

    // remove every even number
    var nums = [1, 2, 3, 4, 5, 6, 7, 8];
    var i = 0;
    while (i < nums.length()) {
        if (nums[i] % 2 == 0) {
            nums.remove(i);
        } else {
            i += 1;
        }
    }
    print(nums.join(" "));
}
