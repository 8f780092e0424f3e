// churn.ph - a program that mutates its world hard and checks it.
//
// Run by tests/system/test_persist.py as phantom.run=churn. It keeps a map
// of 512 small object trees, a 20000-slot array and a running sum, changes
// them on every step, and verifies that the parts agree: every 500 steps
// and, in full, whenever it notices a new boot (System.boots() changed:
// the world was restored from a snapshot and carries on). A world restored
// from anything but one consistent snapshot fails the check and prints
// "churn: CORRUPT". Lines on the serial log:
//     churn: start boots=B
//     churn: step=N boots=B sum=S           every 500 steps
//     churn: resumed boots=B step=N sum=S   after a restore (checked)

var step = 0;

def check(data, big, sum) {
    var total = 0;
    for (k in data.keys()) {
        var v = data.get(k);
        if (v[1] != "s" + v[0] || v[2][1] != v[2][0] * 2 || v[0] % 512 != k) {
            return "entry " + k + " is inconsistent";
        }
        total += v[0];
        if (big[v[0] % 20000] != v[0] && step - v[0] < 20000) {
            return "big[" + (v[0] % 20000) + "] lost step " + v[0];
        }
    }
    if (total != sum) {
        return "sum " + sum + " but entries add up to " + total;
    }
    return null;
}

def main() {
    var data = new Map();
    var big = [];
    for (var i = 0; i < 20000; i += 1) { big.push(0); }
    var sum = 0;
    var boots = System.boots();
    print("churn: start boots=" + boots);
    while (true) {
        step += 1;
        var k = step % 512;
        var old = data.get(k);
        if (old != null) { sum -= old[0]; }
        data.put(k, [step, "s" + step, [step, step * 2]]);
        sum += step;
        big[step % 20000] = step;
        if (System.boots() != boots) {
            boots = System.boots();
            var why = check(data, big, sum);
            if (why != null) { print("churn: CORRUPT after restore: " + why); }
            print("churn: resumed boots=" + boots + " step=" + step + " sum=" + sum);
        }
        if (step % 500 == 0) {
            var why2 = check(data, big, sum);
            if (why2 != null) { print("churn: CORRUPT: " + why2); }
            print("churn: step=" + step + " boots=" + boots + " sum=" + sum);
        }
    }
}
