# persist/persist.mk - the persistent address space on the host.
# Included by the top Makefile (which defines HB, HCC, HCFLAGS, HBFLAGS).
#
# The pvm runners link persist/ (pvm run --store); the crash tests:
#   $(HB)/crash        crash simulator, I/O errors, damaged stores, pauses
#   make crash-test    that + SIGKILL cycles
#   make crash-lang    tests/lang through snapshot -> restore

PERSIST_SRC     := $(filter-out %_kern.c,$(sort $(wildcard persist/*.c)))
PERSIST_OBJ     := $(patsubst %.c,$(HB)/san/%.o,$(PERSIST_SRC))
PERSIST_OPT_OBJ := $(patsubst %.c,$(HB)/opt/%.o,$(PERSIST_SRC))

# extra prerequisites: pvm.mk's link rules take $^
$(HB)/pvm $(HB)/pvm-switch: $(PERSIST_OBJ)
$(HB)/pvm-fast: $(PERSIST_OPT_OBJ)
$(HB)/unit-tests: $(HB)/san/persist/crc32c.o # tests/unit/test_crc32c.c

$(HB)/crash: tests/crash/crash.c $(PERSIST_OBJ)
	$(HCC) $(HCFLAGS) -o $@ $(filter %.c %.o,$^) -lpthread

$(HB)/crash-fast: tests/crash/crash.c $(PERSIST_OPT_OBJ)
	$(HCC) $(HBFLAGS) -o $@ $(filter %.c %.o,$^) -lpthread

.PHONY: crash-test crash-lang
crash-test: $(HB)/crash $(HB)/crash-fast $(HB)/pvm
	@tests/crash/run.sh $(HB)

# every tests/lang program stopped after its 1st and 3rd commit, finished
# in a fresh process (also part of crash-test)
crash-lang: $(HB)/pvm
	@tests/crash/lang_snap.sh $(HB)/pvm
