# freetype.mk - FreeType for the kernel, built from Debian's source package.
#
# Included by the top Makefile. gui/fetch-freetype.sh fetches Debian's
# `freetype` source with the machine's own apt configuration and unpacks it
# into $(FT_DIR)/src with Debian's patch series applied, as dpkg-source
# does; $(FT_DIR)/patches-applied lists the patches (nothing is committed to
# this repo; NOTICE names the patches).
# Only the modules in gui/ftmodule_kern.h are compiled, with the options of
# gui/ftoption_kern.h and the kernel's own flags; the system layer is our
# gui/ftsystem_kern.c, compiled with the rest of gui/ into the kernel.
#
# Exports: FT_STAMP (made after the fetch), FT_KLIB (the static library),
# FT_KCFLAGS (what kernel code that includes FreeType headers needs).

FT_DIR   := $(B)/freetype
FT_SRC   := $(FT_DIR)/src
FT_STAMP := $(FT_DIR)/fetched.stamp
FT_KLIB  := $(FT_DIR)/libfreetype-k.a

FT_KCFLAGS := -I$(FT_SRC)/include \
              -DFT_CONFIG_OPTIONS_H='<gui/ftoption_kern.h>' \
              -DFT_CONFIG_MODULES_H='<gui/ftmodule_kern.h>'

# base: the core (ftbase.c includes ftobjs, ftstream, ftoutln, ftcalc ...),
# module registration, the debug hooks (empty in release) and bitmaps.
FT_KSRC := base/ftbase.c base/ftinit.c base/ftdebug.c base/ftbitmap.c \
           base/ftglyph.c sfnt/sfnt.c truetype/truetype.c \
           autofit/autofit.c psnames/psnames.c smooth/smooth.c
FT_KOBJ := $(patsubst %.c,$(FT_DIR)/obj/%.o,$(FT_KSRC))

# Third-party code: its warnings are not ours to fix, so -w.
FT_BUILD_CFLAGS := $(KCFLAGS) $(FT_KCFLAGS) -DFT2_BUILD_LIBRARY -w

$(FT_STAMP): gui/fetch-freetype.sh boot/apt-private.sh
	gui/fetch-freetype.sh $(B)

$(FT_KOBJ): $(FT_DIR)/obj/%.o: $(FT_STAMP) gui/ftoption_kern.h gui/ftmodule_kern.h
	@mkdir -p $(@D)
	$(KCC) $(FT_BUILD_CFLAGS) -c $(FT_SRC)/src/$*.c -o $@

$(FT_KLIB): $(FT_KOBJ)
	rm -f $@
	ar rcs $@ $(FT_KOBJ)
