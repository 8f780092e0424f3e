# pvm/pvm.mk - the managed VM and the language compiler on the host.
# Included by the top Makefile (which defines HB, HCC, HCFLAGS, HBFLAGS).
#
#   $(HB)/pvm          runner, ASan/UBSan, computed-goto dispatch
#   $(HB)/pvm-switch   the same with switch dispatch (tested too)
#   $(HB)/pvm-fast     -O2, for benchmarks
#   $(HB)/pvm-unit-tests  unit tests (tests/pvm/*.c on tests/unit's harness)
#   $(HB)/pvm-core     the core alone (PVM_CORE: no compiler, natives or
#                      prelude) running a class image (tests/pvm/core)
#   make pvm-test      unit tests + core test + tests/lang conformance
#                      suite (both dispatch builds, and once under GC
#                      stress) + the include tower (tests/pvm/includes.py)
#   make pvm-bench     fib & co against lua5.4

PVM_SRC      := $(filter-out %_kern.c,$(sort $(shell find pvm -name '*.c')))
PVM_LIB_SRC  := $(filter-out pvm/main_host.c,$(PVM_SRC))
PVM_LIB_OPT  := $(patsubst %.c,$(HB)/opt/%.o,$(PVM_LIB_SRC))
PVM_TEST_SRC := $(sort $(wildcard tests/pvm/*.c)) tests/unit/main.c
# The core of the VM, as Lua's core is apart from its libraries: what runs
# a verified class image. It links alone ($(HB)/pvm-core proves it); the
# compiler (pvm/lang, compile.c), natives and prelude (lib.c) sit above.
PVM_CORE     := arena_host platform_host object vm heap gc group roots str utf16 map array long thread \
                interp interp_cold ops xops opcodes classimage verify load
PVM_CORE_OBJ := $(patsubst %,$(HB)/san/pvm/%.o,$(filter-out object,$(PVM_CORE)))
PVM_OBJ      := $(patsubst %.c,$(HB)/san/%.o,$(PVM_SRC))
PVM_LIB_OBJ  := $(patsubst %.c,$(HB)/san/%.o,$(PVM_LIB_SRC))
PVM_FAST_OBJ := $(patsubst %.c,$(HB)/opt/%.o,$(PVM_SRC))
PVM_SW_OBJ   := $(patsubst %.c,$(HB)/sw/%.o,$(PVM_SRC))

$(HB)/sw/%.o: %.c
	@mkdir -p $(@D)
	$(HCC) $(HCFLAGS) -DPV_COMPUTED_GOTO=0 -c $< -o $@

# The runners carry the gui module (gui/, wm/ and their FreeType): `import
# gui;` works on the host, against a memory screen.
$(HB)/pvm: $(PVM_OBJ) $(HOBJ)
	$(HCC) $(HCFLAGS) -o $@ $^ $(FT_HLIBS) -lpng -lm -lpthread

$(HB)/pvm-switch: $(PVM_SW_OBJ) $(HOBJ)
	$(HCC) $(HCFLAGS) -o $@ $^ $(FT_HLIBS) -lpng -lm -lpthread

$(HB)/pvm-fast: $(PVM_FAST_OBJ) $(HBOBJ)
	$(HCC) $(HBFLAGS) -o $@ $^ $(FT_HLIBS) -lpng -lm -lpthread

# host programs of gui/ and wm/ (tests, benchmarks, the desk) link the VM
$(HB)/unit-tests $(HB)/desk: $(PVM_LIB_OBJ)
$(HB)/bench $(HB)/bench-gui: $(PVM_LIB_OPT)

$(HB)/pvm-unit-tests: $(PVM_TEST_SRC) $(PVM_LIB_OBJ)
	$(HCC) $(HCFLAGS) -o $@ $(PVM_TEST_SRC) $(PVM_LIB_OBJ) -lm -lpthread

$(HB)/pvm-core: $(wildcard tests/pvm/core/*.c) tests/unit/main.c $(PVM_CORE_OBJ)
	$(HCC) $(HCFLAGS) -o $@ $(filter %.c %.o,$^) -lm

# the image it runs, made by the full runner's compiler
$(HB)/pvm-core-data/core.pvc: tests/pvm/core/core.ph $(HB)/pvm
	@mkdir -p $(@D)
	$(HB)/pvm compile $< -o $@

.PHONY: pvm-test pvm-bench
pvm-test: $(HB)/pvm $(HB)/pvm-switch $(HB)/pvm-unit-tests $(HB)/pvm-core $(HB)/pvm-core-data/core.pvc
	@tests/pvm/run.sh $(HB)

pvm-bench: $(HB)/pvm-fast
	@tests/bench/lang/run.sh $(HB)/pvm-fast
