#!/bin/sh
# vnc.sh QEMU ARGS... - run QEMU with its screen on a VNC server, for
# `make run` where there is no display to open a window on (a server, a
# container, an SSH session: no $DISPLAY or $WAYLAND_DISPLAY).
#
# Takes the first free port 5900+N (N = 0..99) on 127.0.0.1, tells the
# terminal (stderr) where to connect and that `make run-nox` is the serial
# console alone, then execs QEMU with -display vnc=127.0.0.1:N put right
# after the program name, so a -display in the ARGS (QEMUEXTRA) still wins.
# The server listens on the loopback address only: from another machine
# the way in is an SSH tunnel, never an open port.
set -eu

[ $# -ge 1 ] || {
	echo "usage: boot/vnc.sh QEMU [ARGS...]" >&2
	exit 2
}

# The first N whose port 5900+N nobody listens on, or nothing.
free_display() {
	python3 - <<'EOF'
import socket
for n in range(100):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.bind(("127.0.0.1", 5900 + n))
    except OSError:
        continue
    finally:
        s.close()
    print(n)
    break
EOF
}

n=$(free_display)
[ -n "$n" ] || {
	echo "vnc.sh: error: ports 5900-5999 on 127.0.0.1 are all taken" >&2
	exit 1
}
port=$((5900 + n))
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
	why="as asked (SCREEN=vnc)"
else
	why="as there is no display here (no \$DISPLAY, no \$WAYLAND_DISPLAY)"
fi
cat >&2 <<EOF
make run: the screen is on QEMU's VNC server, $why:
  127.0.0.1:$port (display :$n).
  Connect a viewer to it, e.g. \`vncviewer 127.0.0.1:$n\`; from another
  machine, tunnel first: \`ssh -L $port:127.0.0.1:$port THIS-HOST\`.
  The serial log follows here; Ctrl-C stops QEMU.
  \`make run-nox\` boots with the serial console only, no screen.
EOF
qemu=$1
shift
exec "$qemu" -display "vnc=127.0.0.1:$n" "$@"
