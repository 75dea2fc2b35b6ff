#!/usr/bin/env bash
# Installs Regie's .deb with apt into a clean Debian 13 (a fresh minbase
# debootstrap, not the build environment), starts regie there under Xvfb on
# the demo region and checks the screenshot it saves.
#
#   tools/package-test.sh [--prepare] DEB [OUTDIR]
#
# --prepare only fills the caches (the debootstrap tarball), so that it can
# run beside a build. Exit status: 0 passed, 77 skipped (the reason is
# printed: only when a clean root cannot be made on this machine at all),
# anything else failed. Needs root. Caches, under REGIE_SYSROOT_CACHE
# (default /var/cache/regie): the debootstrap tarball (renewed after 30
# days) and apt's downloads; the root itself is new on every run.
set -euo pipefail

REGIE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=tools/sysroot.sh
source "$REGIE_ROOT/tools/sysroot.sh"

say() { printf 'package-test: %s\n' "$*" >&2; }
skip() { printf 'package-test: SKIPPED, a clean Debian 13 cannot be made here: %s\n' "$*" >&2; exit 77; }
fail() { printf 'package-test: FAILED: %s\n' "$*" >&2; exit 1; }

prepare_only=no
[ "${1:-}" = --prepare ] && { prepare_only=yes; shift; }
deb=${1:-}
[ $prepare_only = yes ] || [ -f "$deb" ] || fail "no package given (tools/package-test.sh DEB [OUTDIR])"

[ "$(id -u)" = 0 ] || skip "debootstrap and chroot need root; run as root or with sudo"
unshare --mount --propagation private --pid --fork --kill-child -- true 2>/dev/null \
    || skip "this machine allows no private mount and PID namespaces"
if ! command -v debootstrap >/dev/null; then
    command -v apt-get >/dev/null || skip "debootstrap is missing and there is no apt-get to install it"
    say "installing debootstrap on the host"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap; } >/dev/null 2>&1 \
        || skip "debootstrap is missing and could not be installed"
fi

cache=$REGIE_SYSROOT_CACHE/clean-trixie
tarball=$cache/trixie-minbase.tgz
mkdir -p "$cache/archives/partial"
exec 8>"$cache/lock"
flock 8

if [ ! -s "$tarball" ] || [ -n "$(find "$tarball" -mtime +30 2>/dev/null)" ]; then
    say "downloading a minimal Debian 13 for the debootstrap tarball (once a month)"
    scratch=$(mktemp -d /var/tmp/regie-debootstrap.XXXXXX)
    if ! unshare --mount --propagation private --pid --fork --kill-child -- \
        debootstrap --variant=minbase --make-tarball="$tarball.new" trixie "$scratch" "$REGIE_MIRROR" \
        >"$cache/make-tarball.log" 2>&1; then
        rm -rf "$scratch" "$tarball.new"
        if grep -qiE 'Failed getting release file|Temporary failure resolving|Could not resolve|Network is unreachable|Connection refused|unable to connect' "$cache/make-tarball.log"; then
            [ -s "$tarball" ] || skip "the Debian archive $REGIE_MIRROR cannot be reached ($cache/make-tarball.log)"
            say "the Debian archive cannot be reached; using the older tarball"
        else
            tail -n 20 "$cache/make-tarball.log" >&2
            fail "debootstrap could not make its tarball ($cache/make-tarball.log)"
        fi
    else
        rm -rf "$scratch"
        mv "$tarball.new" "$tarball"
    fi
fi
[ $prepare_only = yes ] && exit 0

work=$(mktemp -d /var/tmp/regie-package-test.XXXXXX)
root=$work/root
box=$work/box # what the clean root gets to see: the package, the Xvfb wrapper, the results
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$root" "$box"
cp "$deb" "$box/"
cp "$REGIE_ROOT/tools/with-xvfb.sh" "$box/"
chmod 755 "$box" "$box/with-xvfb.sh"
chmod 644 "$box/$(basename "$deb")"

started=$(date +%s)
say "debootstrap: a fresh Debian 13 minbase in $root"
if ! unshare --mount --propagation private --pid --fork --kill-child -- \
    debootstrap --variant=minbase --unpack-tarball="$tarball" trixie "$root" "$REGIE_MIRROR" \
    >"$work/debootstrap.log" 2>&1; then
    tail -n 20 "$work/debootstrap.log" >&2
    fail "debootstrap from the tarball failed"
fi
cat >"$root/etc/apt/sources.list" <<EOF
deb $REGIE_MIRROR trixie main
deb $REGIE_MIRROR trixie-updates main
deb ${REGIE_MIRROR%/debian}/debian-security trixie-security main
EOF
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true

# Runs a command as root in the clean root, with apt's download cache shared
# between runs (downloads only: nothing installed survives a run).
in_clean_root() {
    unshare --mount --propagation private --pid --fork --kill-child -- /bin/bash -c '
        mount --bind "$1" "$2/var/cache/apt/archives"
        shift 2
        exec /bin/bash "$@"' sh "$cache/archives" "$root" \
        "$REGIE_ROOT/tools/sysroot-enter.sh" "$root" 0 "$box" "" / "$@"
}

say "apt: installing $(basename "$deb") and Xvfb (no recommended packages: what the package depends on must do)"
if ! in_clean_root /bin/sh -c "export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -q --no-install-recommends '$box/$(basename "$deb")' xvfb xauth" \
    >"$work/apt.log" 2>&1; then
    tail -n 30 "$work/apt.log" >&2
    fail "apt could not install the package"
fi
installed=$(in_clean_root /bin/sh -c 'dpkg-query -W -f "\${Version}" regie')
say "installed regie $installed"
files=$(in_clean_root /usr/bin/dpkg -L regie)
for want in /usr/bin/regie /usr/bin/regie-admin /usr/share/applications/nl.regie.regie.desktop \
    /usr/share/metainfo/nl.regie.regie.metainfo.xml /usr/share/icons/hicolor/scalable/apps/nl.regie.regie.svg \
    /usr/share/regie/handbook/handleiding.html /usr/share/locale/nl/LC_MESSAGES/regie_qt.qm; do
    grep -qx "$want" <<<"$files" || fail "the package does not install $want"
done
version=$(in_clean_root /bin/sh -c 'QT_QPA_PLATFORM=offscreen regie --version' 2>&1) || fail "regie --version: $version"
[ "$version" = "regie ${installed%%-*}" ] || fail "regie --version says \"$version\", the package is $installed"

say "starting regie on the demo region under Xvfb, as a user"
in_clean_root /bin/sh -c "useradd --create-home anna && chown anna '$box'" >/dev/null
shot=$box/regie-clean-install.png
if ! in_clean_root /usr/bin/setpriv --reuid=anna --regid=anna --init-groups --reset-env \
    /bin/sh -c "cd && '$box/with-xvfb.sh' timeout 180 regie --database regie.sqlite --demo --screenshot '$shot'" \
    >"$work/regie.log" 2>&1; then
    cat "$work/regie.log" >&2
    fail "regie did not start and save its screenshot"
fi
[ -s "$shot" ] || { cat "$work/regie.log" >&2; fail "regie saved no screenshot"; }

# A PNG of the whole window: its signature, its size in the IHDR chunk, and
# enough bytes that it holds a drawn window rather than one flat colour.
[ "$(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "the screenshot is no PNG"
width=$((16#$(dd if="$shot" bs=1 skip=16 count=4 2>/dev/null | od -An -tx1 | tr -d ' \n')))
height=$((16#$(dd if="$shot" bs=1 skip=20 count=4 2>/dev/null | od -An -tx1 | tr -d ' \n')))
bytes=$(stat -c %s "$shot")
say "screenshot: ${width}x${height}, $bytes bytes"
[ "$width" -ge 800 ] && [ "$height" -ge 500 ] || fail "the screenshot is only ${width}x${height}"
[ "$bytes" -ge 40000 ] || fail "the screenshot is nearly empty ($bytes bytes)"
if [ -n "${2:-}" ]; then
    mkdir -p "$2"
    cp "$shot" "$2/"
    say "kept $2/$(basename "$shot")"
fi
say "passed in $(( $(date +%s) - started )) s: regie $installed installs and starts on a clean Debian 13"
