// String building with map updates: keys built by concatenation, counters
// in a map, lines joined from parts. Same as strings.lua.
var N = 2000000;

def main() {
    var counts = {};
    var distinct = 0;
    var total = 0;
    for (var i = 0; i < N; i += 1) {
        var key = "k" + i % 5000;
        var line = key + ":" + i + ";";
        total += line.length();
        if (counts.has(key)) {
            counts[key] = counts[key] + i % 100;
        } else {
            counts[key] = i % 100;
            distinct += 1;
        }
        if (i % 1000 == 0) {
            var parts = [];
            for (var j = 0; j < 50; j += 1) {
                parts.push(key + j);
            }
            total += parts.join(",").length();
        }
    }
    var sum = 0;
    for (var k = 0; k < 5000; k += 1) {
        sum = (sum + counts["k" + k]) % 1000003;
    }
    print(total + " " + distinct + " " + sum);
}
