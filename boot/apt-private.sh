# apt-private.sh - apt-get on a private configuration derived from this
# machine's own; sourced by gui/fetch-freetype.sh (a source package) and
# boot/fetch-busybox.sh (an i386 binary package).
#
# The mirror is the machine's: the enabled entries of /etc/apt/sources.list
# and /etc/apt/sources.list.d/*.list|*.sources (deb822 stanzas too) for
# this Debian release (its codename and codename-*), whose key, if named,
# is Debian's archive keyring. No host name is written here.
#
# Everything apt keeps is private, in one directory DIR under build/:
#   DIR/sources.list    those entries as "deb-src ..." or "deb [arch=A] ..."
#                       (no other sources: SourceParts is /dev/null; no pins:
#                       Preferences and PreferencesParts are /dev/null too.
#                       No directory here is named *.d: the top Makefile
#                       includes every build/**/*.d as a dependency file.)
#   DIR/apt.conf        read with -c after the machine's own configuration,
#                       so it wins: Dir::Etc::* and Dir::State, Dir::Cache
#                       point into DIR (lists, an empty dpkg status, the
#                       archives), APT::Architecture and APT::Architectures
#                       are set when an architecture is asked for, and the
#                       machine's update and dpkg hooks are cleared.
#   DIR/state/, DIR/cache/
# What stays the machine's: its keyrings (Dir::Etc::Trusted and
# TrustedParts, resolved by apt-config), and the rest of apt.conf.d
# (proxies, Acquire::Check-Valid-Until ...), which is how the machine
# reaches its mirror. So apt checks the Release signature against the
# machine's keys and each index and package against the hashes signed
# there, as it does for the machine itself; the machine's apt state,
# lists and dpkg architectures are never touched and no root is needed.
#
# Interface (the caller defines die MESSAGE, which must not return):
#   apt_private_setup DIR TYPE [ARCH]  write DIR's configuration; TYPE is
#                                      deb or deb-src; sets APT_PRIV_DIR
#   apt_private ARGS...                apt-get -q -y ARGS on it, stdin closed
#   apt_private_cache ARGS...          apt-cache ARGS on it
#   apt_private_update LOG             apt-get update; dies if an index could
#                                      not be fetched (no network ...)
#   apt_complaints FILE...             apt's W:/E:/Err: lines, to stderr

command -v apt-get >/dev/null 2>&1 || die "apt-get not found: a Debian host is needed"

APT_CODENAME=$( (. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}") || true)
[ -n "$APT_CODENAME" ] || die "cannot tell the Debian release (no VERSION_CODENAME in /etc/os-release)"

# One-line entries: "deb [opts] URI SUITE COMPONENT..." -> "TYPE [opts]
# URI SUITE COMPONENT...". With an architecture, arch= options are
# replaced by arch=ARCH; without, the options are kept as written.
apt_list_entries() { # FILE TYPE ARCH
	awk -v rel="$APT_CODENAME" -v type="$2" -v arch="$3" '
	/^[ \t]*deb[ \t]/ {
		n = 0; i = 2
		if ($2 ~ /^\[/) {
			for (; i <= NF; i++) {
				o = $i; last = o ~ /\]$/
				sub(/^\[/, "", o); sub(/\]$/, "", o)
				if (o != "") opt[++n] = o
				if (last) break
			}
			i++
		}
		uri = $i; suite = $(i + 1); comps = ""
		for (j = i + 2; j <= NF && $j !~ /^#/; j++) comps = comps " " $j
		if (suite !~ "^" rel "(-|$)" || comps == "") next
		opts = arch == "" ? "" : "arch=" arch
		for (k = 1; k <= n; k++) {
			if (arch != "" && opt[k] ~ /^arch[-+]?=/) continue
			opts = opts (opts == "" ? "" : " ") opt[k]
		}
		if (opts ~ /signed-by=/ && opts !~ /debian-archive-keyring/) next
		print type " " (opts == "" ? "" : "[" opts "] ") uri " " suite comps
	}' "$1"
}

# deb822 stanzas ("Types: deb" ...) -> the same one-line entries.
apt_sources_entries() { # FILE TYPE ARCH
	awk -v rel="$APT_CODENAME" -v type="$2" -v arch="$3" '
	function flush(   u, s, nu, ns, a, b, opt) {
		if (types ~ /(^| )deb( |$)/ && tolower(enabled) != "no" && comps != "" &&
		    (signed == "" || signed ~ /debian-archive-keyring/)) {
			opt = arch == "" ? "" : "arch=" arch
			if (signed != "") opt = opt (opt == "" ? "" : " ") "signed-by=" signed
			if (opt != "") opt = "[" opt "] "
			nu = split(uris, a, " "); ns = split(suites, b, " ")
			for (u = 1; u <= nu; u++)
				for (s = 1; s <= ns; s++)
					if (b[s] ~ "^" rel "(-|$)")
						print type " " opt a[u] " " b[s] " " comps
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

apt_private_setup() { # DIR TYPE [ARCH]
	mkdir -p "$1/state/lists/partial" "$1/cache/archives/partial"
	APT_PRIV_DIR=$(cd "$1" && pwd)
	_type=$2
	_arch=${3:-}
	_out=$APT_PRIV_DIR/sources.list
	: > "$_out.tmp"
	[ -f /etc/apt/sources.list ] && apt_list_entries /etc/apt/sources.list "$_type" "$_arch" >> "$_out.tmp"
	for _f in /etc/apt/sources.list.d/*.list; do
		[ -f "$_f" ] && apt_list_entries "$_f" "$_type" "$_arch" >> "$_out.tmp"
	done
	for _f in /etc/apt/sources.list.d/*.sources; do
		[ -f "$_f" ] && apt_sources_entries "$_f" "$_type" "$_arch" >> "$_out.tmp"
	done
	sort -u "$_out.tmp" > "$_out"
	rm -f "$_out.tmp"
	[ -s "$_out" ] || die "no enabled Debian '$APT_CODENAME' entry in /etc/apt/sources.list{,.d}"

	# The machine's keyrings, as its own configuration names them.
	eval "$(apt-config shell _trusted Dir::Etc::Trusted/f _trustedparts Dir::Etc::TrustedParts/d)"
	: > "$APT_PRIV_DIR/state/status"
	{
		echo "// Written by boot/apt-private.sh; read with -c after the machine's configuration."
		echo "Dir::Etc::SourceList \"$APT_PRIV_DIR/sources.list\";"
		echo "Dir::Etc::SourceParts \"/dev/null\";"
		echo "Dir::Etc::Preferences \"/dev/null\";"
		echo "Dir::Etc::PreferencesParts \"/dev/null\";"
		echo "Dir::Etc::Trusted \"${_trusted:-/etc/apt/trusted.gpg}\";"
		echo "Dir::Etc::TrustedParts \"${_trustedparts:-/etc/apt/trusted.gpg.d/}\";"
		echo "Dir::State \"$APT_PRIV_DIR/state\";"
		echo "Dir::State::Lists \"$APT_PRIV_DIR/state/lists\";"
		echo "Dir::State::status \"$APT_PRIV_DIR/state/status\";"
		echo "Dir::Cache \"$APT_PRIV_DIR/cache\";"
		echo "Dir::Cache::Archives \"$APT_PRIV_DIR/cache/archives\";"
		echo "Dir::Cache::pkgcache \"\";"
		echo "Dir::Cache::srcpkgcache \"\";"
		echo "#clear APT::Update::Pre-Invoke;"
		echo "#clear APT::Update::Post-Invoke;"
		echo "#clear APT::Update::Post-Invoke-Success;"
		echo "#clear DPkg::Pre-Invoke;"
		echo "#clear DPkg::Post-Invoke;"
		echo "#clear DPkg::Pre-Install-Pkgs;"
		if [ -n "$_arch" ]; then
			echo "APT::Architecture \"$_arch\";"
			echo "#clear APT::Architectures;"
			echo "APT::Architectures { \"$_arch\"; };"
		fi
		# As root apt stays root: the _apt sandbox user could not write
		# into a build tree owned by someone else.
		echo "APT::Sandbox::User \"$(id -un 2>/dev/null || echo root)\";"
	} > "$APT_PRIV_DIR/apt.conf"
}

apt_private() {
	apt-get -q -y -c "$APT_PRIV_DIR/apt.conf" "$@" </dev/null
}

apt_private_cache() {
	apt-cache -q -c "$APT_PRIV_DIR/apt.conf" "$@" </dev/null
}

apt_complaints() {
	grep -h -E '^(W|E|Err):' "$@" 2>/dev/null | head -n 8 >&2 || true
}

# An index that cannot be fetched is only a warning to apt-get update (it
# goes on with old lists, or none); here it is an error.
apt_private_update() { # LOG
	if ! apt_private update >"$1" 2>&1 || grep -q -E '^(Err:|E:|W: Failed to fetch)' "$1"; then
		apt_complaints "$1"
		die "apt-get update failed: the mirror of /etc/apt cannot be reached or checked (no network?); see $1"
	fi
}
