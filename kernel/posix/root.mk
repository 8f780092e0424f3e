# root.mk - the root file system of POSIX processes, as one ustar archive.
#
# Included by the top Makefile; `make root` builds $(ROOT_TAR) (docs/posix.md,
# "Root image"). It is not in the ISO yet. The archive holds, in this order:
#
#   bin/                  a directory (type 5; each comes before what is in it)
#   bin/busybox           /bin/busybox of Debian's busybox-static for i386,
#                         taken at build time by boot/fetch-busybox.sh into
#                         $(ROOT_BUSYBOX) (never committed); right after bin/,
#                         so every link below names a file made before it
#   bin/APPLET            a hard link (type 1, linkname "bin/busybox") for
#                         each applet `busybox --list` names, run on this host
#   dev/ etc/ ...         the rest in name order (LC_ALL=C):
#   etc/passwd group hostname profile   from kernel/posix/root/etc/
#   home/user/ tmp/ dev/  empty directories (/dev's nodes are the kernel's)
#
# ROOT_EXTRA=DIR lays DIR's tree over it: DIR/opt/x becomes opt/x, a file
# replaces the file of the same name (removed first, so a replaced applet
# link never writes into bin/busybox), symbolic links stay links.
#
# Invariants: byte-for-byte the same for the same inputs (uid and gid 0,
# mtime 0, name order, modes normalized from the owner's bits: 0755 for
# directories and executables, 0644 for other files; tmp/ 1777); names are
# relative ("bin/sh"), never "./" or "/"; the only link kinds are hard links
# to bin/busybox and ROOT_EXTRA's own links.

ROOT_EXTRA   ?=
ROOT_TAR     ?= $(B)/root.tar
ROOT_BUSYBOX := $(B)/root/busybox
ROOT_APPLETS := $(B)/root/applets
ROOT_SRC     := $(sort $(shell find kernel/posix/root -type f 2>/dev/null))
ROOT_EXTRA_LIST  := $(if $(ROOT_EXTRA),$(shell find $(ROOT_EXTRA) 2>/dev/null | LC_ALL=C sort))
ROOT_EXTRA_FILES := $(if $(ROOT_EXTRA),$(shell find $(ROOT_EXTRA) -type f 2>/dev/null | LC_ALL=C sort))

# Lay ROOT_EXTRA over the tree: links stay links, modes and hard links are
# kept, and a file in the way is removed first (never written through).
ROOT_OVERLAY := cp -R -P --preserve=mode,links --remove-destination

# (root and posix-root-test are in the top Makefile's .PHONY)
root: $(ROOT_TAR)

$(ROOT_BUSYBOX): boot/fetch-busybox.sh boot/apt-private.sh
	boot/fetch-busybox.sh $@

# The applets, one a line; busybox itself is no applet link.
$(ROOT_APPLETS): $(ROOT_BUSYBOX)
	$(ROOT_BUSYBOX) --list | LC_ALL=C sort | grep -v -x busybox > $@.tmp || true
	@[ -s $@.tmp ] || { echo "root.mk: '$(ROOT_BUSYBOX) --list' gave no applets" \
	    "(this host must run i386 programs)" >&2; rm -f $@.tmp; exit 1; }
	mv $@.tmp $@

# A different ROOT_EXTRA, or a file or directory added to or gone from it,
# rebuilds; a changed file does through ROOT_EXTRA_FILES.
$(ROOT_TAR).extra: FORCE
	@mkdir -p $(@D)
	@echo '$(ROOT_EXTRA) $(ROOT_EXTRA_LIST)' | cmp -s - $@ || \
	    echo '$(ROOT_EXTRA) $(ROOT_EXTRA_LIST)' > $@

# The tree is put together in a directory of its own outside build/ (the
# top Makefile includes every build/**/*.d, and a ROOT_EXTRA tree may hold
# an etc/profile.d/), then archived from an explicit list: name order, but
# bin/busybox right after bin/.
ROOT_LIST := awk '$$0 != "bin/busybox" { print } $$0 == "bin" { print "bin/busybox" }'

$(ROOT_TAR): $(ROOT_BUSYBOX) $(ROOT_APPLETS) $(ROOT_SRC) $(ROOT_EXTRA_FILES) \
             $(ROOT_TAR).extra kernel/posix/root.mk
	@$(if $(ROOT_EXTRA),[ -d '$(ROOT_EXTRA)' ] || \
	    { echo "root.mk: ROOT_EXTRA=$(ROOT_EXTRA) is not a directory" >&2; exit 1; })
	@set -e; w=$$(mktemp -d "$${TMPDIR:-/tmp}/phantom-root.XXXXXX"); trap 'rm -rf "$$w"' EXIT; \
	t=$$w/root; mkdir -p $$t/bin $$t/dev $$t/etc $$t/home/user $$t/tmp; \
	cp -R kernel/posix/root/. $$t/; \
	cp $(ROOT_BUSYBOX) $$t/bin/busybox; \
	while read -r a; do ln $$t/bin/busybox "$$t/bin/$$a"; done < $(ROOT_APPLETS); \
	$(if $(ROOT_EXTRA),echo "root.mk: ROOT_EXTRA=$(ROOT_EXTRA) laid over the root"; \
	    $(ROOT_OVERLAY) '$(ROOT_EXTRA)/.' $$t/;) \
	chmod -R u+rw,go=u-w $$t; chmod 1777 $$t/tmp; \
	(cd $$t && find . -mindepth 1 | sed 's|^\./||' | LC_ALL=C sort | $(ROOT_LIST)) > $$w/list; \
	echo "tar --format=ustar --owner=0 --group=0 --mtime=@0 ... -cf $@"; \
	tar --format=ustar --owner=0 --group=0 --mtime=@0 --sort=name --no-recursion \
	    -C $$t -cf $@.tmp -T $$w/list
	@mv $@.tmp $@
	@echo "root.mk: $@: $$(wc -l < $(ROOT_APPLETS)) applet links, $$(wc -c < $@) bytes"

# The host test of the image (tests/posix/root_test.py); not in `make test` yet.
posix-root-test: deps
	@$(MAKE) --no-print-directory $(ROOT_TAR)
	python3 tests/posix/root_test.py --busybox $(ROOT_BUSYBOX) --tar $(ROOT_TAR)
