#!/bin/sh
# fetch-artwork.sh PATH-IN-PACKAGE OUT [PATH-IN-PACKAGE OUT]... - take
# artwork (the wallpaper, the images shipped in apps.tar) from Debian's
# desktop-base package at build time (GPL-2+ artwork; see NOTICE).
#
# Uses the installed files when desktop-base is installed; otherwise
# downloads the package once with the machine's own apt configuration
# (kept in $ARTWORK_DIR, build/artwork/ unless set) and extracts it into a directory of this run's
# own. Nothing is installed and nothing is committed.
set -eu
if [ $# -lt 2 ] || [ $(($# % 2)) -ne 0 ]; then
	echo "usage: fetch-artwork.sh PATH-IN-PACKAGE OUT [PATH-IN-PACKAGE OUT]..." >&2
	exit 2
fi

installed=yes
n=0
for a in "$@"; do
	n=$((n + 1))
	[ $((n % 2)) -eq 1 ] && [ ! -f "$a" ] && installed=no
done

root=""
if [ $installed = no ]; then
	work=${ARTWORK_DIR:-build/artwork}
	mkdir -p "$work"
	if ! ls "$work"/desktop-base_*.deb >/dev/null 2>&1; then
		(cd "$work" && apt-get -q -o APT::Sandbox::User="$(id -un)" download desktop-base) || {
			echo "fetch-artwork: cannot download desktop-base with apt-get" >&2
			exit 1
		}
	fi
	root=$(mktemp -d "$work/x.XXXXXX")
	trap 'rm -rf "$root"' EXIT
	dpkg-deb -x "$work"/desktop-base_*.deb "$root"
fi

while [ $# -ge 2 ]; do
	cp "$root$1" "$2"
	shift 2
done
