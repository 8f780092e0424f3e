#!/bin/sh
# deps.sh all|host|lint - make sure the Debian packages the build needs are
# installed.
#
# Asks dpkg which of the packages are missing (one dpkg-query call, well
# under a second when nothing is). As root it installs the missing ones
# without recommends, running `apt-get update` first, once, and only when
# something is missing or apt has no package lists at all. As another user it
# prints the one command to run and exits 1. Never reads standard input.
#
#   host: compile and unit-test gui/ and wm/ on the host, build FreeType,
#         compile and check Java (tests/jvm, tests/bench/java)
#   all:  host + build the i386 kernel and the GRUB ISO, run it in QEMU;
#         the POSIX root image and its test (make root, posix-root-test)
#   run:  all + QEMU's window (make run)
#   lint: tests/lint.sh (clang-format, cppcheck)
set -eu

# Why each package is here:
#   gcc libc6-dev make pkg-config  compiler, C library headers, build driver
#   libfreetype-dev libpng-dev     host builds of gui/ link FreeType and libpng
#   libstb-dev                     stb_image.h, copied into build/include/
#   fonts-dejavu-core              the DejaVu fonts put into the ISO
#   xz-utils                       FreeType's source tarball is .tar.xz
#   patch                          applies Debian's patches to FreeType
#   lua5.4                         asked for by the plan; no build step uses it yet
#   python3                        tests/system (QEMU driven over QMP)
#   openjdk-17-jdk-headless        javac and java: the Java runtime of pvm/jvm
#                                  and Java apps are compiled at build time;
#                                  tests/jvm and tests/bench/java compare
#                                  against the real JVM
#   gcc-multilib                   -m32: 32-bit libgcc (__udivdi3 ...); the
#                                  unit tests' i386 programs (kernel/posix)
#   qemu-system-x86                qemu-system-i386 (pulls seabios, the BIOS)
#   grub-common grub-pc-bin        grub-mkrescue and its i386-pc modules
#   xorriso                        grub-mkrescue writes the ISO with it
#   file                           tests/posix/root_test.py: is build/root/busybox
#                                  an i386 static ELF (make posix-root-test)
# Not needed: dpkg-dev (FreeType's source is fetched --download-only,
# unpacked with tar and patched with patch), qemu-utils (disks are made
# with truncate), mtools (only for an EFI GRUB), seabios (a dependency of
# qemu-system-x86), qemu-user (busybox-static for i386 runs directly on an
# amd64 host, whose kernel runs i386 programs; dpkg-deb, which unpacks it,
# is part of dpkg).
HOST="gcc gcc-multilib libc6-dev make pkg-config libfreetype-dev libpng-dev libstb-dev
fonts-dejavu-core xz-utils lua5.4 python3 openjdk-17-jdk-headless"
ALL="$HOST patch qemu-system-x86 grub-common grub-pc-bin xorriso file"
# qemu-system-gui: the GTK/SDL window of `make run` (only a Recommends of
# qemu-system-x86, and 130 packages CI has no use for).
RUN="$ALL qemu-system-gui"
LINT="clang-format cppcheck"

case "${1:-}" in
host) want=$HOST ;;
all) want=$ALL ;;
run) want=$RUN ;;
lint) want=$LINT ;;
*)
	echo "usage: boot/deps.sh all|run|host|lint" >&2
	exit 2
	;;
esac

# dpkg-query prints one line per package it knows; a package it has never
# heard of goes to stderr and counts as missing too.
installed=$(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' $want 2>/dev/null |
	awk '$1 == "ii" { sub(/:.*/, "", $2); print $2 }') || true
installed=" $(echo $installed) "
missing=""
for p in $want; do
	case "$installed" in
	*" $p "*) ;;
	*) missing="$missing $p" ;;
	esac
done

# `apt-get download` (boot/fetch-artwork.sh takes the wallpaper from
# desktop-base that way) needs package lists even when nothing is missing.
no_lists() {
	! ls /var/lib/apt/lists/ 2>/dev/null | grep -q '_Packages'
}

if [ -z "$missing" ] && ! no_lists; then
	exit 0
fi

cmd="DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" != 0 ]; then
	if [ -n "$missing" ]; then
		echo "deps.sh: missing packages:$missing" >&2
		echo "deps.sh: as root, run: apt-get update && $cmd" >&2
	else
		echo "deps.sh: apt has no package lists; as root, run: apt-get update" >&2
	fi
	exit 1
fi

echo "deps.sh: apt-get update" >&2
apt-get update -q </dev/null >&2
[ -z "$missing" ] && exit 0
echo "deps.sh: installing$missing" >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
	$missing </dev/null
