// A program, not an app: it has main() and no App subclass. test_run
// starts it with phantom.run=hi beside an app and looks for its line.
def main() {
    print("hi: main() ran, boot " + System.boots());
}
