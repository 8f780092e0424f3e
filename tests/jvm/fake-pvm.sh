#!/bin/sh
# fake-pvm.sh java [-cp DIR] MAIN [ARGS] - the real JVM in pvm's place: the
# runner's self-test. `tests/jvm/run.py --pvm tests/jvm/fake-pvm.sh -k progs/`
# runs every program twice on the JVM, so it passes only when each program is
# deterministic (no hash of an object, no timing, no thread race in its
# output). The reject cases fail under it: the JVM runs them.
[ "$1" = java ] || { echo "usage: $0 java [-cp DIR] MAIN [ARGS]" >&2; exit 2; }
shift
exec java "$@"
