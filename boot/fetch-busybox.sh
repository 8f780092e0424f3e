#!/bin/sh
# fetch-busybox.sh OUT - take /bin/busybox from Debian's busybox-static
# package for i386 (GPL-2) into OUT, at build time, for the POSIX root image
# (kernel/posix/root.mk; docs/posix.md, "Root image").
#
# The package comes from this machine's own mirror through a private apt
# configuration for i386 in $APT_I386_DIR (build/apt-i386 unless set;
# boot/apt-private.sh says what is private and what stays the machine's):
# `apt-get update` there checks the Release signature with the machine's
# keyrings and `apt-get download` the .deb's hash against the signed
# index. The machine's apt state and dpkg architectures are never touched;
# nothing is installed and nothing is committed.
#
# Writes OUT only after a complete fetch (through OUT.tmp), and
# OUT.version: "busybox-static VERSION i386 SHA256-OF-THE-DEB".
# Exits 1 with one clear line when the mirror cannot be reached.
set -eu

PKG=busybox-static
ARCH=i386

die() {
	echo "fetch-busybox: error: $*" >&2
	exit 1
}

[ $# -eq 1 ] || {
	echo "usage: boot/fetch-busybox.sh OUT" >&2
	exit 2
}
OUT=$1
command -v dpkg-deb >/dev/null 2>&1 || die "dpkg-deb not found: a Debian host is needed"
command -v sha256sum >/dev/null 2>&1 || die "sha256sum not found"

# shellcheck source=boot/apt-private.sh
. "$(dirname "$0")/apt-private.sh"

DIR=${APT_I386_DIR:-build/apt-i386}
apt_private_setup "$DIR" deb "$ARCH"
echo "fetch-busybox: $(wc -l < "$APT_PRIV_DIR/sources.list") deb [arch=$ARCH] entries derived from /etc/apt"
apt_private_update "$APT_PRIV_DIR/update.log"

DL=$APT_PRIV_DIR/debs
rm -rf "$DL"
mkdir -p "$DL"
if ! (cd "$DL" && apt_private download "$PKG:$ARCH") >"$APT_PRIV_DIR/download.log" 2>&1; then
	apt_complaints "$APT_PRIV_DIR/download.log"
	die "apt-get download $PKG:$ARCH failed; see $APT_PRIV_DIR/download.log"
fi
deb=
for f in "$DL/${PKG}"_*_"$ARCH".deb; do
	[ -f "$f" ] && deb=$f
done
[ -n "$deb" ] || die "apt-get download gave no ${PKG}_*_${ARCH}.deb in $DL"

# apt-get download has checked the hash already; say which one, and
# refuse a package that is not what was asked for.
version=$(dpkg-deb -f "$deb" Version)
[ "$(dpkg-deb -f "$deb" Package)" = "$PKG" ] || die "$deb is not $PKG"
[ "$(dpkg-deb -f "$deb" Architecture)" = "$ARCH" ] || die "$deb is not for $ARCH"
sum=$(sha256sum "$deb" | cut -d' ' -f1)
signed=$(apt_private_cache show "$PKG:$ARCH=$version" 2>/dev/null | sed -n 's/^SHA256: *//p' | head -n 1)
[ "$sum" = "$signed" ] || die "$deb: SHA256 $sum is not the index's ($signed)"

x=$(mktemp -d "$APT_PRIV_DIR/x.XXXXXX")
trap 'rm -rf "$x"' EXIT
dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$x" ./bin/busybox ||
	die "$deb holds no ./bin/busybox"
mkdir -p "$(dirname "$OUT")"
cp "$x/bin/busybox" "$OUT.tmp"
chmod 0755 "$OUT.tmp"
echo "$PKG $version $ARCH $sum" > "$OUT.version"
mv "$OUT.tmp" "$OUT"
echo "fetch-busybox: $PKG $version ($ARCH, sha256 $sum): /bin/busybox -> $OUT"
