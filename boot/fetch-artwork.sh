#!/bin/sh
# fetch-artwork.sh PATH-IN-PACKAGE OUT - take the wallpaper from Debian's
# desktop-base package at build time (GPL-2+ artwork; see NOTICE).
#
# Uses the installed file when desktop-base is installed; otherwise downloads
# the package with the machine's own apt configuration and extracts the one
# file. Nothing is installed and nothing is committed.
set -eu
src=$1 out=$2
if [ -f "$src" ]; then
	cp "$src" "$out"
	exit 0
fi
work=$(dirname "$out")/artwork
mkdir -p "$work"
if ! ls "$work"/desktop-base_*.deb >/dev/null 2>&1; then
	(cd "$work" && apt-get -q -o APT::Sandbox::User="$(id -un)" download desktop-base) || {
		echo "fetch-artwork: cannot download desktop-base with apt-get" >&2
		exit 1
	}
fi
rm -rf "$work/x"
dpkg-deb -x "$work"/desktop-base_*.deb "$work/x"
cp "$work/x$src" "$out"
