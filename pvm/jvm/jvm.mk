# pvm/jvm/jvm.mk - the Java runtime library (pvm/jvm/rt) on the host.
# Included by the top Makefile next to pvm/pvm.mk (uses HB).
#
#   $(HB)/jrt/.stamp   javac of every pvm/jvm/rt/**/*.java into $(HB)/jrt,
#                      patched into java.base (so the runtime compiles
#                      against its own java.lang.String and Object), string
#                      concatenation inline (no invokedynamic); then
#                      tests/jvm/rtclosure.py checks that the classes refer
#                      only to each other and that every native has its
#                      jnatives.def line. Without javac: a note, no classes.
#   make jrt-test      the number-text check against the real JDK
#                      (tests/jvm/numfmt) and the collections check
#                      (tests/jvm/rtcheck)

JRT_SRC := $(sort $(shell find pvm/jvm/rt -name '*.java' 2>/dev/null))

$(HB)/jrt/.stamp: $(JRT_SRC) pvm/jvm/jnatives.def tests/jvm/rtclosure.py
	@if command -v javac >/dev/null 2>&1; then \
		rm -rf $(HB)/jrt && mkdir -p $(HB)/jrt && \
		javac --patch-module java.base=pvm/jvm/rt -XDstringConcat=inline -Xlint:none -nowarn \
			-encoding UTF-8 -d $(HB)/jrt $(JRT_SRC) && \
		python3 tests/jvm/rtclosure.py $(HB)/jrt pvm/jvm/jnatives.def | tail -2 && \
		(cd $(HB)/jrt && find . -name '*.class' | sed 's|^\./||; s|\.class$$||' | sort > classes.list) && \
		touch $@; \
	else \
		echo "jrt: javac not found: the Java runtime is not built"; \
		mkdir -p $(HB)/jrt && touch $@; \
	fi

# make pvm-test runs the checks too (tests/pvm/run.sh)
pvm-test: $(HB)/jrt/.stamp

.PHONY: jrt-test
jrt-test: $(HB)/jrt/.stamp
	@tests/jvm/numfmt/run.sh $(HB)
	@tests/jvm/rtcheck/run.sh $(HB)

# The conformance suite (tests/jvm): every program run by the real java
# and by `pvm java` (the ASan build), outputs compared; the refusals; a
# Java program through a power cut in a persistent world (store_test.py);
# every Java app (the Makefile's JAPP_DIRS) converted, verified and loaded
# with the gui's Java API as the desktop will (`pvm java --app`); then
# the programs that reach the namespaced names most (arrays of a program's
# classes, lambdas, interfaces, enums, static state, the .ph stubs) again
# in a namespace, as the desktop loads every app (PVM_JNS).
.PHONY: jvm-test
jvm-test: $(HB)/pvm $(HB)/jrt/.stamp $(HB)/jgui/.stamp $(JAPP_STAMPS)
	@python3 tests/jvm/store_test.py $(HB)/pvm
	@for d in $(JAPP_DIRS); do \
		c=$$(grep -lE 'extends +(phantom\.gui\.)?App\b' $$d*.java | head -1); \
		$(HB)/pvm java --app -cp $(HB)/jgui:$(B)/japps/$$d \
			$$(basename $$c .java) || exit 1; \
	done
	@python3 tests/jvm/run.py --pvm $(HB)/pvm
	@PVM_JNS='app@0badc0de' python3 tests/jvm/run.py --pvm $(HB)/pvm --set default \
		-k array -k enums -k lambdas -k interfaces -k static -k Interop -k prog_bank \
		-k inner -k clinit -k uncaught_custom
