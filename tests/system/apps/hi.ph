// A program, not an app: it has main() and no App subclass. test_run
// starts it with phantom.run=hi beside an app and looks for its line, and
// checks that this comment's "class Fake extends App" and the string below
// do not make it an app in the launcher.
var note = "class Other extends App";

def main() {
    print("hi: main() ran, boot " + System.boots());
}
