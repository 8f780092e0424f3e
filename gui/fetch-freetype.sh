#!/bin/sh
# fetch-freetype.sh - fetch Debian's FreeType source for the kernel build,
# unpacked and patched as Debian builds it.
#
# Usage: gui/fetch-freetype.sh [BUILD_DIR]   (default: build)
#
# Uses this machine's own apt configuration: the enabled Debian entries of
# /etc/apt/sources.list and /etc/apt/sources.list.d/*.list|*.sources are
# turned into deb-src lines in a private configuration in BUILD_DIR/apt
# (boot/apt-private.sh, shared with boot/fetch-busybox.sh), so the
# system's apt state is never touched and no root rights are needed.
#
# The source package (format 3.0 (quilt)) is unpacked into
# BUILD_DIR/freetype/src the way dpkg-source -x does it: the upstream
# ("orig") tarball, each orig-COMPONENT tarball into src/COMPONENT, the
# debian tarball into src/debian; then every patch of
# debian/patches/series, in order, with patch -pN (N = 1 unless the series
# line says -pN) and no fuzz. A patch that does not apply fails the fetch.
# Nothing is copied into the repository.
#
# Invariant: BUILD_DIR/freetype/fetched.stamp exists only after a complete
# fetch; it names the Debian version, and BUILD_DIR/freetype/patches-applied
# lists the patches applied, one name a line, in series order (NOTICE
# names the same list; tests/system/test_docs.py checks that they agree).
set -eu

B=${1:-build}
APT_DIR=$B/apt
FT_DIR=$B/freetype
PKG=freetype

die() {
	echo "fetch-freetype: error: $*" >&2
	exit 1
}

command -v tar >/dev/null 2>&1 || die "tar not found"

# The machine's mirror as deb-src entries, apt on private state in $APT_DIR.
# shellcheck source=boot/apt-private.sh
. "$(dirname "$0")/../boot/apt-private.sh"

# The one file of dl/ that matches a glob (signatures left out), or "".
one_file() {
	found=
	for f in "$@"; do
		case $f in *.asc) continue ;; esac
		[ -f "$f" ] && found=$f
	done
	echo "$found"
}

# A field of the .dsc ("Version", "Format").
dsc_field() {
	sed -n "s/^$1: *//p" "$DSC" | head -n 1
}

untar() { # TARBALL DIR: unpack without the tarball's top directory
	mkdir -p "$2"
	tar -xf "$1" -C "$2" --strip-components=1 || die "cannot unpack $1"
}

# Lay out the source tree as dpkg-source -x does, before any patch.
unpack() {
	DSC=$(one_file "$FT_DIR"/dl/${PKG}_*.dsc)
	[ -n "$DSC" ] || die "apt-get source gave no ${PKG}_*.dsc in $FT_DIR/dl"
	VERSION=$(dsc_field Version)
	[ "$(dsc_field Format)" = "3.0 (quilt)" ] ||
		die "$DSC: format '$(dsc_field Format)', this script unpacks only 3.0 (quilt)"
	orig=$(one_file "$FT_DIR"/dl/${PKG}_*.orig.tar.*)
	deb=$(one_file "$FT_DIR"/dl/${PKG}_"${VERSION#*:}".debian.tar.*)
	[ -n "$orig" ] || die "apt-get source gave no ${PKG}_*.orig.tar.* in $FT_DIR/dl"
	[ -n "$deb" ] || die "apt-get source gave no ${PKG}_${VERSION#*:}.debian.tar.* in $FT_DIR/dl"
	rm -rf "$SRC"
	untar "$orig" "$SRC"
	[ -f "$SRC/include/ft2build.h" ] ||
		die "$orig does not look like FreeType (no include/ft2build.h)"
	for f in "$FT_DIR"/dl/${PKG}_*.orig-*.tar.*; do
		case $f in *.asc) continue ;; esac
		[ -f "$f" ] || continue
		comp=${f##*.orig-}
		untar "$f" "$SRC/${comp%%.tar.*}"
	done
	tar -xf "$deb" -C "$SRC" || die "cannot unpack $deb"
	[ -d "$SRC/debian" ] || die "$deb holds no debian/ directory"
}

# debian/patches/series as "NAME LEVEL" lines: comments and blank lines
# dropped, "-pN" turned into N (1 when absent); anything else is refused.
series_lines() {
	sed -e 's/^#.*//' -e 's/[[:space:]]#.*//' "$1" | while read -r name opt extra; do
		[ -n "$name" ] || continue
		case $opt in
		"") level=1 ;;
		-p[0-9]) level=${opt#-p} ;;
		*) die "$1: '$name $opt': only a -pN option is understood" ;;
		esac
		[ -z "$extra" ] || die "$1: '$name $opt $extra': one option at most"
		case $name in
		/* | ../* | */../*) die "$1: '$name' is outside debian/patches" ;;
		esac
		echo "$name $level"
	done
}

# Apply the series in order, as dpkg-source does (no fuzz, no reversed or
# already-applied patch). BUILD_DIR/freetype/patch.log keeps patch's output.
apply_series() {
	series=$SRC/debian/patches/series
	log=$FT_DIR/patch.log
	: > "$log"
	: > "$FT_DIR/patches-applied.tmp"
	if [ -f "$series" ]; then
		series_lines "$series" > "$FT_DIR/series.tmp"
	else
		: > "$FT_DIR/series.tmp"   # 3.0 (quilt) allows a package without patches
	fi
	total=$(wc -l < "$FT_DIR/series.tmp")
	n=0
	while read -r name level; do
		n=$((n + 1))
		[ -f "$SRC/debian/patches/$name" ] ||
			die "the series names $name, but debian/patches/$name is missing"
		echo "== $name (-p$level)" >> "$log"
		if ! (cd "$SRC" && patch -p"$level" -F 0 -N -t -u -E -V never \
			--no-backup-if-mismatch --reject-file=- \
			-i "debian/patches/$name") >> "$log" 2>&1; then
			tail -n 6 "$log" >&2
			die "Debian's patch $name ($n of $total) does not apply to $PKG $VERSION; see $log"
		fi
		echo "$name" >> "$FT_DIR/patches-applied.tmp"
	done < "$FT_DIR/series.tmp"
	rm -f "$FT_DIR/series.tmp"
	mv "$FT_DIR/patches-applied.tmp" "$FT_DIR/patches-applied"
}

command -v patch >/dev/null 2>&1 || die "patch not found (Debian package: patch)"
SRC=$FT_DIR/src
mkdir -p "$FT_DIR/dl"
rm -f "$FT_DIR/fetched.stamp" "$FT_DIR/patches-applied"   # only a complete fetch leaves them
apt_private_setup "$APT_DIR" deb-src
echo "fetch-freetype: $(wc -l < "$APT_PRIV_DIR/sources.list") deb-src entries derived from /etc/apt"
apt_private_update "$APT_PRIV_DIR/update.log"
rm -f "$FT_DIR"/dl/*
if ! (cd "$FT_DIR/dl" && apt_private source --download-only "$PKG") \
	>"$APT_PRIV_DIR/source.log" 2>&1; then
	apt_complaints "$APT_PRIV_DIR/update.log" "$APT_PRIV_DIR/source.log"
	die "apt-get source $PKG failed; see $APT_PRIV_DIR/source.log"
fi
unpack
apply_series
echo "$PKG $VERSION" > "$FT_DIR/fetched.stamp"
echo "fetch-freetype: unpacked $PKG $VERSION into $SRC, $(wc -l < "$FT_DIR/patches-applied") Debian patches applied (list: $FT_DIR/patches-applied)"
