#!/bin/sh
# Validates Regie's AppStream metainfo and .desktop file; any remark of the
# validators, however small, fails (they print nothing for a clean file).
#   validate.sh RESOURCES_DIR
set -u
dir=$1
metainfo=$dir/nl.regie.regie.metainfo.xml
desktop=$dir/nl.regie.regie.desktop
failed=0
bad() { echo "FAIL: $*"; failed=1; }

for tool in appstreamcli desktop-file-validate; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (tools/sysroot-packages.txt)"; exit 1; }
done

# --no-net: the screenshots and addresses are on the project's web site
# (docs/PACKAGING.md); their files are checked below instead.
out=$(appstreamcli validate --pedantic --no-net --explain "$metainfo" 2>&1)
rc=$?
echo "$out"
[ $rc = 0 ] || bad "appstreamcli validate --pedantic exited with $rc"
echo "$out" | grep -Eq '^[EWIP]: ' && bad "appstreamcli has remarks on $(basename "$metainfo")"

out=$(desktop-file-validate "$desktop" 2>&1)
rc=$?
[ -z "$out" ] || echo "$out"
[ $rc = 0 ] || bad "desktop-file-validate exited with $rc"
[ -z "$out" ] || bad "desktop-file-validate has remarks on $(basename "$desktop")"

# The files refer to each other and to what is installed.
grep -q '<launchable type="desktop-id">nl.regie.regie.desktop</launchable>' "$metainfo" \
    || bad "the metainfo does not launch nl.regie.regie.desktop"
grep -qx 'Icon=nl.regie.regie' "$desktop" || bad "the desktop file's icon is not nl.regie.regie"
grep -q '^Exec=regie' "$desktop" || bad "the desktop file does not start regie"
version=$(sed -n 's/^project(Regie VERSION \([0-9.]*\).*/\1/p' "$dir/../CMakeLists.txt")
grep -q "<release version=\"$version\"" "$metainfo" || bad "the metainfo has no release $version (CMakeLists.txt)"

# Each screenshot's address names a picture made by tools/make-screenshots.sh,
# of the size the metainfo gives.
png_size() { # FILE -> "WIDTHxHEIGHT" from the PNG's IHDR chunk
    w=$(od -An -tu1 -j16 -N4 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
    h=$(od -An -tu1 -j20 -N4 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
    echo "${w}x$h"
}
images=$(sed -n 's|.*<image[^>]* width="\([0-9]*\)" height="\([0-9]*\)">https://regie.example.org/screenshots/\([^<]*\)</image>.*|\3 \1x\2|p' "$metainfo")
[ -n "$images" ] || bad "the metainfo has no screenshots with their sizes"
echo "$images" | while read -r shot size; do
    [ -n "$shot" ] || continue
    if [ ! -s "$dir/screenshots/$shot" ]; then
        echo "FAIL: resources/screenshots/$shot is missing"; exit 1
    fi
    actual=$(png_size "$dir/screenshots/$shot")
    [ "$actual" = "$size" ] || { echo "FAIL: resources/screenshots/$shot is $actual, the metainfo says $size"; exit 1; }
done || failed=1
[ "$(grep -c '<image' "$metainfo")" = "$(echo "$images" | grep -c .)" ] || bad "a screenshot lacks its width and height"

[ $failed = 0 ] && echo "PASS: $(basename "$metainfo") and $(basename "$desktop") validate without remarks"
exit $failed
