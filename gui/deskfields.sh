#!/bin/sh
# deskfields.sh DEF PH - the build's check of the desk's contract: every
# class, field and module variable DEF (gui/deskfields.def) names must be
# declared in PH (gui/lib/window.ph), a field in the body of its own class.
# Prints one line per difference, naming the class and the field, and
# exits 1; silent and 0 when they agree. Run by the Makefile before
# gui/embed.sh, so neither the kernel nor the host programs build with a
# window.ph the desk (wm/desk.c) cannot read.
set -eu
def=$1 ph=$2
awk -v def="$def" -v ph="$ph" '
# deskfields.def: DCLASS(id, name) DFIELD(class id, id, name) DGLOBAL(id, name)
FNR == NR {
	if ($0 !~ /^D(CLASS|FIELD|GLOBAL)\(/)
		next
	args = $0
	sub(/^[A-Z]+\(/, "", args)
	sub(/\).*/, "", args)
	gsub(/[ \t]/, "", args)
	split(args, a, ",")
	if ($0 ~ /^DCLASS/) {
		cname[a[1]] = a[2]
		nc++; cls[nc] = a[2]; cline[nc] = FNR
	} else if ($0 ~ /^DFIELD/) {
		nf++; fcls[nf] = a[1]; fname[nf] = a[3]; fline[nf] = FNR
	} else {
		ng++; gname[ng] = a[2]; gline[ng] = FNR
	}
	next
}
# window.ph: comments and strings out, then tokens; "class NAME {" opens a
# class body at depth 1, "var NAME" there is a field, at depth 0 a module
# variable.
{
	s = $0; t = ""
	for (i = 1; i <= length(s); ) {
		if (inblock) {
			j = index(substr(s, i), "*/")
			if (!j) break
			i += j + 1; inblock = 0; continue
		}
		c = substr(s, i, 1); c2 = substr(s, i, 2)
		if (c2 == "//") break
		if (c2 == "/*") { inblock = 1; i += 2; continue }
		if (c == "\"") {
			for (i++; i <= length(s) && substr(s, i, 1) != "\""; i++)
				if (substr(s, i, 1) == "\\") i++
			i++; t = t " \"\" "; continue
		}
		t = t c; i++
	}
	gsub(/[{};=(),.]/, " & ", t)
	n = split(t, tok, /[ \t]+/)
	for (k = 1; k <= n; k++) {
		w = tok[k]
		if (w == "") continue
		if (w == "{") {
			if (depth == 0 && pending != "") { cur = pending; declared[cur] = 1 }
			pending = ""; depth++; continue
		}
		if (w == "}") { depth--; if (depth == 0) cur = ""; continue }
		if (expect == "class") { pending = w; expect = ""; continue }
		if (expect == "var") {
			if (depth == 0) global[w] = 1
			else if (depth == 1 && cur != "") field[cur, w] = 1
			expect = ""; continue
		}
		if (w == "class" && depth == 0) expect = "class"
		else if (w == "var") expect = "var"
	}
}
END {
	bad = 0
	for (i = 1; i <= nc; i++)
		if (!(cls[i] in declared)) {
			printf "%s: no class %s, which %s:%d names for the desk (wm/desk.c)\n",
			       ph, cls[i], def, cline[i] > "/dev/stderr"
			bad = 1
		}
	for (i = 1; i <= nf; i++) {
		c = cname[fcls[i]]
		if ((c in declared) && !((c, fname[i]) in field)) {
			printf "%s: class %s declares no field %s, which %s:%d names for the desk (wm/desk.c)\n",
			       ph, c, fname[i], def, fline[i] > "/dev/stderr"
			bad = 1
		}
	}
	for (i = 1; i <= ng; i++)
		if (!(gname[i] in global)) {
			printf "%s: no module variable %s, which %s:%d names for the desk (wm/desk.c)\n",
			       ph, gname[i], def, gline[i] > "/dev/stderr"
			bad = 1
		}
	exit bad
}' "$def" "$ph"
