#!/bin/sh
# fetch-freetype.sh - fetch Debian's FreeType source for the kernel build.
#
# Usage: gui/fetch-freetype.sh [BUILD_DIR]   (default: build)
#
# Uses this machine's own apt configuration: the enabled Debian entries of
# /etc/apt/sources.list and /etc/apt/sources.list.d/*.list|*.sources are
# turned into deb-src lines in a private sources file, and apt-get runs
# against private lists and cache directories under BUILD_DIR/apt, so the
# system's apt state is never touched and no root rights are needed.
# The upstream ("orig") tarball is unpacked into BUILD_DIR/freetype/src
# as is: no Debian patch is applied, nothing is copied into the repository.
# On success BUILD_DIR/freetype/fetched.stamp names the version unpacked.
set -eu

B=${1:-build}
APT_DIR=$B/apt
FT_DIR=$B/freetype
PKG=freetype

die() {
	echo "fetch-freetype: error: $*" >&2
	exit 1
}

# apt's own warnings and errors, to go with a failure message.
apt_complaints() {
	grep -h -E '^(W|E|Err):' "$@" 2>/dev/null | head -n 8 >&2 || true
}

command -v apt-get >/dev/null 2>&1 || die "apt-get not found: a Debian host is needed"
command -v tar >/dev/null 2>&1 || die "tar not found"

CODENAME=$( (. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}") || true)
[ -n "$CODENAME" ] || die "cannot tell the Debian release (no VERSION_CODENAME in /etc/os-release)"

# One-line entries: "deb [opts] URI SUITE COMPONENT..." -> "deb-src ...".
# Only suites of this release (bookworm, bookworm-updates, ...) count as
# Debian's; a signed-by option must name Debian's archive keyring.
list_entries() {
	awk -v rel="$CODENAME" '
	/^[ \t]*deb[ \t]/ {
		opts = ""; i = 2
		if ($2 ~ /^\[/) {
			while (i <= NF) { opts = opts (opts == "" ? "" : " ") $i; if ($i ~ /\]$/) break; i++ }
			i++
		}
		uri = $i; suite = $(i + 1); comps = ""
		for (j = i + 2; j <= NF && $j !~ /^#/; j++) comps = comps " " $j
		if (suite !~ "^" rel "(-|$)" || comps == "") next
		if (opts ~ /signed-by=/ && opts !~ /debian-archive-keyring/) next
		print "deb-src " (opts == "" ? "" : opts " ") uri " " suite comps
	}' "$1"
}

# deb822 stanzas ("Types: deb" ...) -> the same one-line deb-src entries.
sources_entries() {
	awk -v rel="$CODENAME" '
	function flush(   n, u, s, nu, ns, a, b, opt) {
		if (types ~ /(^| )deb( |$)/ && tolower(enabled) != "no" && comps != "" &&
		    (signed == "" || signed ~ /debian-archive-keyring/)) {
			opt = signed == "" ? "" : "[signed-by=" signed "] "
			nu = split(uris, a, " "); ns = split(suites, b, " ")
			for (u = 1; u <= nu; u++)
				for (s = 1; s <= ns; s++)
					if (b[s] ~ "^" rel "(-|$)")
						print "deb-src " opt a[u] " " b[s] " " comps
		}
		types = uris = suites = comps = signed = enabled = ""; key = ""
	}
	/^#/ { next }
	/^[ \t]*$/ { flush(); next }
	/^[ \t]/ { if (key == "uris") uris = uris " " $1; next }
	{
		key = tolower($1); sub(/:$/, "", key)
		val = $0; sub(/^[^:]*:[ \t]*/, "", val)
		if (key == "types") types = val
		else if (key == "uris") uris = val
		else if (key == "suites") suites = val
		else if (key == "components") comps = val
		else if (key == "signed-by") signed = val
		else if (key == "enabled") enabled = val
	}
	END { flush() }' "$1"
}

make_sources() {
	out=$APT_DIR/sources.list
	: > "$out.tmp"
	[ -f /etc/apt/sources.list ] && list_entries /etc/apt/sources.list >> "$out.tmp"
	for f in /etc/apt/sources.list.d/*.list; do
		[ -f "$f" ] && list_entries "$f" >> "$out.tmp"
	done
	for f in /etc/apt/sources.list.d/*.sources; do
		[ -f "$f" ] && sources_entries "$f" >> "$out.tmp"
	done
	sort -u "$out.tmp" > "$out"
	rm -f "$out.tmp"
	[ -s "$out" ] || die "no enabled Debian '$CODENAME' entry in /etc/apt/sources.list{,.d}"
}

# apt-get on private state; as root it stays root (no _apt sandbox user,
# which could not write into a build tree owned by someone else).
run_apt() {
	apt-get -q -y \
		-o Dir::Etc::SourceList="$ABS_APT/sources.list" \
		-o Dir::Etc::SourceParts=/dev/null \
		-o Dir::State::Lists="$ABS_APT/lists" \
		-o Dir::Cache="$ABS_APT/cache" \
		-o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache= \
		-o APT::Sandbox::User="$(id -un 2>/dev/null || echo root)" \
		"$@" </dev/null
}

# Unpack the upstream tarball (not the ft2demos/ft2docs components).
unpack() {
	orig=
	for f in "$FT_DIR"/dl/${PKG}_*.orig.tar.*; do
		case $f in *.asc) continue ;; esac
		[ -f "$f" ] && orig=$f
	done
	[ -n "$orig" ] || die "apt-get source gave no ${PKG}_*.orig.tar.* in $FT_DIR/dl"
	rm -rf "$FT_DIR/src"
	mkdir -p "$FT_DIR/src"
	tar -xf "$orig" -C "$FT_DIR/src" --strip-components=1 ||
		die "cannot unpack $orig"
	[ -f "$FT_DIR/src/include/ft2build.h" ] ||
		die "$orig does not look like FreeType (no include/ft2build.h)"
	basename "$orig" > "$FT_DIR/fetched.stamp"
}

mkdir -p "$APT_DIR/lists/partial" "$APT_DIR/cache/archives/partial" "$FT_DIR/dl"
rm -f "$FT_DIR/fetched.stamp"   # only a complete fetch leaves it behind
ABS_APT=$(cd "$APT_DIR" && pwd)
make_sources
echo "fetch-freetype: $(wc -l < "$APT_DIR/sources.list") deb-src entries derived from /etc/apt"
if ! run_apt update >"$APT_DIR/update.log" 2>&1; then
	apt_complaints "$APT_DIR/update.log"
	die "apt-get update failed; see $APT_DIR/update.log"
fi
rm -f "$FT_DIR"/dl/*
if ! (cd "$FT_DIR/dl" && run_apt source --download-only "$PKG") \
	>"$APT_DIR/source.log" 2>&1; then
	apt_complaints "$APT_DIR/update.log" "$APT_DIR/source.log"
	die "apt-get source $PKG failed; see $APT_DIR/source.log"
fi
unpack
echo "fetch-freetype: unpacked $(cat "$FT_DIR/fetched.stamp") into $FT_DIR/src"
