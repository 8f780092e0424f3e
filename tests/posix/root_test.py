#!/usr/bin/env python3
"""root_test.py - the POSIX root image on the host (`make posix-root-test`).

Checks build/root/busybox (Debian's busybox-static for i386, fetched by
boot/fetch-busybox.sh) and build/root.tar (kernel/posix/root.mk):
  - busybox is an i386 static ELF executable (file(1)), and it runs on
    this host: arithmetic, ls, a pipeline, $(...), with PATH empty so
    that only its applets can answer;
  - the archive is ustar, uid/gid 0, mtime 0; bin/ then bin/busybox
    first, a hard link to it for every applet of `busybox --list`, the
    /etc files of kernel/posix/root/etc, home/user/, tmp/ (1777) and an
    empty dev/; every entry comes after its directory;
  - unpacked, an applet runs through its link, and /etc/profile gives
    PATH, HOME and a prompt ending in "# " or "$ ";
  - two builds are the same bytes, and ROOT_EXTRA lays a tree over the
    image (a new file, a new directory, an applet replaced without
    touching bin/busybox).
Builds its own archives in build/test-posix/ with `make ROOT_TAR=...`;
unpacks into a temporary directory.
Prints "ok NAME" or "FAIL NAME: why" per check, then "N passed, N failed".
"""
import argparse
import hashlib
import os
import shutil
import stat
import subprocess
import sys
import tarfile
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
ETC_SRC = os.path.join(ROOT, "kernel", "posix", "root", "etc")
WORK = os.path.join(ROOT, "build", "test-posix")

results = []


def check(name):
    """Decorator: run the function as a check; an AssertionError fails it."""
    def run(fn):
        try:
            fn()
            results.append((name, None))
            print("ok   %s" % name)
        except AssertionError as e:
            results.append((name, str(e) or "assertion failed"))
            print("FAIL %s: %s" % (name, e))
        except (OSError, subprocess.SubprocessError, tarfile.TarError) as e:
            results.append((name, repr(e)))
            print("FAIL %s: %r" % (name, e))
        return fn
    return run


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def run(argv, env=None, cwd=None, stdin=subprocess.DEVNULL, timeout=30):
    return subprocess.run(argv, env=env, cwd=cwd, stdin=stdin, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=timeout, text=True)


def make_root(tar, extra=""):
    """Build an archive at TAR with ROOT_EXTRA=EXTRA; its output on failure."""
    make = os.environ.get("MAKE", "make")
    p = run([make, "--no-print-directory", "-C", ROOT, "ROOT_TAR=" + tar,
             "ROOT_EXTRA=" + extra, tar], timeout=600)
    assert p.returncode == 0, "make %s failed:\n%s%s" % (tar, p.stdout[-1500:], p.stderr[-1500:])


def headers_are_ustar(path):
    """Every member header has the POSIX ustar magic ("ustar\\0" "00")."""
    with tarfile.open(path) as t, open(path, "rb") as f:
        for m in t.getmembers():
            f.seek(m.offset + 257)
            magic = f.read(8)
            assert magic == b"ustar\x0000", "%s: magic %r, not ustar" % (m.name, magic)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--busybox", default=os.path.join(ROOT, "build", "root", "busybox"))
    ap.add_argument("--tar", default=os.path.join(ROOT, "build", "root.tar"))
    args = ap.parse_args()
    busybox = os.path.abspath(args.busybox)
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    empty = os.path.join(WORK, "empty-path")
    os.makedirs(empty)
    bare_env = {"PATH": empty, "LC_ALL": "C"}   # only busybox's applets answer
    applets = []

    @check("busybox is an i386 static ELF executable")
    def _():
        assert shutil.which("file"), "file(1) not found (boot/deps.sh all installs it)"
        out = run(["file", "-b", busybox]).stdout
        for want in ("ELF 32-bit LSB executable", "Intel 80386", "statically linked"):
            assert want in out, "file says %r, without %r" % (out.strip(), want)

    @check("busybox --list names the applets")
    def _():
        p = run([busybox, "--list"])
        assert p.returncode == 0, "exit %d: %s" % (p.returncode, p.stderr)
        applets.extend(a for a in p.stdout.split() if a != "busybox")
        for a in ("sh", "ls", "cat", "sort", "head", "tr", "awk", "sed", "vi", "["):
            assert a in applets, "no %s applet" % a
        assert len(applets) >= 100, "only %d applets" % len(applets)

    @check("busybox runs on this host: sh arithmetic, ls, a pipeline, $(...)")
    def _():
        p = run([busybox, "sh", "-c", "echo $((6*7))"], env=bare_env)
        assert p.stdout == "42\n", "sh -c 'echo $((6*7))' printed %r (%s)" % (p.stdout, p.stderr)
        os.makedirs(os.path.join(WORK, "ls", "sub"))
        open(os.path.join(WORK, "ls", "b.txt"), "w").close()
        p = run([busybox, "ls", os.path.join(WORK, "ls")], env=bare_env)
        assert p.stdout.split() == ["b.txt", "sub"], "ls printed %r" % p.stdout
        script = "printf 'pear\\napple\\nfig\\n' | sort | head -n 2 | tr a-z A-Z | wc -l; " \
                 "echo \"$(echo x | sed s/x/y/)\""
        p = run([busybox, "sh", "-c", script], env=bare_env)
        assert p.stdout.split() == ["2", "y"], "pipeline printed %r (%s)" % (p.stdout, p.stderr)
        p = run([busybox, "sh", "-c", "printf 'b\\na\\n' | sort | head -n 1"], env=bare_env)
        assert p.stdout == "a\n", "sort | head printed %r" % p.stdout

    @check("%s: ustar, root-owned, mtime 0" % os.path.relpath(args.tar, ROOT))
    def _():
        headers_are_ustar(args.tar)
        with tarfile.open(args.tar) as t:
            for m in t.getmembers():
                assert (m.uid, m.gid, m.mtime) == (0, 0, 0), \
                    "%s: uid %d gid %d mtime %d" % (m.name, m.uid, m.gid, m.mtime)
                assert not m.name.startswith(("/", "./")), "%s: not a relative name" % m.name

    def check_layout(path):
        with tarfile.open(path) as t:
            members = t.getmembers()
            byname = {m.name: m for m in members}
            names = [m.name for m in members]
            assert names[:2] == ["bin", "bin/busybox"], "archive starts %s" % names[:3]
            bb = byname["bin/busybox"]
            assert bb.isreg() and bb.mode == 0o755, "bin/busybox: type %r mode %o" % (bb.type, bb.mode)
            data = t.extractfile(bb).read()
            assert hashlib.sha256(data).hexdigest() == sha256(busybox), \
                "bin/busybox differs from %s" % busybox
            seen = set()
            for m in members:
                parent = os.path.dirname(m.name)
                assert parent == "" or parent in seen, "%s comes before %s/" % (m.name, parent)
                if m.islnk():
                    assert m.linkname in seen, "%s links to %s, not before it" % (m.name, m.linkname)
                seen.add(m.name)
            return t, byname, members

    @check("every applet is a hard link to bin/busybox")
    def _():
        assert applets, "no applet list"
        _, byname, members = check_layout(args.tar)
        missing = [a for a in applets if "bin/" + a not in byname]
        assert not missing, "no link for %s" % " ".join(missing[:10])
        for a in applets:
            m = byname["bin/" + a]
            assert m.islnk() and m.linkname == "bin/busybox", \
                "bin/%s: type %r -> %r" % (a, m.type, m.linkname)
        links = [m.name for m in members if m.islnk()]
        assert len(links) == len(applets), "%d links for %d applets" % (len(links), len(applets))

    @check("/etc, /home/user, /tmp and /dev are there")
    def _():
        with tarfile.open(args.tar) as t:
            byname = {m.name: m for m in t.getmembers()}
            for name in sorted(os.listdir(ETC_SRC)):
                m = byname.get("etc/" + name)
                assert m is not None and m.isreg(), "no etc/%s" % name
                assert m.mode == 0o644, "etc/%s: mode %o" % (name, m.mode)
                with open(os.path.join(ETC_SRC, name), "rb") as f:
                    assert t.extractfile(m).read() == f.read(), "etc/%s differs from the repo's" % name
            for name in ("passwd", "group", "hostname", "profile"):
                assert "etc/" + name in byname, "no etc/%s" % name
            assert t.extractfile(byname["etc/hostname"]).read() == b"phantom\n", "hostname"
            assert b"root:x:0:0:" in t.extractfile(byname["etc/passwd"]).read(), "passwd has no root"
            for d, mode in (("home", 0o755), ("home/user", 0o755), ("tmp", 0o1777), ("dev", 0o755)):
                m = byname.get(d)
                assert m is not None and m.isdir(), "no %s/" % d
                assert m.mode == mode, "%s/: mode %o, not %o" % (d, m.mode, mode)
            inside_dev = [n for n in byname if n.startswith("dev/")]
            assert not inside_dev, "dev/ is not empty: %s" % inside_dev

    # Outside build/: the top Makefile includes every build/**/*.d, and a
    # ROOT_EXTRA tree may hold an etc/profile.d/.
    tmp = tempfile.TemporaryDirectory(prefix="phantom-root-test.")
    tree = tmp.name

    @check("unpacked: applets run through their links; /etc/profile")
    def _():
        with tarfile.open(args.tar) as t:
            if hasattr(tarfile, "tar_filter"):   # Python 3.12, and 3.11.4 on
                t.extractall(tree, filter="tar")
            else:
                t.extractall(tree)
        sh = os.path.join(tree, "bin", "sh")
        assert os.stat(sh).st_ino == os.stat(os.path.join(tree, "bin", "busybox")).st_ino, \
            "bin/sh is not bin/busybox's inode"
        p = run([sh, "-c", "echo $((6*7))"], env=bare_env)
        assert p.stdout == "42\n", "bin/sh printed %r (%s)" % (p.stdout, p.stderr)
        p = run([os.path.join(tree, "bin", "ls"), os.path.join(tree, "etc")], env=bare_env)
        assert p.stdout.split() == ["group", "hostname", "passwd", "profile"], "ls etc: %r" % p.stdout
        profile = os.path.join(tree, "etc", "profile")
        p = run([sh, "-n", profile], env=bare_env)
        assert p.returncode == 0, "etc/profile: %s" % p.stderr
        p = run([sh, "-c", '. "$0" 2>/dev/null; echo "$PATH|$HOME"', profile], env=bare_env)
        assert p.stdout == "/bin|/home/user\n", "after etc/profile: %r" % p.stdout
        # An interactive shell prints its prompt (busybox: on stdout), then
        # a newline at the end of its input.
        p = run([sh, "-i"], env=dict(bare_env, ENV=profile))
        prompt = p.stdout.rstrip("\n")
        assert prompt.endswith(("# ", "$ ")), "the prompt does not end in '# ' or '$ ': %r" % prompt[-40:]

    plain = os.path.join(WORK, "plain.tar")

    @check("two builds are the same bytes")
    def _():
        make_root(plain)
        first = sha256(plain)
        os.unlink(plain)
        make_root(plain)
        assert sha256(plain) == first, "the second build differs"
        headers_are_ustar(plain)
        check_layout(plain)

    @check("ROOT_EXTRA lays a tree over the image")
    def _():
        extra = os.path.join(WORK, "extra")
        for d in ("opt", "bin", "etc"):
            os.makedirs(os.path.join(extra, d))
        with open(os.path.join(extra, "opt", "x"), "w") as f:
            f.write("over the root\n")
        with open(os.path.join(extra, "etc", "motd"), "w") as f:
            f.write("motd\n")
        with open(os.path.join(extra, "bin", "true"), "w") as f:
            f.write("#!/bin/sh\nexit 0\n")
        os.chmod(os.path.join(extra, "bin", "true"), 0o700)
        tar = os.path.join(WORK, "extra.tar")
        make_root(tar, extra)
        with tarfile.open(tar) as t:
            byname = {m.name: m for m in t.getmembers()}
            assert "opt" in byname and byname["opt"].isdir(), "no opt/"
            x = byname.get("opt/x")
            assert x is not None and x.isreg() and x.mode == 0o644, "opt/x missing or mode"
            assert t.extractfile(x).read() == b"over the root\n", "opt/x's content"
            assert "etc/motd" in byname and "etc/passwd" in byname, "etc/ was not merged"
            tr = byname["bin/true"]
            assert tr.isreg() and tr.mode == 0o755, "bin/true: type %r mode %o" % (tr.type, tr.mode)
            assert t.extractfile(tr).read() == b"#!/bin/sh\nexit 0\n", "bin/true's content"
            data = t.extractfile(byname["bin/busybox"]).read()
            assert hashlib.sha256(data).hexdigest() == sha256(busybox), "bin/busybox was written through"
            assert byname["bin/false"].islnk(), "bin/false is no longer a link"
        # Another ROOT_EXTRA rebuilds the same path: opt/x gone, opt/y there.
        os.unlink(os.path.join(extra, "opt", "x"))
        with open(os.path.join(extra, "opt", "y"), "w") as f:
            f.write("y\n")
        make_root(tar, extra)
        with tarfile.open(tar) as t:
            names = set(t.getnames())
        assert "opt/y" in names and "opt/x" not in names, "a changed ROOT_EXTRA did not rebuild"
        make_root(tar)
        with tarfile.open(tar) as t:
            names = set(t.getnames())
        assert "opt" not in names, "ROOT_EXTRA= (none) still has opt/"
        assert sha256(tar) == sha256(plain), "without ROOT_EXTRA the archive differs from the plain one"

    tmp.cleanup()
    failed = [n for n, why in results if why]
    print("%d passed, %d failed" % (len(results) - len(failed), len(failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
