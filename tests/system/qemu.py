"""qemu.py - run Phantom in QEMU and drive it like a person would, over QMP.

Every system test reuses this module (Python 3 standard library only).

    with Machine(iso, disk) as m:
        match, t = m.wait_serial(r"desktop ready", timeout=20)
        m.mouse_abs(300, 200)
        img = m.screendump("desktop")       # build/test-shots/desktop.png
        print(img.pixel(10, 10))

Invariant: a QEMU started here never outlives the test that started it. The
Machine is a context manager that kills QEMU in `finally`; every live
Machine is also killed at interpreter exit (atexit) and on SIGTERM/SIGHUP,
and the child gets PR_SET_PDEATHSIG so that even a SIGKILL of Python takes
QEMU down with it.

Screens are read with QMP `screendump` in PPM (trivial to parse) and saved
as PNG (written here with zlib) so a person can open them.
"""

import atexit
import ctypes
import json
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import tempfile
import time
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.path.join(ROOT, "build")
SHOTS = os.path.join(BUILD, "test-shots")
WORK = os.path.join(BUILD, "test-system")

SCREEN_W, SCREEN_H = 1024, 768
QMP_ABS_MAX = 0x7FFF          # QMP absolute axes run 0..0x7fff

_live = set()                 # Machines whose QEMU may still run


class QemuError(Exception):
    """QEMU could not start, died, or refused a QMP command."""


# ---------------------------------------------------------------- cleanup

def _kill_all():
    for m in list(_live):
        m.kill()


def _on_signal(signum, frame):
    _kill_all()
    os._exit(128 + signum)


atexit.register(_kill_all)
for _sig in (signal.SIGTERM, signal.SIGHUP):
    signal.signal(_sig, _on_signal)


def _die_with_parent():
    """Runs in the child before exec: SIGKILL it when Python dies."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)     # PR_SET_PDEATHSIG
    except Exception:
        pass


# ---------------------------------------------------------------- disks, ISOs

def new_blank_disk(path, mib=64):
    """A raw disk of `mib` MiB of zeros (sparse), replacing any old one."""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    if os.path.exists(path):
        os.unlink(path)
    with open(path, "wb") as f:
        f.truncate(mib << 20)
    return path


def variant_iso(name, kcmdline, apps=()):
    """Build build/test-system/NAME.iso whose kernel command line is
    `kcmdline` (make iso ISO=... KCMDLINE=...), with the .ph files `apps`
    (paths from the repository's top) added to its apps.tar, and return
    its path."""
    iso = os.path.join(WORK, name + ".iso")
    env = dict(os.environ)
    for k in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL"):
        env.pop(k, None)
    # Rebuilt every time (~0.2 s): never a stale kernel or command line.
    if os.path.exists(iso):
        os.unlink(iso)
    p = subprocess.run(["make", "--no-print-directory", "iso",
                        "ISO=" + os.path.relpath(iso, ROOT),
                        "KCMDLINE=" + kcmdline,
                        "APPS_EXTRA=" + " ".join(apps)],
                       cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if p.returncode != 0 or not os.path.exists(iso):
        raise QemuError("building %s failed:\n%s" %
                        (iso, p.stdout.decode(errors="replace")[-3000:]))
    return iso


# ---------------------------------------------------------------- images

class Image:
    """An RGB picture: width, height and `rgb` (3 bytes a pixel, rows top
    to bottom)."""

    def __init__(self, width, height, rgb):
        assert len(rgb) == width * height * 3
        self.width, self.height, self.rgb = width, height, bytes(rgb)

    @property
    def size(self):
        return (self.width, self.height)

    def pixel(self, x, y):
        i = (y * self.width + x) * 3
        return tuple(self.rgb[i:i + 3])

    def crop(self, x, y, w, h):
        """The w x h box at (x, y), clipped to the picture."""
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(self.width, x + w), min(self.height, y + h)
        rows = [self.rgb[(r * self.width + x0) * 3:(r * self.width + x1) * 3]
                for r in range(y0, y1)]
        return Image(max(0, x1 - x0), max(0, y1 - y0), b"".join(rows))

    def pixels(self):
        """Every pixel as an (r, g, b) tuple, row by row."""
        d = self.rgb
        return [(d[i], d[i + 1], d[i + 2]) for i in range(0, len(d), 3)]

    def distinct_colours(self):
        d = self.rgb
        return len({d[i:i + 3] for i in range(0, len(d), 3)})

    def mean(self):
        """Mean (r, g, b) over the picture."""
        n = max(1, self.width * self.height)
        d = self.rgb
        return (sum(d[0::3]) / n, sum(d[1::3]) / n, sum(d[2::3]) / n)

    def luminance(self):
        r, g, b = self.mean()
        return 0.299 * r + 0.587 * g + 0.114 * b

    def diff(self, other):
        """(max, mean) absolute difference per channel; sizes must match."""
        if self.size != other.size:
            raise ValueError("size %s != %s" % (self.size, other.size))
        d = [abs(a - b) for a, b in zip(self.rgb, other.rgb)]
        return (max(d, default=0), sum(d) / max(1, len(d)))

    def same(self, other):
        """The share of pixels exactly equal in both (sizes must match)."""
        if self.size != other.size:
            raise ValueError("size %s != %s" % (self.size, other.size))
        a, b = self.rgb, other.rgb
        n = self.width * self.height
        equal = sum(1 for i in range(0, 3 * n, 3) if a[i:i + 3] == b[i:i + 3])
        return equal / max(1, n)

    def save_png(self, path):
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        with open(path, "wb") as f:
            f.write(png_encode(self.width, self.height, self.rgb))
        return path


def ppm_decode(data):
    """Parse a binary PPM (P6, maxval 255), as QEMU's screendump writes it."""
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos) + 1
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    magic, w, h, maxval = fields[0], int(fields[1]), int(fields[2]), int(fields[3])
    if magic != b"P6" or maxval != 255:
        raise ValueError("not an 8-bit P6 PPM: %r %d" % (magic, maxval))
    pos += 1                             # the single whitespace byte
    rgb = data[pos:pos + w * h * 3]
    if len(rgb) != w * h * 3:
        raise ValueError("PPM truncated: %d of %d bytes" % (len(rgb), w * h * 3))
    return Image(w, h, rgb)


def _unfilter(ftype, line, prev, bpp):
    """Undo one PNG row filter (in place on `line`, a bytearray)."""
    n = len(line)
    if ftype == 1:
        for i in range(bpp, n):
            line[i] = (line[i] + line[i - bpp]) & 255
    elif ftype == 2:
        for i in range(n):
            line[i] = (line[i] + prev[i]) & 255
    elif ftype == 3:
        for i in range(n):
            left = line[i - bpp] if i >= bpp else 0
            line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
    elif ftype == 4:
        for i in range(n):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
            line[i] = (line[i] + pred) & 255
    elif ftype != 0:
        raise ValueError("bad PNG filter %d" % ftype)


def png_decode(data):
    """Decode an 8-bit RGB or RGBA non-interlaced PNG (alpha dropped), for
    comparing screens with reference pictures. Slow (pure Python)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, hdr = 8, [], None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            hdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    w, h, depth, ctype, _, _, interlace = hdr
    if depth != 8 or ctype not in (2, 6) or interlace:
        raise ValueError("only 8-bit RGB/RGBA non-interlaced PNGs")
    bpp = 3 if ctype == 2 else 4
    raw, stride = zlib.decompress(b"".join(idat)), w * bpp
    out, prev = bytearray(), bytearray(stride)
    for y in range(h):
        at = y * (stride + 1)
        line = bytearray(raw[at + 1:at + 1 + stride])
        _unfilter(raw[at], line, prev, bpp)
        out += line if bpp == 3 else b"".join(
            line[i:i + 3] for i in range(0, stride, 4))
        prev = line
    return Image(w, h, out)


def png_encode(width, height, rgb):
    """An 8-bit RGB, non-interlaced PNG; each row with filter 0 (None)."""
    def chunk(kind, body):
        return (struct.pack(">I", len(body)) + kind + body +
                struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))
    stride = width * 3
    raw = b"".join(b"\0" + rgb[y * stride:(y + 1) * stride] for y in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) +
            chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------- QMP

class Qmp:
    """A QMP client over a unix socket: one command at a time, events
    skipped."""

    def __init__(self, path, alive, timeout=10.0):
        deadline = time.monotonic() + timeout
        while True:
            if not alive():
                raise QemuError("QEMU exited before its QMP socket opened")
            try:
                s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                s.connect(path)
                break
            except (FileNotFoundError, ConnectionRefusedError):
                s.close()
                if time.monotonic() > deadline:
                    raise QemuError("no QMP socket at %s after %.0f s" % (path, timeout))
                time.sleep(0.02)
        s.settimeout(30)
        self.sock, self.file = s, s.makefile("rb")
        greeting = self._read()
        if "QMP" not in greeting:
            raise QemuError("bad QMP greeting: %r" % greeting)
        self.command("qmp_capabilities")

    def _read(self):
        while True:
            line = self.file.readline()
            if not line:
                raise QemuError("QMP connection closed")
            msg = json.loads(line)
            if "event" not in msg:
                return msg

    def command(self, name, **args):
        """Run one command; return its "return" value or raise QemuError."""
        msg = {"execute": name}
        if args:
            msg["arguments"] = args
        self.sock.sendall(json.dumps(msg).encode() + b"\n")
        reply = self._read()
        if "error" in reply:
            raise QemuError("QMP %s: %s" % (name, reply["error"].get("desc", reply)))
        return reply.get("return")

    def close(self):
        try:
            self.file.close()
            self.sock.close()
        except OSError:
            pass


# ---------------------------------------------------------------- keys

# Characters that are one key on a US keyboard, and those that need shift.
_QCODE = {" ": "spc", "\n": "ret", "\t": "tab", "-": "minus", "=": "equal",
          "[": "bracket_left", "]": "bracket_right", "\\": "backslash",
          ";": "semicolon", "'": "apostrophe", "`": "grave_accent",
          ",": "comma", ".": "dot", "/": "slash", "\b": "backspace",
          "\x1b": "esc"}
_SHIFTED = dict(zip('!@#$%^&*()_+{}|:"~<>?', '1234567890-=[]\\;\'`,./'))


def _key_chord(key):
    """qcodes to hold, in order, for a key name or a character."""
    if len(key) > 1:
        return [{"enter": "ret", "space": "spc", "escape": "esc"}.get(key, key)]
    if key.isascii() and key.isalnum():
        return ["shift", key.lower()] if key.isupper() else [key]
    if key in _SHIFTED:
        return ["shift"] + _key_chord(_SHIFTED[key])
    if key in _QCODE:
        return [_QCODE[key]]
    raise ValueError("no key for %r" % key)


def _key_event(qcode, down):
    return {"type": "key",
            "data": {"down": down, "key": {"type": "qcode", "data": qcode}}}


# ---------------------------------------------------------------- the machine

class Machine:
    """One QEMU running Phantom. Use as a context manager."""

    def __init__(self, iso, disk, mem=256, name="machine", extra=(),
                 screen=(SCREEN_W, SCREEN_H), display="none"):
        self.iso, self.disk, self.mem, self.name = iso, disk, mem, name
        self.display = display                # "none", or "gtk" for a window
        self.extra, self.screen = list(extra), screen
        self.dir = os.path.join(WORK, name)
        self.boots = 0
        self.serial_path = self.stderr_path = None
        self.proc = self.qmp = None
        self.t0 = None
        self._sockdir = None
        self._console = None

    # -- life cycle

    def argv(self, sock):
        media = []
        if self.iso:
            media += ["-cdrom", self.iso, "-boot", "d"]
        if self.disk:
            media += ["-drive", "file=%s,format=raw,if=ide,index=0" % self.disk]
        return ["qemu-system-i386", "-machine", "pc", "-accel", "tcg",
                "-m", str(self.mem), "-vga", "std", "-display", self.display] + media + [
                "-serial", "file:" + self.serial_path,
                # COM2: the console line sync() types into (kernel/console.c)
                "-serial", "unix:%s,server=on,wait=off" % self.console_path(sock),
                "-qmp", "unix:%s,server=on,wait=off" % sock,
                "-no-reboot",
                "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"] + self.extra

    def start(self):
        """Boot. A Machine can be started again after kill()/power_cut()
        (same disk): boot N>1 logs to serial.N.log and qemu.N.log, so the
        earlier boots' logs stay."""
        if self.alive():
            raise QemuError("%s is already running" % self.name)
        for f in (self.iso, self.disk):
            if f is not None and not os.path.exists(f):
                raise QemuError("no such file: %s" % f)
        self.boots += 1
        if self.boots == 1 and os.path.isdir(self.dir):
            shutil.rmtree(self.dir)             # logs of an earlier run
        os.makedirs(self.dir, exist_ok=True)
        n = "" if self.boots == 1 else ".%d" % self.boots
        self.serial_path = os.path.join(self.dir, "serial%s.log" % n)
        self.stderr_path = os.path.join(self.dir, "qemu%s.log" % n)
        # A unix socket path is limited to ~108 bytes: keep it short.
        self._sockdir = tempfile.mkdtemp(prefix="phantom-qmp-")
        sock = os.path.join(self._sockdir, "qmp.sock")
        argv = self.argv(sock)
        with open(os.path.join(self.dir, "cmdline%s" % n), "w") as f:
            f.write(" ".join(argv) + "\n")
        err = open(self.stderr_path, "wb")
        _live.add(self)
        self.t0 = time.monotonic()
        self.proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL,
                                     stdout=err, stderr=err,
                                     preexec_fn=_die_with_parent)
        err.close()
        self.qmp = Qmp(sock, self.alive)
        return self

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def kill(self):
        """Stop QEMU at once (SIGKILL) and forget it. Safe to call twice."""
        if self.qmp:
            self.qmp.close()
            self.qmp = None
        if self._console:
            self._console.close()
            self._console = None
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        _live.discard(self)
        if self._sockdir:
            for f in os.listdir(self._sockdir):
                os.unlink(os.path.join(self._sockdir, f))
            os.rmdir(self._sockdir)
            self._sockdir = None

    def power_cut(self):
        """Pull the plug: SIGKILL. Completed IDE writes are already on disk."""
        self.kill()

    def wait_exit(self, timeout):
        """Wait for QEMU to exit by itself; return its exit status."""
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            raise TimeoutError("QEMU still running after %.0f s\n%s" %
                               (timeout, self.serial_tail()))

    def elapsed(self):
        return time.monotonic() - self.t0

    def __enter__(self):
        try:
            return self.start()
        except BaseException:
            self.kill()
            raise

    def __exit__(self, *exc):
        self.kill()
        return False

    # -- serial log

    def serial_bytes(self):
        if not self.serial_path:
            return b""
        try:
            with open(self.serial_path, "rb") as f:
                return f.read()
        except FileNotFoundError:
            return b""

    def serial_text(self, since=0):
        """The serial log from byte offset `since`, decoded."""
        return self.serial_bytes()[since:].decode("utf-8", errors="replace")

    def serial_size(self):
        """A mark for wait_serial(since=...): the log's length now."""
        return len(self.serial_bytes())

    def serial_tail(self, lines=25):
        tail = self.serial_text().splitlines()[-lines:]
        return "--- last %d serial lines (%s):\n%s" % (
            len(tail), self.serial_path, "\n".join(tail))

    def wait_serial(self, regex, timeout, since=0):
        """Wait until `regex` matches the serial log (from byte `since`).
        Returns (match, seconds since QEMU started) at the moment it was
        seen; raises TimeoutError (with the log's tail) or QemuError."""
        pat = re.compile(regex, re.M)
        deadline = time.monotonic() + timeout
        while True:
            m = pat.search(self.serial_text(since))
            if m:
                return m, self.elapsed()
            if not self.alive():
                raise QemuError("QEMU exited (status %s) before /%s/\n%s" %
                                (self.proc.returncode, regex, self.serial_tail()))
            if time.monotonic() > deadline:
                raise TimeoutError("no /%s/ on serial after %.1f s\n%s" %
                                   (regex, timeout, self.serial_tail()))
            time.sleep(0.01)

    @staticmethod
    def console_path(sock):
        return os.path.join(os.path.dirname(sock), "console.sock")

    def console(self, line):
        """Type one line into the guest's serial console (COM2)."""
        if self._console is None:
            path = self.console_path(os.path.join(self._sockdir, "qmp.sock"))
            c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            c.connect(path)
            self._console = c
        self._console.sendall((line + "\n").encode())

    def sync(self, timeout=20):
        """Wait until everything done so far is committed and on the
        screen: types "sync N" into COM1 (kernel/console.c), which the
        desktop handles after every key and click sent before it, and waits
        for the world's "sync M: committed gen=G" with M >= N (the apps
        handled those events, a snapshot holding it all committed, the
        screen composed). Returns G."""
        self._syncs = getattr(self, "_syncs", 0) + 1
        n = self._syncs
        mark = self.serial_size()
        self.console("sync %d" % n)
        pat = re.compile(r"^\[[ 0-9.]+\] sync (\d+): committed gen=(\d+)", re.M)
        deadline = time.monotonic() + timeout
        while True:
            for m in pat.finditer(self.serial_text(mark)):
                if int(m.group(1)) >= n:
                    return int(m.group(2))
            if not self.alive():
                raise QemuError("QEMU exited (status %s) before sync %d was answered\n%s"
                                % (self.proc.returncode, n, self.serial_tail()))
            if time.monotonic() > deadline:
                raise TimeoutError("sync %d not answered after %.1f s (the world never "
                                   "went idle, or cannot commit)\n%s"
                                   % (n, timeout, self.serial_tail()))
            time.sleep(0.01)

    def wait_quiet(self, quiet=0.5, timeout=10):
        """Wait until the serial log has not grown for `quiet` seconds (or
        QEMU exited); return the whole log."""
        deadline = time.monotonic() + timeout
        size, since = -1, time.monotonic()
        while time.monotonic() < deadline and self.alive():
            n = self.serial_size()
            if n != size:
                size, since = n, time.monotonic()
            elif time.monotonic() - since >= quiet:
                break
            time.sleep(0.05)
        return self.serial_text()

    # -- screen

    def screendump(self, name=None):
        """The screen now, as an Image; saved as build/test-shots/NAME.png
        when a name is given."""
        if not self.alive():
            raise QemuError("QEMU is not running\n" + self.serial_tail())
        ppm = os.path.join(self._sockdir, "screen.ppm")
        self.qmp.command("screendump", filename=ppm)
        with open(ppm, "rb") as f:
            img = ppm_decode(f.read())
        os.unlink(ppm)
        if name:
            img.save_png(os.path.join(SHOTS, name + ".png"))
        return img

    # -- input

    def send_events(self, events):
        self.qmp.command("input-send-event", events=events)

    def key(self, key, hold=0.02):
        """Press and release one key: a character ('a', 'A', '!', '\\n') or
        a QEMU qcode name ('ret', 'esc', 'f1', 'left', 'ctrl' ...).
        Modifiers (shift for capitals) go down first, up last."""
        chord = _key_chord(key)
        self.send_events([_key_event(q, True) for q in chord])
        time.sleep(hold)
        self.send_events([_key_event(q, False) for q in reversed(chord)])
        time.sleep(hold)

    def type_text(self, text, hold=0.02):
        for ch in text:
            self.key(ch, hold)

    def chord(self, *keys, hold=0.03):
        """Hold keys together, in order, and let go in reverse: qcode names
        or characters, e.g. chord("ctrl", "c"), chord("shift", "home")."""
        codes = []
        for k in keys:
            codes += [c for c in _key_chord(k) if c not in codes]
        self.send_events([_key_event(q, True) for q in codes])
        time.sleep(hold)
        self.send_events([_key_event(q, False) for q in reversed(codes)])
        time.sleep(hold)

    def drag(self, x0, y0, x1, y1, steps=10, pause=0.03):
        """Press the left button at (x0, y0), move in steps, release at (x1, y1)."""
        self.mouse_abs(x0, y0)
        time.sleep(pause)
        self.mouse_button("left", True)
        time.sleep(pause)
        for i in range(1, steps + 1):
            self.mouse_abs(x0 + (x1 - x0) * i // steps, y0 + (y1 - y0) * i // steps)
            time.sleep(pause)
        self.mouse_button("left", False)
        time.sleep(pause)

    def _abs_value(self, v, extent):
        """Pixel -> QMP axis value landing in the middle of that pixel for
        a guest that computes pixel = value * extent / (QMP_ABS_MAX + 1)."""
        v = min(max(v, 0), extent - 1)
        return min(QMP_ABS_MAX, int((v + 0.5) * (QMP_ABS_MAX + 1) / extent))

    def mouse_abs(self, x, y, timeout=5.0):
        """Move the absolute pointer to pixel (x, y). Retries while the
        guest has not enabled its absolute pointer yet."""
        w, h = self.screen
        ev = [{"type": "abs", "data": {"axis": "x", "value": self._abs_value(x, w)}},
              {"type": "abs", "data": {"axis": "y", "value": self._abs_value(y, h)}}]
        deadline = time.monotonic() + timeout
        while True:
            try:
                return self.send_events(ev)
            except QemuError as e:
                if "handler not found" not in str(e) or time.monotonic() > deadline:
                    raise QemuError("%s (has the guest enabled its absolute "
                                    "pointer?)" % e)
                time.sleep(0.1)

    def mouse_button(self, button="left", down=True):
        """Press (down=True) or release a button: left, right, middle."""
        self.send_events([{"type": "btn",
                           "data": {"down": down, "button": button}}])

    def click(self, x, y, button="left"):
        self.mouse_abs(x, y)
        time.sleep(0.05)
        self.mouse_button(button, True)
        time.sleep(0.05)
        self.mouse_button(button, False)
