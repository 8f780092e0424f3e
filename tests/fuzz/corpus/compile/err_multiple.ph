// Every error found is reported, not only the first one.
def one() {
    var a = 1 # 2;
}

def two() {
    var if = 2;
}

def three() {
    var y = ;
}

def main() {
    print("must not run");
}
