#!/usr/bin/env python3
"""includes.py - pvm's include graph, printed as a tower, and its checks.

    tests/pvm/includes.py            print the tower
    tests/pvm/includes.py --edges    and what each header includes
    tests/pvm/includes.py --check    print the tower and check it (make pvm-test)

The graph is read from the #include "..." lines of pvm/ (headers, .def
lists and .c files; a name resolves against the including file's folder,
then the repository root, as the compiler's -I. does). A header's floor is
one above the highest floor of what it includes, so floor 0 includes no
pvm header and every arrow points down. The checks:

  1. no cycle among pvm's headers, unless each header of it says so on
     purpose with a comment line `include cycle on purpose: OTHER.h`;
  2. the core (PVM_CORE in pvm/pvm.mk, the one list of it) includes
     nothing of pvm above it - no compiler, natives or prelude;
  3. every pvm header is self-contained: it compiles alone (gcc).

Ends with `N passed, N failed`; exit 1 if any failed.
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
ON_PURPOSE = re.compile(r"include cycle on purpose:\s*(\S+)")


def pvm_files():
    out = []
    for d, _, names in os.walk(os.path.join(ROOT, "pvm")):
        for n in names:
            if n.endswith((".c", ".h", ".def")):
                out.append(os.path.relpath(os.path.join(d, n), ROOT))
    return sorted(out)


def resolve(frm, name):
    """The repository path #include "name" in frm means, or None."""
    for cand in (os.path.join(os.path.dirname(frm), name), name):
        cand = os.path.normpath(cand)
        if os.path.exists(os.path.join(ROOT, cand)):
            return cand
    return None


def graph(files):
    g = {}
    for f in files:
        text = open(os.path.join(ROOT, f), encoding="utf-8").read()
        deps = set()
        for name in INCLUDE.findall(text):
            r = resolve(f, name)
            if r and r.startswith("pvm/"):
                deps.add(r)
        g[f] = deps
    return g


def cycles(g, nodes):
    """Strongly connected components of more than one node (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in g.get(v, ()):
            if w not in nodes:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1 or v in g.get(v, ()):
                out.append(sorted(comp))

    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return out


def floors(g, nodes):
    """Floor of every node; a cycle shares the floor of its members."""
    memo = {}

    def floor(v, path):
        if v in memo:
            return memo[v]
        if v in path:
            return 0
        deps = [w for w in g.get(v, ()) if w in nodes]
        memo[v] = 1 + max((floor(w, path | {v}) for w in deps), default=-1)
        return memo[v]

    return {v: floor(v, frozenset()) for v in nodes}


def core_list():
    mk = open(os.path.join(ROOT, "pvm", "pvm.mk"), encoding="utf-8").read()
    m = re.search(r"^PVM_CORE\s*:=((?:.*\\\n)*.*)$", mk, re.M)
    return m.group(1).replace("\\\n", " ").split() if m else []


def print_tower(g, headers, edges):
    fl = floors(g, headers)
    print("pvm include tower (a header includes only headers on floors below it):")
    for n in range(max(fl.values()) + 1, -1, -1):
        row = sorted(h for h in headers if fl[h] == n)
        if row and edges:
            for h in row:
                print("  %2d  %-14s -> %s" % (n, h[len("pvm/"):],
                                            " ".join(sorted(d[len("pvm/"):] for d in g[h]))))
        elif row:
            print("  %2d  %s" % (n, "  ".join(h[len("pvm/"):] for h in row)))
    return fl


def check_cycles(g, headers):
    bad = []
    for comp in cycles(g, headers):
        for h in comp:
            text = open(os.path.join(ROOT, h), encoding="utf-8").read()
            said = {resolve(h, o) for o in ON_PURPOSE.findall(text)}
            if not (set(comp) - {h}) <= said:
                bad.append(comp)
                break
    for comp in bad:
        print("FAIL include cycle not declared on purpose: " + " -> ".join(comp))
    return not bad


def check_core(g):
    core = core_list()
    if not core:
        print("FAIL no PVM_CORE list in pvm/pvm.mk")
        return False
    allowed = set()
    for n in core + ["arena", "platform"]:
        for ext in (".h", ".c"):
            if os.path.exists(os.path.join(ROOT, "pvm", n + ext)):
                allowed.add("pvm/" + n + ext)
    # a core header's .def lists are part of it
    for f in list(allowed):
        allowed |= {d for d in g.get(f, ()) if d.endswith(".def")}
    ok = True
    for f in sorted(allowed):
        for d in sorted(g.get(f, ())):
            if d not in allowed:
                print("FAIL the core's %s includes %s, above the core" % (f, d))
                ok = False
    return ok


def check_self_contained(headers):
    bad = []
    with tempfile.TemporaryDirectory() as tmp:
        for h in headers:
            if not h.endswith(".h"):
                continue
            src = os.path.join(tmp, "t.c")
            with open(src, "w") as f:
                f.write('#include "%s"\n' % h)
            r = subprocess.run(["gcc", "-std=gnu11", "-fsyntax-only", "-Wall", "-Werror",
                                "-I", ROOT, "-I", os.path.join(ROOT, "build", "include"), src],
                               capture_output=True, text=True)
            if r.returncode != 0:
                bad.append(h)
                print("FAIL %s does not compile alone:\n%s" % (h, r.stderr.strip()))
    return not bad


def main():
    check = "--check" in sys.argv[1:]
    files = pvm_files()
    g = graph(files)
    headers = {f for f in files if f.endswith((".h", ".def"))}
    print_tower(g, headers, "--edges" in sys.argv[1:])
    if not check:
        return 0
    results = [("no undeclared include cycle", check_cycles(g, headers)),
               ("the core includes nothing above it", check_core(g)),
               ("every header compiles alone", check_self_contained(sorted(headers)))]
    for name, ok in results:
        print("%s %s" % ("ok  " if ok else "FAIL", name))
    failed = sum(1 for _, ok in results if not ok)
    print("%d passed, %d failed" % (len(results) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
