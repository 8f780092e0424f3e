# Phantom - the one Makefile.
#
# Verbs: make (ISO) | run | run-nox | debug | test | host | bench | lint | clean
# Knobs: MEM= (MiB)  DISK= (raw image)  QEMUEXTRA=  ACCEL=  KCMDLINE=  SCREEN=
# Sources are globbed: a new .c in a layer needs no edit here. Files that only
# make sense inside the kernel (they include kernel/ driver headers) are listed
# in KERNEL_ONLY and left out of host builds.

MEM       ?= 256
DISK      ?= build/disk.img
DISK_MB   ?= 1024
ACCEL     ?= tcg
QEMUEXTRA ?=
KCMDLINE  ?=
ISO       ?= build/phantom.iso

B  := build
HB := $(B)/host

.DEFAULT_GOAL := iso
.PHONY: monkey demo iso run run-nox debug test test-unit test-system gui-test host bench bless lint clean deps deps-host deps-run FORCE \
        root posix-root-test

# ---------------------------------------------------------------- toolchain
KCC     := gcc
GCCINC  := $(shell $(KCC) -m32 -print-file-name=include 2>/dev/null)
KCFLAGS := -m32 -march=i686 -std=gnu11 -O2 -g -ffreestanding -fno-pie \
           -fno-stack-protector -fno-omit-frame-pointer -fno-strict-aliasing \
           -mno-sse -mno-mmx -Wall -Wextra -Wno-unused-parameter \
           -Werror=implicit-function-declaration -Werror=int-conversion \
           -nostdinc -isystem $(GCCINC) -Ikernel/klibc/include -I. \
           -I$(B)/include -DPHANTOM_KERNEL -MMD -MP
KASFLAGS := -m32 -g -Wa,--noexecstack -I. -DPHANTOM_KERNEL -MMD -MP
KLDFLAGS := -m32 -nostdlib -static -no-pie -Wl,-z,noexecstack \
            -Wl,--build-id=none -T boot/linker.ld

# ---------------------------------------------------------------- sources
KERNEL_ONLY := wm/desktop.c
LAYER_SRC   := $(wildcard gui/*.c wm/*.c)
GEN_GUI := $(B)/gen/gui_lib.c
KSRC_C  := $(sort $(shell find kernel -name '*.c')) $(filter-out %_host.c,$(LAYER_SRC)) \
           $(filter-out %_host.c,$(wildcard fonts/*.c)) $(GEN_GUI) \
           $(filter-out %_host.c,$(sort $(wildcard persist/*.c))) \
           $(filter-out %_host.c,$(sort $(shell find pvm -name '*.c')))
KSRC_S  := $(sort $(wildcard boot/*.S) $(shell find kernel -name '*.S'))
KOBJ    := $(patsubst %.c,$(B)/k/%.o,$(KSRC_C)) $(patsubst %.S,$(B)/k/%.o,$(KSRC_S))

-include gui/freetype.mk

# The gui module's part in the language, embedded as C strings, once
# window.ph declares every field the desk uses (gui/deskfields.def).
$(GEN_GUI): $(sort $(wildcard gui/lib/*.ph)) gui/embed.sh gui/deskfields.def gui/deskfields.sh
	@mkdir -p $(@D)
	gui/deskfields.sh gui/deskfields.def gui/lib/window.ph
	gui/embed.sh $@ gui_lib gui/lib/window.ph gui/lib/widgets.ph gui/lib/textedit.ph \
	    $(wildcard gui/lib/java.ph)

STB_H := $(B)/include/stb_image.h
$(STB_H): /usr/include/stb/stb_image.h
	@mkdir -p $(@D)
	cp $< $@

$(B)/k/%.o: %.c $(STB_H) $(FT_STAMP)
	@mkdir -p $(@D)
	$(KCC) $(KCFLAGS) $(FT_KCFLAGS) -c $< -o $@

$(B)/k/%.o: %.S
	@mkdir -p $(@D)
	$(KCC) $(KASFLAGS) -c $< -o $@

$(B)/phantom.elf: $(KOBJ) $(FT_KLIB) boot/linker.ld
	$(KCC) $(KLDFLAGS) -o $@ $(KOBJ) $(FT_KLIB) -lgcc
	nm -n $@ | awk '$$2 ~ /^[tTwW]$$/ {print $$1, $$3}' > $(B)/kernel.sym
	objdump -d -S $@ > $(B)/kernel.dis 2>/dev/null || true

# ---------------------------------------------------------------- ISO
WALLPAPER_SRC := /usr/share/desktop-base/emerald-theme/grub/grub-16x9.png
FONT_DIR      := /usr/share/fonts/truetype/dejavu
FONTS         := DejaVuSans.ttf DejaVuSans-Bold.ttf DejaVuSansMono.ttf
ISODIR        := $(B)/iso

$(B)/wallpaper.png:
	@mkdir -p $(@D)
	boot/fetch-artwork.sh $(WALLPAPER_SRC) $@

# Images shipped with the system (Image.load, Image.names; the Images app
# shows them): pictures of Debian's desktop-base themes, taken at build time
# by boot/fetch-artwork.sh into build/images/ under flat names (NOTICE,
# item 4). NAME=PATH-IN-PACKAGE each.
ART        := /usr/share/desktop-base
IMAGE_SRC  := emerald.png=$(ART)/emerald-theme/grub/grub-4x3.png \
              futureprototype.png=$(ART)/futureprototype-theme/grub/grub-4x3.png \
              homeworld.png=$(ART)/homeworld-theme/grub/grub-4x3.png \
              joy.png=$(ART)/joy-theme/grub/grub-4x3.png \
              lines.png=$(ART)/lines-theme/grub/grub-4x3.png \
              softwaves-login.jpg=$(ART)/softwaves-theme/login/sddm-preview.jpg \
              moonlight.png=$(ART)/moonlight-theme/grub/grub-4x3.png \
              softwaves.png=$(ART)/softwaves-theme/grub/grub-4x3.png \
              spacefun.png=$(ART)/spacefun-theme/grub/grub-4x3.png \
              spacefun-rocket.png=$(ART)/spacefun-theme/plymouth/rocket0.png
image_name  = $(firstword $(subst =, ,$(1)))
image_path  = $(lastword $(subst =, ,$(1)))
IMAGES     := $(foreach i,$(IMAGE_SRC),$(B)/images/$(call image_name,$(i)))

# One run fetches them all; after the wallpaper, which fetches the package.
$(IMAGES) &: boot/fetch-artwork.sh | $(B)/wallpaper.png
	@mkdir -p $(B)/images
	boot/fetch-artwork.sh $(foreach i,$(IMAGE_SRC),$(call image_path,$(i)) $(B)/images/$(call image_name,$(i)))

# Java apps: every directory apps/NAME/ of .java files, and every such
# directory in APPS_EXTRA, compiled by javac against the gui's Java API
# (gui/java: phantom.gui, and phantom.ph, the stubs of the .ph classes it
# calls) into build/japps/DIR (two directories may name the same app: its
# versions, in tests).
APPS_EXTRA  ?=
JGUI_SRC    := $(sort $(shell find gui/java -name '*.java' 2>/dev/null))
JAPP_DIRS   := $(sort $(dir $(wildcard apps/*/*.java))) \
               $(foreach e,$(APPS_EXTRA),$(if $(wildcard $(e)/*.java),$(e)/))
JAPPS       := $(foreach d,$(JAPP_DIRS),$(notdir $(d:/=)))
JAPP_STAMPS := $(foreach d,$(JAPP_DIRS),$(B)/japps/$(d).stamp)
JAVAC       := javac -encoding UTF-8 -Xlint:all -Werror -nowarn

$(HB)/jgui/.stamp: $(JGUI_SRC)
	@rm -rf $(@D) && mkdir -p $(@D)
	$(JAVAC) -d $(@D) $(JGUI_SRC)
	@touch $@

define japp_rule
$(B)/japps/$(1).stamp: $(wildcard $(1)*.java) $(HB)/jgui/.stamp
	@rm -rf $$(@D) && mkdir -p $$(@D)
	$(JAVAC) -cp $(HB)/jgui -d $$(@D) $(wildcard $(1)*.java)
	@touch $$@
endef
$(foreach d,$(JAPP_DIRS),$(eval $(call japp_rule,$(d))))

# jrt.tar: the Java runtime (pvm/jvm/jvm.mk) and the gui's Java API, the
# classes a world converts when it launches its first Java app, with
# their list (classes.list).
JRT_TAR := $(ISO:.iso=)-mods/jrt.tar
$(JRT_TAR): $(HB)/jrt/.stamp $(HB)/jgui/.stamp
	@rm -rf $@.d && mkdir -p $@.d $(@D)
	@cp -r $(HB)/jrt/. $(HB)/jgui/. $@.d/ && rm -f $@.d/.stamp
	@cd $@.d && find . -name '*.class' | sed 's|^\./||; s|\.class$$||' | LC_ALL=C sort > classes.list
	tar --format=ustar --owner=0 --group=0 --mtime=@0 --sort=name -C $@.d -cf $@ .
	@rm -rf $@.d

# apps.tar: the programs a new world can start (phantom.run=NAME), every
# apps/*.ph plus the files in APPS_EXTRA (tests add theirs), then the
# IMAGES, flat names; each Java app as its directory NAME/ of classes.
APPS_TAR   := $(ISO:.iso=)-mods/apps.tar
APPS_FILES := $(sort $(wildcard apps/*.ph)) $(filter-out $(JAPP_DIRS:/=),$(APPS_EXTRA)) $(IMAGES)
$(APPS_TAR): $(APPS_FILES) $(ISO).apps $(JAPP_STAMPS)
	@rm -rf $@.d && mkdir -p $@.d $(@D)
	@for f in $(APPS_FILES); do cp "$$f" $@.d/; done
	@for d in $(JAPP_DIRS); do a=$$(basename $$d); cp -r $(B)/japps/$$d $@.d/$$a && \
	    rm -f $@.d/$$a/.stamp; done
	tar --format=ustar --owner=0 --group=0 --mtime=@0 --sort=name -C $@.d -cf $@ -T /dev/null \
	    $(notdir $(APPS_FILES)) $(JAPPS)
	@rm -rf $@.d
$(ISO).apps: FORCE
	@mkdir -p $(@D)
	@echo '$(APPS_FILES) $(JAPP_DIRS)' | cmp -s - $@ || echo '$(APPS_FILES) $(JAPP_DIRS)' > $@

# The kernel command line is baked into grub.cfg: remember it per ISO so a
# different KCMDLINE rebuilds that ISO.
$(ISO).cmdline: FORCE
	@mkdir -p $(@D)
	@echo '$(KCMDLINE)' | cmp -s - $@ || echo '$(KCMDLINE)' > $@

$(ISO): $(B)/phantom.elf boot/grub.cfg boot/mkiso.sh $(B)/wallpaper.png NOTICE LICENSE \
        $(addprefix $(FONT_DIR)/,$(FONTS)) $(ISO).cmdline $(APPS_TAR) $(JRT_TAR)
	boot/mkiso.sh $@ $(B)/phantom.elf $(B)/kernel.sym $(B)/wallpaper.png \
	    "$(KCMDLINE)" $(addprefix $(FONT_DIR)/,$(FONTS)) $(APPS_TAR) $(JRT_TAR)

# Verbs install missing packages first, then build in a fresh make, so that
# what the packages provide (pkg-config, multilib) is seen when it parses.
iso: deps
	@$(MAKE) --no-print-directory $(ISO)

FORCE:

# ---------------------------------------------------------------- running
QEMU := qemu-system-i386 -machine pc -accel $(ACCEL) -m $(MEM) -vga std \
        -cdrom $(ISO) -boot d -drive file=$(DISK),format=raw,if=ide,index=0 \
        -no-reboot -device isa-debug-exit,iobase=0xf4,iosize=0x04

$(DISK):
	@mkdir -p $(@D)
	truncate -s $(DISK_MB)M $@

# make run's screen: QEMU's window where there is a display to open it on,
# otherwise (a server, a container, SSH) QEMU's VNC server on the loopback
# (boot/vnc.sh picks the port and prints where to connect). SCREEN=vnc|window.
SCREEN    ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),window,vnc)
RUN_VNC   := $(filter vnc,$(SCREEN))

# The window needs qemu-system-gui (deps-run); VNC is in QEMU itself.
run: $(if $(RUN_VNC),deps,deps-run) iso
	@$(MAKE) --no-print-directory $(DISK)
	$(if $(RUN_VNC),boot/vnc.sh )$(QEMU) -serial stdio -monitor none $(QEMUEXTRA)

# The conference demo (tests/system/demo.py): a scripted session, a power
# cut, the same desktop after the boot. HEADLESS=1: no window, exit 0 only
# if every check held; screenshots in build/demo/.
demo: deps-run iso
	python3 tests/system/demo.py $(if $(filter 1,$(HEADLESS)),--headless)

# Random use of every app, checked after every step (tests/system/monkey.py):
# SEED= replays a run, MINUTES= how long.
SEED    ?=
MINUTES ?= 5
monkey: deps-run iso
	python3 tests/system/monkey.py $(if $(SEED),--seed $(SEED)) --minutes $(MINUTES)

run-nox: iso
	@$(MAKE) --no-print-directory $(DISK)
	$(QEMU) -display none -serial stdio -monitor none $(QEMUEXTRA)

debug: iso
	@$(MAKE) --no-print-directory $(DISK)
	@printf 'file %s\ntarget remote :1234\n' $(B)/phantom.elf > .gdbinit
	@echo "QEMU waits for gdb on :1234; run 'gdb' here (.gdbinit is ready)"
	$(QEMU) -display none -serial stdio -monitor none -s -S $(QEMUEXTRA)

# ---------------------------------------------------------------- host
HCC       := gcc
FT_HFLAGS := $(shell pkg-config --cflags freetype2 2>/dev/null)
FT_HLIBS  := $(shell pkg-config --libs freetype2 2>/dev/null)
HCFLAGS   := -std=gnu11 -O1 -g -Wall -Wextra -Wno-unused-parameter -I. \
             -Werror=implicit-function-declaration -Werror=int-conversion \
             -I$(B)/include $(FT_HFLAGS) -fno-omit-frame-pointer \
             -fsanitize=address,undefined -fno-sanitize-recover=undefined -MMD -MP
HBFLAGS   := -std=gnu11 -O2 -g -march=native -Wall -I. -I$(B)/include $(FT_HFLAGS) -MMD -MP
HOST_MAIN := wm/deskmain_host.c
HOST_SRC  := $(filter-out $(KERNEL_ONLY) $(HOST_MAIN) %_kern.c,$(LAYER_SRC)) fonts/fonts.c fonts/fonts_host.c \
             $(GEN_GUI)
HOBJ      := $(patsubst %.c,$(HB)/san/%.o,$(HOST_SRC))
HBOBJ     := $(patsubst %.c,$(HB)/opt/%.o,$(HOST_SRC))
UNIT_SRC  := $(wildcard tests/unit/*.c)
BENCH_SRC := tests/bench/compose_bench.c tests/bench/bench.c

$(HB)/san/%.o: %.c $(STB_H)
	@mkdir -p $(@D)
	$(HCC) $(HCFLAGS) -c $< -o $@
$(HB)/opt/%.o: %.c $(STB_H)
	@mkdir -p $(@D)
	$(HCC) $(HBFLAGS) -c $< -o $@

# gui/ holds the gui module's natives: host programs link the VM too
# (pvm.mk adds its objects to these prerequisites).
$(HB)/unit-tests: $(UNIT_SRC) $(HOBJ)
	@mkdir -p $(@D)
	$(HCC) $(HCFLAGS) -o $@ $(filter %.c %.o,$^) $(FT_HLIBS) -lpng -lm -lpthread

$(HB)/bench: $(BENCH_SRC) $(HBOBJ)
	@mkdir -p $(@D)
	$(HCC) $(HBFLAGS) -o $@ $(filter %.c %.o,$^) $(FT_HLIBS) -lpng -lm -lpthread

$(HB)/bench-gui: tests/bench/gui_bench.c tests/bench/bench.c $(HBOBJ)
	@mkdir -p $(@D)
	$(HCC) $(HBFLAGS) -o $@ $(filter %.c %.o,$^) $(FT_HLIBS) -lpng -lm -lpthread

# build/host/desk: programs with windows on a memory screen, scripted
# (wm/deskmain_host.c)
$(HB)/desk: $(HB)/san/wm/deskmain_host.o $(HOBJ)
	$(HCC) $(HCFLAGS) -o $@ $(filter %.o,$^) $(FT_HLIBS) -lpng -lm -lpthread

# Every host program: the tests and benchmarks of gui/ and wm/, the desk,
# the VM's runners and unit tests (pvm/pvm.mk), and the Java runtime
# library's classes (pvm/jvm/jvm.mk).
host: deps-host
	@$(MAKE) --no-print-directory $(HB)/unit-tests $(HB)/bench $(HB)/desk \
	    $(HB)/pvm $(HB)/pvm-switch $(HB)/pvm-unit-tests $(HB)/jrt/.stamp

-include pvm/pvm.mk
-include pvm/jvm/jvm.mk
-include tests/fuzz/fuzz.mk
-include persist/persist.mk
-include kernel/posix/posix.mk
-include kernel/posix/root.mk

# ---------------------------------------------------------------- tests
TEST_SUITES = "unit=$(HB)/unit-tests tests/unit" \
              "pvm=$(MAKE) --no-print-directory pvm-test" \
              "jvm=$(MAKE) --no-print-directory jvm-test" \
              "crash=$(MAKE) --no-print-directory crash-test" \
              "gui=python3 tests/gui/run.py --desk $(HB)/desk" \
              "system=python3 tests/system/run.py --iso $(ISO)"

test: deps
	@$(MAKE) --no-print-directory $(ISO) $(HB)/unit-tests $(HB)/desk $(HB)/pvm
	@tests/run.sh $(TEST_SUITES)

test-unit: $(HB)/unit-tests
	$(HB)/unit-tests tests/unit

# the widgets on the host desk (tests/gui/run.py); GUI_BLESS=1 rewrites
# the golden pictures
gui-test: $(HB)/desk $(HB)/jrt/.stamp $(JAPP_STAMPS)
	python3 tests/gui/run.py --desk $(HB)/desk

# (test_docs.py runs the documents' examples with $(HB)/pvm and $(HB)/desk)
test-system: $(ISO) $(HB)/pvm $(HB)/desk
	python3 tests/system/run.py --iso $(ISO)

bench: deps-host
	@$(MAKE) --no-print-directory $(HB)/bench $(HB)/bench-gui $(HB)/pvm-fast $(HB)/jrt/.stamp
	$(HB)/bench
	$(HB)/bench-gui
	tests/bench/lang/run.sh $(HB)/pvm-fast
	tests/bench/java/run.sh $(HB)/pvm-fast
	@$(MAKE) --no-print-directory $(ISO)
	python3 tests/bench/world.py

bless: $(HB)/unit-tests
	PHANTOM_BLESS=1 $(HB)/unit-tests tests/unit

lint:
	tests/lint.sh

# ---------------------------------------------------------------- packages
deps:
	@boot/deps.sh all
deps-host:
	@boot/deps.sh host
deps-run:
	@boot/deps.sh run

clean:
	rm -rf $(B) .gdbinit

-include $(shell find $(B) -name '*.d' -type f 2>/dev/null)
