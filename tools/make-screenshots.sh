#!/bin/sh
# Makes the pictures that the AppStream metainfo shows (resources/screenshots/)
# from the program itself, on the demo region, with --screenshot.
#   ./regie-dev exec tools/make-screenshots.sh [BUILD_DIR]
# BUILD_DIR defaults to build/dev; regie must be built there.
set -eu
cd "$(dirname "$0")/.."
bin=${1:-build/dev}/bin/regie
out=resources/screenshots
[ -x "$bin" ] || { echo "make-screenshots: build regie first ($bin)" >&2; exit 1; }
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
shoot() { # NAME [VAR=VALUE...]
    name=$1; shift
    rm -f "$work/demo.sqlite"
    env QT_QPA_PLATFORM=offscreen "$@" "$bin" --database "$work/demo.sqlite" --demo --screenshot "$out/$name.png" >/dev/null
    echo "$out/$name.png"
}
shoot overzicht
shoot project REGIE_SCREENSHOT_PROJECT="Energieke Drechtsteden"
shoot handleiding REGIE_SCREENSHOT_HELP=handbook
