#!/bin/sh
# Runs a command on a private Xvfb display and stops the display after it.
# xvfb-run waits for a signal that Xvfb does not send inside the build
# environment's PID namespace; -displayfd tells us the display instead.
#   tools/with-xvfb.sh [-s "XVFB ARGS"] COMMAND...
set -eu
args="-screen 0 1400x900x24"
if [ "${1:-}" = -s ]; then args=$2; shift 2; fi
dir=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null; rm -rf "$dir"' EXIT INT TERM
mkfifo "$dir/fd"
# shellcheck disable=SC2086
Xvfb -displayfd 3 -nolisten tcp $args 3>"$dir/fd" 2>"$dir/xvfb.log" &
xvfb=$!
read -r display <"$dir/fd" || { cat "$dir/xvfb.log" >&2; exit 1; }
DISPLAY=:$display "$@"
