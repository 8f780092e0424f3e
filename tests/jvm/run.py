#!/usr/bin/env python3
"""run.py [--pvm PVM] [-k SUBSTR] [--set SET] [--keep] - the Java conformance suite.

Invariant: a program passes only when `PVM java -cp DIR MAIN` behaves as the
real `java -cp DIR MAIN` does on the same class files, run here and now: the
real JVM is the oracle, there are no expected-output files to go stale.

Every program is compiled by javac twice, once per set, each set in one
javac call (a program that is a directory gets its own call and class dir):

    default    javac -d build/jvm/classes/default        (class version 61:
               string concatenation by invokedynamic, nestmates, lambdas)
    release8   javac --release 8 -d build/jvm/classes/release8  (version 52:
               StringBuilder concatenation, synthetic accessors, lambdas)

tests/jvm/progs/NAME.java     main class NAME; every class of it nested in NAME
tests/jvm/progs/NAME/         main class Main (package-less; other classes may
                              be in packages below); its own class dir
    Compared with java: stdout byte for byte and the exit status. stderr:
    when java printed a stack trace (a line `\\tat ...`), the first lines
    must be equal (`Exception in thread "main" java.lang.X: msg`) and pvm
    must print at least one `\\tat ` line too: frames differ. With
    --strict-stderr every line that is not a frame (`\\tat ...`, `\\t... N
    more`) must be equal as well: `Caused by:`, `Suppressed:`, a second
    trace. When java printed no frame, stderr is the program's own output
    and must be equal byte for byte (empty when java's is).
tests/jvm/reject/NAME.java    `// expect: TEXT` on its first line
tests/jvm/jsrgen.py           writes reject/Jsr.class (version 49, jsr/ret)
    pvm must refuse it at load time: exit status 1, nothing on stdout, TEXT
    on stderr, no sanitizer report. Only pvm runs these.

Header lines of a program (comments at its top, before any code):
    // args: A B C        the program's arguments (split on blanks)
    // since: 17          left out of the release8 set (Java 9+ source)

A test's label is `progs/NAME` or `reject/NAME`; -k keeps the labels that
contain SUBSTR (repeatable). Two workers run the tests in parallel; one line
per test in label order, then `jvm: N passed, M failed`; exit 1 on any
failure. --keep writes each run's stdout, stderr and status to
build/jvm/out/SET/. Both JVM and pvm run with LC_ALL=C.UTF-8 (java prints
non-ASCII text as '?' under the C locale).
"""

import argparse
import concurrent.futures
import os
import re
import shutil
import signal
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BUILD = os.path.join(ROOT, "build", "jvm")
PROGS = os.path.join(HERE, "progs")
REJECT = os.path.join(HERE, "reject")
SETS = {"default": [], "release8": ["--release", "8"]}
FRAME = re.compile(r"^\s+(at |\.\.\. \d+ more)")
SANITIZER = re.compile(r"AddressSanitizer|LeakSanitizer|runtime error:|UndefinedBehaviorSanitizer")
HEADER = re.compile(r"^\s*//\s*(args|since|expect):\s*(.*?)\s*$")


class Test:
    """One program: label, source (file or dir), main class, header values."""

    def __init__(self, kind, name, src, main):
        self.kind, self.name, self.src, self.main = kind, name, src, main
        self.label = "%s/%s" % (kind, name)
        self.args, self.since, self.expect = [], 8, None
        first = src if src.endswith(".java") else os.path.join(src, "Main.java")
        if os.path.exists(first):
            self.read_header(first)

    def read_header(self, path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                m = HEADER.match(line)
                if not m:
                    if line.lstrip().startswith("//"):
                        continue
                    break
                key, value = m.groups()
                if key == "args":
                    self.args = value.split()
                elif key == "since":
                    self.since = int(value)
                else:
                    self.expect = value

    def sources(self):
        if self.src.endswith(".java"):
            return [self.src]
        return sorted(os.path.join(d, n) for d, _, names in os.walk(self.src) for n in names if n.endswith(".java"))


def discover():
    """The programs and the reject cases, in label order."""
    tests = []
    for n in sorted(os.listdir(PROGS)):
        p = os.path.join(PROGS, n)
        if n.endswith(".java"):
            tests.append(Test("progs", n[:-5], p, n[:-5]))
        elif os.path.isdir(p):
            tests.append(Test("progs", n, p, "Main"))
    for n in sorted(os.listdir(REJECT)):
        if n.endswith(".java"):
            tests.append(Test("reject", n[:-5], os.path.join(REJECT, n), n[:-5]))
    jsr = Test("reject", "Jsr", os.path.join(HERE, "jsrgen.py"), "Jsr")
    jsr.expect = "jsr"
    tests.append(jsr)
    return sorted(tests, key=lambda t: t.label)


def class_dir(setname, t):
    """Where the classes of t are for a set (what -cp names)."""
    if t.kind == "reject":
        return os.path.join(BUILD, "classes", setname + "-reject")
    if t.src.endswith(".java"):
        return os.path.join(BUILD, "classes", setname)
    return os.path.join(BUILD, "classes", setname + "-dirs", t.name)


def javac(setname, outdir, sources):
    """Compile sources into a fresh outdir; None or the error text."""
    shutil.rmtree(outdir, ignore_errors=True)
    os.makedirs(outdir)
    cmd = ["javac", "-encoding", "UTF-8", "-nowarn", "-Xlint:none"] + SETS[setname] + ["-d", outdir] + sources
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out = "\n".join(l for l in r.stdout.splitlines() if not l.startswith("warning: [options]"))
    return None if r.returncode == 0 else "javac (%s) failed:\n%s" % (setname, out)


def in_set(setname, t):
    """Whether t is compiled and run in that set (`// since: 17` is not in release8)."""
    return t.since <= 8 or setname == "default"


def compile_set(setname, tests):
    """Every javac call of one set; returns a list of error texts."""
    progs = [t for t in tests if t.kind == "progs" and in_set(setname, t)]
    jobs = [(os.path.join(BUILD, "classes", setname), [t.src for t in progs if t.src.endswith(".java")])]
    shutil.rmtree(os.path.join(BUILD, "classes", setname + "-dirs"), ignore_errors=True)
    jobs += [(class_dir(setname, t), t.sources()) for t in progs if not t.src.endswith(".java")]
    rej = os.path.join(BUILD, "classes", setname + "-reject")
    jobs.append((rej, [t.src for t in tests if t.kind == "reject" and t.src.endswith(".java")]))
    errors = [e for e in (javac(setname, d, s) for d, s in jobs if s) if e]
    r = subprocess.run([sys.executable, os.path.join(HERE, "jsrgen.py"), rej],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        errors.append("jsrgen.py failed:\n" + r.stdout)
    return errors


def environment():
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
    for v in ("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "CLASSPATH"):
        env.pop(v, None)
    return env


def execute(cmd, timeout):
    """Run cmd in its own process group; (status, stdout bytes, stderr text).
    status is the exit status, -N for signal N, or None on a timeout."""
    p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         env=environment(), start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
        rc = p.returncode
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = p.communicate()
        rc = None
    return rc, out, err.decode("utf-8", "replace")


def describe(rc):
    if rc is None:
        return "timed out"
    if rc < 0:
        return "killed by signal %d" % -rc
    return "exit %d" % rc


def short(s, n=70):
    s = repr(s)
    return s if len(s) <= n else s[:n - 3] + "..."


def first_difference(what, want, got):
    """'what line N: java X, pvm Y' for the first line that differs."""
    a, b = want.split("\n"), got.split("\n")
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else "<end>"
        y = b[i] if i < len(b) else "<end>"
        if x != y:
            return "%s line %d: java %s, pvm %s" % (what, i + 1, short(x), short(y))
    return "%s differs" % what


def last_words(err):
    """'; stderr: LINE' with the first line of a non-empty stderr, else ''."""
    lines = [l for l in err.split("\n") if l.strip()]
    return "; stderr: %s" % short(lines[0], 100) if lines else ""


def stderr_skeleton(err):
    """The lines of stderr that are not stack frames."""
    return [l for l in err.split("\n") if not FRAME.match(l)]


def has_frame(err):
    return any(l.startswith("\tat ") for l in err.split("\n"))


def sanitizer_line(err):
    for l in err.split("\n"):
        if SANITIZER.search(l):
            return l
    return None


def keep(args, setname, t, who, rc, out, err):
    if not args.keep:
        return
    d = os.path.join(BUILD, "out", setname, t.kind)
    os.makedirs(d, exist_ok=True)
    base = os.path.join(d, "%s.%s" % (t.name, who))
    with open(base + ".out", "wb") as f:
        f.write(out)
    with open(base + ".err", "w", encoding="utf-8") as f:
        f.write(err)
    with open(base + ".status", "w") as f:
        f.write(describe(rc) + "\n")


def check_prog(args, setname, t):
    """None if pvm matches java on t, else why not."""
    cp = class_dir(setname, t)
    jrc, jout, jerr = execute(["java", "-cp", cp, t.main] + t.args, args.java_timeout)
    keep(args, setname, t, "java", jrc, jout, jerr)
    if jrc is None or jrc < 0:
        return "the real java %s (a broken test)" % describe(jrc)
    prc, pout, perr = execute([args.pvm, "java", "-cp", cp, t.main] + t.args, args.timeout)
    keep(args, setname, t, "pvm", prc, pout, perr)
    san = sanitizer_line(perr)
    if san:
        return "sanitizer: " + short(san, 100)
    if prc is None or prc < 0:
        return "pvm %s%s" % (describe(prc), last_words(perr))
    if jout != pout:
        why = first_difference("stdout", jout.decode("utf-8", "replace"), pout.decode("utf-8", "replace"))
        if jrc != prc:
            why += "; exit status java %d, pvm %d%s" % (jrc, prc, last_words(perr))
        return why
    if jrc != prc:
        return "exit status: java %d, pvm %d%s" % (jrc, prc, last_words(perr))
    if not has_frame(jerr):
        return None if jerr == perr else first_difference("stderr", jerr, perr)
    if jerr.split("\n")[0] != perr.split("\n")[0]:
        return first_difference("stderr", jerr.split("\n")[0], perr.split("\n")[0])
    if not has_frame(perr):
        return "stderr: java printed a stack trace ('\\tat ...'), pvm printed no frame"
    want, got = stderr_skeleton(jerr), stderr_skeleton(perr)
    if args.strict_stderr and want != got:
        return first_difference("stderr (frames left out)", "\n".join(want), "\n".join(got))
    return None


def check_reject(args, setname, t):
    """None if pvm refused t as it must, else why not."""
    rc, out, err = execute([args.pvm, "java", "-cp", class_dir(setname, t), t.main], args.timeout)
    keep(args, setname, t, "pvm", rc, out, err)
    san = sanitizer_line(err)
    if san:
        return "sanitizer: " + short(san, 100)
    if rc != 1:
        return "pvm %s, expected exit 1 (refused at load time)%s" % (describe(rc), last_words(err))
    if out:
        return "printed on stdout (%s): it must be refused before it runs" % short(out.decode("utf-8", "replace"))
    if t.expect not in err:
        return "stderr does not say %r: %s" % (t.expect, short(err.strip(), 100))
    return None


def run_one(args, setname, t):
    try:
        if t.kind == "reject":
            return check_reject(args, setname, t)
        return check_prog(args, setname, t)
    except OSError as e:
        return "cannot run: %s" % e


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pvm", default=os.path.join(ROOT, "build", "host", "pvm"))
    ap.add_argument("-k", dest="filter", action="append", default=[],
                    help="run only the tests whose label (progs/NAME, reject/NAME) contains this")
    ap.add_argument("--set", choices=sorted(SETS), action="append", help="only this set (repeatable)")
    ap.add_argument("--keep", action="store_true", help="keep the outputs in build/jvm/out/")
    ap.add_argument("--strict-stderr", action="store_true",
                    help="also compare every non-frame line of a stack trace (Caused by:, Suppressed:)")
    ap.add_argument("-j", dest="jobs", type=int, default=2, help="tests run at once (2)")
    ap.add_argument("--timeout", type=float, default=120, help="seconds per pvm run (120)")
    ap.add_argument("--java-timeout", type=float, default=60, help="seconds per java run (60)")
    ap.add_argument("--list", action="store_true", help="list the labels and exit")
    args = ap.parse_args()

    tests = [t for t in discover() if not args.filter or any(k in t.label for k in args.filter)]
    if args.list:
        for t in tests:
            print(t.label)
        return 0
    for tool in ("java", "javac"):
        if not shutil.which(tool):
            print("run.py: %s not found (Debian package openjdk-17-jdk-headless; boot/deps.sh host)" % tool)
            print("jvm: 0 passed, 1 failed")
            return 1
    if not os.access(args.pvm, os.X_OK):
        print("run.py: %s is not executable (make host?)" % args.pvm)
        print("jvm: 0 passed, 1 failed")
        return 1
    args.pvm = os.path.abspath(args.pvm)
    sets = args.set or sorted(SETS)
    if args.keep:
        shutil.rmtree(os.path.join(BUILD, "out"), ignore_errors=True)

    all_tests = discover()          # javac sees every program: one call per set
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        errors = [e for errs in pool.map(lambda s: compile_set(s, all_tests), sets) for e in errs]
        if errors:
            for e in errors:
                print(e)
            print("jvm: 0 passed, %d failed" % len(errors))
            return 1
        todo = [(s, t) for s in sets for t in tests if in_set(s, t)]
        futures = [pool.submit(run_one, args, s, t) for s, t in todo]
        passed = failed = 0
        for (s, t), fut in zip(todo, futures):
            why = fut.result()
            if why is None:
                passed += 1
                print("ok   %-8s %s" % (s, t.label), flush=True)
            else:
                failed += 1
                print("FAIL %-8s %s: %s" % (s, t.label, why), flush=True)
    if not todo:
        print("run.py: no test matched %s" % args.filter)
    print("jvm: %d passed, %d failed" % (passed, failed))
    return 1 if failed or not todo else 0


if __name__ == "__main__":
    sys.exit(main())
