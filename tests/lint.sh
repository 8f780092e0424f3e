#!/bin/sh
# lint.sh - `make lint`: the format and static checks of Phantom's own C.
#
#   1. clang-format --dry-run -Werror (style: .clang-format) over every .c/.h
#      we wrote (not build/, which holds FreeType and stb_image).
#   2. cppcheck over kernel/, gui/ and wm/, twice, as they are built:
#      kernel/ plus the kernel-only layer files with -DPHANTOM_KERNEL for
#      i386, and the host-built gui/ and wm/ files for the host.
# Prints each failure; exits 1 if anything failed. Missing tools are
# installed by boot/deps.sh lint (as root) or named.
set -u
cd "$(dirname "$0")/.."
boot/deps.sh lint || exit 1

# Files clang-format must not touch, with the reason (none now).
FMT_EXCLUDE=""

failed=""

# ---------------------------------------------------------------- format
files=$(find kernel gui wm pvm persist apps fonts boot tests \
	-name build -prune -o -type f \( -name '*.c' -o -name '*.h' \) -print 2>/dev/null | sort)
tmp=$(mktemp)
todo=""
for f in $files; do
	case " $FMT_EXCLUDE " in *" $f "*) ;; *) todo="$todo $f" ;; esac
done
# One run over all files; each difference is a "FILE:LINE:COL: error:" line.
# shellcheck disable=SC2086
clang-format --dry-run -Werror $todo 2>&1 | grep -E '^[^ ]+:[0-9]+:[0-9]+: (error|warning):' |
	cut -d: -f1 | sort | uniq -c | sort -rn > "$tmp"
bad=$(wc -l < "$tmp")
while read -r n f; do
	echo "format: $f: $n place(s) differ (see: clang-format $f | diff $f -)"
done < "$tmp"
rm -f "$tmp"
echo "clang-format: $(echo $todo | wc -w) files, $bad not formatted"
[ $bad -eq 0 ] || failed="$failed clang-format"

# ---------------------------------------------------------------- cppcheck
# Kernel-only files of the upper layers, as the Makefile lists them.
kernel_only=$(sed -n 's/^KERNEL_ONLY *:= *//p' Makefile)
kernel_only="$kernel_only $(ls gui/*_kern.c wm/*_kern.c 2>/dev/null)"
host_files=""
for f in $(ls gui/*.c wm/*.c 2>/dev/null); do
	case " $kernel_only " in *" $f "*) ;; *) host_files="$host_files $f" ;; esac
done

# unknownMacro: FreeType's FT_* macros, whose headers are not fed in.
CPPCHECK="cppcheck --quiet --error-exitcode=1 --enable=warning,portability
	--inline-suppr --std=c11 -j2 -I. --suppress=missingIncludeSystem
	--suppress=missingInclude --suppress=unknownMacro"

echo "cppcheck: kernel (i386, PHANTOM_KERNEL)"
# shellcheck disable=SC2086
$CPPCHECK --platform=unix32 -D__i386__ -DPHANTOM_KERNEL -Ikernel/klibc/include \
	kernel $kernel_only || failed="$failed cppcheck-kernel"
if [ -n "$host_files" ]; then
	echo "cppcheck: gui, wm (host)"
	# shellcheck disable=SC2086
	$CPPCHECK --platform=unix64 $host_files || failed="$failed cppcheck-host"
fi

if [ -n "$failed" ]; then
	echo "lint: FAILED:$failed"
	exit 1
fi
echo "lint: ok"
