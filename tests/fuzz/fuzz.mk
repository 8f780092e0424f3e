# tests/fuzz/fuzz.mk - libFuzzer targets for pvm, built with clang.
# Included by the top Makefile (uses HB).
#
#   fuzz_load      bytes -> class image: pvi_read (verifies) -> pv_load ->
#                  main() under a slice budget; also pvi_disasm
#   fuzz_compile   bytes -> one .ph file: pv_compile -> pv_load -> main()
#   fuzz_classfile bytes -> a JVM class file: jcf_read (pvm/jvm), and the
#                  reader's promises checked again on what it accepts
#   fuzz_jvm       bytes -> a JVM class file through the whole converter
#                  (pvm/jvm) into a class image, which must verify; the
#                  runtime's classes ($(HB)/jrt) resolve its names
#
#   make fuzz-build    $(HB)/fuzz/fuzz_{load,compile,classfile}
#   make fuzz          all at once, FUZZ_SECONDS each (default 300); logs in
#                      $(HB)/fuzz/<target>.log, exit 1 if any found a bug
#   make fuzz-load / fuzz-compile / fuzz-classfile    one, in the foreground
#
# Runs work on $(HB)/fuzz/work/<target>, seeded from tests/fuzz/corpus/
# and $(HB)/fuzz/seeds/<target>/ (fuzz_classfile: class files javac makes
# there from tests/fuzz/classfile/*.java; none without javac)
# (the repo is never written; the work corpus is kept between runs, delete
# it to start over). Findings go to $(HB)/fuzz/artifacts/<target>/.
# Reproduce one with `$(HB)/fuzz/fuzz_load FILE`. Environment knobs:
# FUZZ_VERBOSE=1 shows the program's output; FUZZ_GCSTRESS=1|2 collects at
# every allocation (full | incremental step); FUZZ_TICKS=n sets the slice
# budget of main() (default 32); FUZZ_FLAGS adds
# libFuzzer options. See tests/fuzz/README.md.

FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 300
FUZZ_FLAGS   ?=
FUZZ_DIR     := $(HB)/fuzz
FUZZ_CFLAGS  := -std=gnu11 -O1 -g -I. -fno-omit-frame-pointer \
                -fsanitize=fuzzer-no-link,address,undefined \
                -fno-sanitize-recover=undefined -MMD -MP
FUZZ_LDFLAGS := -fsanitize=fuzzer,address,undefined
FUZZ_PVM_SRC := $(filter-out pvm/main_host.c pvm/platform_host.c %_kern.c,\
                $(sort $(shell find pvm -name '*.c')))
FUZZ_LIB_OBJ := $(patsubst %.c,$(FUZZ_DIR)/obj/%.o,$(FUZZ_PVM_SRC) tests/fuzz/fuzz_vm.c)
FUZZ_TARGETS := load compile classfile jvm
FUZZ_BINS    := $(patsubst %,$(FUZZ_DIR)/fuzz_%,$(FUZZ_TARGETS))

.PHONY: fuzz-build fuzz fuzz-load fuzz-compile fuzz-classfile fuzz-jvm
.PRECIOUS: $(FUZZ_DIR)/obj/%.o

$(FUZZ_DIR)/obj/%.o: %.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -c $< -o $@

$(FUZZ_DIR)/fuzz_%: $(FUZZ_DIR)/obj/tests/fuzz/fuzz_%.o $(FUZZ_LIB_OBJ)
	$(FUZZ_CC) $(FUZZ_LDFLAGS) -o $@ $^ -lm

fuzz-build: $(FUZZ_BINS)

# Class files for fuzz_classfile's seeds: Java 17 (with debug tables) and
# Java 8 builds of the same sources, flattened into one directory.
FUZZ_CF_SEEDS := $(FUZZ_DIR)/seeds/classfile/.made
$(FUZZ_CF_SEEDS): $(wildcard tests/fuzz/classfile/*.java)
	@rm -rf $(@D) && mkdir -p $(@D)
	@if command -v javac >/dev/null 2>&1; then \
		javac -g -d $(@D)/j17 $^ && javac --release 8 -d $(@D)/j8 $^ && \
		for v in j17 j8; do for f in $(@D)/$$v/*.class; do \
			cp "$$f" "$(@D)/$$v-$$(basename "$$f" .class).seed"; done; done; \
		rm -rf $(@D)/j17 $(@D)/j8; \
	else echo "fuzz: no javac, fuzz_classfile starts without seeds"; fi
	@touch $@

fuzz fuzz-classfile fuzz-jvm: $(FUZZ_CF_SEEDS) $(HB)/jrt/.stamp

fuzz: fuzz-build
	@FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_FLAGS='$(FUZZ_FLAGS)' tests/fuzz/run.sh $(FUZZ_DIR) $(FUZZ_TARGETS)

fuzz-load fuzz-compile fuzz-classfile fuzz-jvm: fuzz-%: $(FUZZ_DIR)/fuzz_%
	@FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_FLAGS='$(FUZZ_FLAGS)' FUZZ_FOREGROUND=1 tests/fuzz/run.sh $(FUZZ_DIR) $*
