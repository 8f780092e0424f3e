#!/usr/bin/env python3
"""rtclosure.py DIR [JNATIVES.DEF] - the runtime's class files (javac's
output of pvm/jvm/rt) must be closed: every class, method and field they
refer to is one of theirs (the converter loads nothing else), and none
uses invokedynamic (lambdas, string concatenation: the converter gets
those later). With the natives table, every `native` method must have its
line in it and every line its method. Prints what is missing; ends with
"N passed, N failed"; exit 1 if anything is missing."""
import os
import struct
import sys


def parse(path):
    data = open(path, "rb").read()
    p = 8
    (n,) = struct.unpack_from(">H", data, p)
    p += 2
    cp = [None] * n
    i = 1
    while i < n:
        tag = data[p]
        p += 1
        if tag == 1:
            (ln,) = struct.unpack_from(">H", data, p)
            cp[i] = ("utf8", data[p + 2:p + 2 + ln].decode("utf-8", "replace"))
            p += 2 + ln
        elif tag in (3, 4):
            p += 4
        elif tag in (5, 6):
            p += 8
            i += 1
        elif tag in (7, 8, 16, 19, 20):
            (a,) = struct.unpack_from(">H", data, p)
            cp[i] = (tag, a)
            p += 2
        elif tag in (9, 10, 11, 12, 17, 18):
            a, b = struct.unpack_from(">HH", data, p)
            cp[i] = (tag, a, b)
            p += 4
        elif tag == 15:
            p += 3
            cp[i] = (15,)
        else:
            raise ValueError("%s: bad constant tag %d" % (path, tag))
        i += 1

    def utf(k):
        return cp[k][1]

    def cls(k):
        return utf(cp[k][1])

    access, this, sup = struct.unpack_from(">HHH", data, p)
    p += 6
    (ni,) = struct.unpack_from(">H", data, p)
    p += 2
    ifaces = [cls(struct.unpack_from(">H", data, p + 2 * k)[0]) for k in range(ni)]
    p += 2 * ni
    members = []
    for kind in ("field", "method"):
        (cnt,) = struct.unpack_from(">H", data, p)
        p += 2
        for _ in range(cnt):
            acc, name, desc, na = struct.unpack_from(">HHHH", data, p)
            p += 8
            for _ in range(na):
                (ln,) = struct.unpack_from(">I", data, p + 2)
                p += 6 + ln
            members.append((kind, utf(name), utf(desc), acc))
    refs = []
    for e in cp:
        if not e or e[0] == "utf8":
            continue
        if e[0] == 7:
            refs.append(("class", utf(e[1]), None, None))
        elif e[0] in (9, 10, 11):
            nt = cp[e[2]]
            refs.append(({9: "field", 10: "method", 11: "imethod"}[e[0]], cls(e[1]), utf(nt[1]),
                         utf(nt[2])))
        elif e[0] in (17, 18):
            refs.append(("indy", None, None, None))
    return {"name": cls(this), "super": cls(sup) if sup else None, "ifaces": ifaces,
            "members": members, "refs": refs}


def main():
    root = sys.argv[1]
    classes = {}
    for d, _, names in os.walk(root):
        for n in names:
            if n.endswith(".class"):
                c = parse(os.path.join(d, n))
                classes[c["name"]] = c

    def find(owner, kind, name, desc, seen=None):
        seen = seen or set()
        if owner in seen or owner not in classes:
            return False
        seen.add(owner)
        c = classes[owner]
        for k, n, dsc, _ in c["members"]:
            if k == kind and n == name and (kind == "field" or dsc == desc):
                return True
        for s in ([c["super"]] if c["super"] else []) + c["ifaces"]:
            if find(s, kind, name, desc, seen):
                return True
        return False

    missing = set()
    indy = set()
    for c in classes.values():
        for kind, owner, name, desc in c["refs"]:
            if kind == "indy":
                indy.add(c["name"])
                continue
            base = owner.lstrip("[")
            if owner.startswith("["):
                if base.startswith("L"):
                    base = base[1:-1]
                else:
                    base = None
                if kind == "class":
                    if base and base not in classes:
                        missing.add("class %s (in %s)" % (base, c["name"]))
                    continue
                owner = "java/lang/Object"
            if kind == "class":
                if owner not in classes:
                    missing.add("class %s (in %s)" % (owner, c["name"]))
                continue
            if owner not in classes:
                missing.add("class %s (in %s)" % (owner, c["name"]))
                continue
            k = "field" if kind == "field" else "method"
            if not find(owner, k, name, desc):
                missing.add("%s %s.%s%s (in %s)" % (k, owner, name, "" if k == "field" else desc,
                                                   c["name"]))
    for m in sorted(missing):
        print("missing: " + m)
    for c in sorted(indy):
        print("invokedynamic in " + c)
    declared = set((c["name"], m[1] + m[2]) for c in classes.values() for m in c["members"]
                   if m[0] == "method" and m[3] & 0x100)
    natives = len(declared)
    if len(sys.argv) > 2:
        import re
        table = set(re.findall(r'^JNAT\("([^"]+)", "([^"]+)", \w+\)', open(sys.argv[2]).read(), re.M))
        for cname, key in sorted(declared - table):
            missing.add("native %s.%s has no line in %s" % (cname, key, sys.argv[2]))
            print("missing: native %s.%s has no JNAT line" % (cname, key))
        for cname, key in sorted(table - declared):
            print("note: JNAT %s.%s is declared by no class (kept: numbers are stored)" % (cname, key))
    print("rtclosure: %d classes, %d native methods" % (len(classes), natives))
    bad = len(missing) + len(indy)
    print("%d passed, %d failed" % (len(classes) - min(bad, len(classes)), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
