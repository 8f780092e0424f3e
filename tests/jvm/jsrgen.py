#!/usr/bin/env python3
"""jsrgen.py OUTDIR - write OUTDIR/Jsr.class, a class javac cannot make.

Invariant: the class is valid for the real JVM (version 49.0, checked by the
old type-inferring verifier, so no StackMapTable) and its main uses the
subroutine instructions `jsr` and `ret`, which pvm's Java front end refuses:
tests/jvm/run.py expects `jsr` in its error. On the real JVM it prints
`in a subroutine` and `after`.

    public class Jsr {
        public static void main(String[] args) {
             0: jsr 12
             3: getstatic System.out; ldc "after"; invokevirtual println
            11: return
            12: astore_1
                getstatic System.out; ldc "in a subroutine"; invokevirtual println
            21: ret 1
        }
    }
"""

import os
import struct
import sys


class Pool:
    """A constant pool built as entries are asked for (index 1 upwards)."""

    def __init__(self):
        self.entries, self.index = [], {}

    def add(self, key, data):
        if key not in self.index:
            self.entries.append(data)
            self.index[key] = len(self.entries)
        return self.index[key]

    def utf8(self, s):
        b = s.encode("utf-8")
        return self.add(("utf8", s), struct.pack(">BH", 1, len(b)) + b)

    def cls(self, name):
        return self.add(("class", name), struct.pack(">BH", 7, self.utf8(name)))

    def string(self, s):
        return self.add(("string", s), struct.pack(">BH", 8, self.utf8(s)))

    def nat(self, name, desc):
        return self.add(("nat", name, desc), struct.pack(">BHH", 12, self.utf8(name), self.utf8(desc)))

    def field(self, cls, name, desc):
        return self.add(("field", cls, name, desc), struct.pack(">BHH", 9, self.cls(cls), self.nat(name, desc)))

    def method(self, cls, name, desc):
        return self.add(("method", cls, name, desc), struct.pack(">BHH", 10, self.cls(cls), self.nat(name, desc)))

    def bytes(self):
        return struct.pack(">H", len(self.entries) + 1) + b"".join(self.entries)


def class_file():
    cp = Pool()
    this, sup = cp.cls("Jsr"), cp.cls("java/lang/Object")
    out = cp.field("java/lang/System", "out", "Ljava/io/PrintStream;")
    println = cp.method("java/io/PrintStream", "println", "(Ljava/lang/String;)V")
    after, inside = cp.string("after"), cp.string("in a subroutine")
    assert after < 256 and inside < 256      # ldc takes one byte

    def say(s):
        return struct.pack(">BHBBBH", 0xB2, out, 0x12, s, 0xB6, println)   # getstatic, ldc, invokevirtual

    code = (struct.pack(">BH", 0xA8, 12)      # 0: jsr +12
            + say(after)                      # 3
            + b"\xb1"                         # 11: return
            + b"\x4c"                         # 12: astore_1 (the return address)
            + say(inside)                     # 13
            + b"\xa9\x01")                    # 21: ret 1
    assert len(code) == 23
    code_attr = struct.pack(">HHI", 2, 2, len(code)) + code + struct.pack(">HH", 0, 0)
    method = (struct.pack(">HHHH", 0x0009, cp.utf8("main"), cp.utf8("([Ljava/lang/String;)V"), 1)
              + struct.pack(">HI", cp.utf8("Code"), len(code_attr)) + code_attr)
    body = (struct.pack(">HHHH", 0x0021, this, sup, 0)        # public super; no interfaces
            + struct.pack(">H", 0)                            # no fields
            + struct.pack(">H", 1) + method
            + struct.pack(">H", 0))                           # no class attributes
    return struct.pack(">IHH", 0xCAFEBABE, 0, 49) + cp.bytes() + body


def main():
    if len(sys.argv) != 2:
        print("usage: jsrgen.py OUTDIR", file=sys.stderr)
        return 2
    os.makedirs(sys.argv[1], exist_ok=True)
    with open(os.path.join(sys.argv[1], "Jsr.class"), "wb") as f:
        f.write(class_file())
    return 0


if __name__ == "__main__":
    sys.exit(main())
