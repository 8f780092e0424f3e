// \q is not one of the escapes \n \t \r \" \\ \0 \xHH.
def main() {
    print("a\qb");
}
