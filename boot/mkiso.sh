#!/bin/sh
# mkiso.sh ISO KERNEL SYMS WALLPAPER "CMDLINE" MODULE... - assemble the boot ISO.
#
# Lays out build/iso-<name>/boot/{phantom.elf,kernel.sym,wallpaper.png,modules/}
# (the MODULEs: fonts, apps.tar - each a Multiboot2 module named by its file name)
# and a grub.cfg made from boot/grub.cfg, then runs grub-mkrescue with only
# the GRUB modules a BIOS CD boot of a Multiboot2 kernel needs.
set -eu
iso=$1 kernel=$2 syms=$3 wallpaper=$4 cmdline=$5
shift 5
dir=$(dirname "$iso")/iso-$(basename "$iso" .iso)
rm -rf "$dir"
mkdir -p "$dir/boot/grub" "$dir/boot/modules"
objcopy --strip-debug "$kernel" "$dir/boot/phantom.elf"   # symbols: kernel.sym
cp "$syms" "$dir/boot/kernel.sym"
cp "$wallpaper" "$dir/boot/wallpaper.png"
cp NOTICE LICENSE "$dir/"   # the fonts' and artwork's licences travel with them
mods=""
for f in "$@"; do
	name=$(basename "$f")
	cp "$f" "$dir/boot/modules/$name"
	mods="$mods	module2 /boot/modules/$name $name\n"
done
sed -e "s|@CMDLINE@|$cmdline|" boot/grub.cfg |
	awk -v mods="$mods" '/@MODULES@/ { printf "%s", mods; next } { print }' \
	> "$dir/boot/grub/grub.cfg"
grub-mkrescue -o "$iso" \
	--install-modules="multiboot2 normal iso9660 biosdisk part_msdos configfile" \
	--fonts= --locales= --themes= "$dir" 2>"$dir.log" ||
	{ cat "$dir.log" >&2; exit 1; }
echo "ISO $iso ($(du -k "$iso" | cut -f1) KiB)"
