# shellcheck shell=bash
# The Debian 13 build environment for hosts whose own packages are too old
# (Debian 12 has no Qt 6.8 nor KDE Frameworks 6). Sourced by ./regie-dev.
#
# The sysroot is made once with debootstrap and cached outside the checkout
# (REGIE_SYSROOT_CACHE, default /var/cache/regie), so later checkouts and CI
# reuse it. It is re-installed when tools/sysroot-packages.txt changes.
# Each command enters it through private mount and PID namespaces: nothing
# stays mounted on the host, and no process outlives the command.

REGIE_SYSROOT_CACHE=${REGIE_SYSROOT_CACHE:-/var/cache/regie}
REGIE_SYSROOT=${REGIE_SYSROOT:-$REGIE_SYSROOT_CACHE/trixie}
REGIE_MIRROR=${REGIE_MIRROR:-http://deb.debian.org/debian}
REGIE_BUILD_UID=4242

sysroot_log() { printf 'regie-dev: %s\n' "$*" >&2; }

sysroot_package_list() {
    sed -e 's/#.*//' "$REGIE_ROOT/tools/sysroot-packages.txt" | tr -s ' \n' '  '
}

sysroot_stamp() {
    sysroot_package_list | sha256sum | cut -d' ' -f1
}

sysroot_need_root() {
    if [ "$(id -u)" != 0 ]; then
        sysroot_log "the Debian 13 build environment needs root (namespaces, chroot); run with sudo"
        exit 1
    fi
}

# Runs "$@" inside the sysroot. Options before "--":
#   --user      run as the unprivileged build user (default: root)
#   --as-caller run as the invoking user (SUDO_UID or root), with the host's
#               X display and the caller's data directory reachable
sysroot_exec() {
    local as=root
    while [ $# -gt 0 ]; do
        case $1 in
            --user) as=build; shift ;;
            --as-caller) as=caller; shift ;;
            --) shift; break ;;
            *) break ;;
        esac
    done
    local binds=("$REGIE_ROOT")
    [ -d "$REGIE_ROOT/../shared" ] && binds+=("$(cd "$REGIE_ROOT/../shared" && pwd)")
    local extra_env=()
    if [ "$as" = caller ]; then
        local data=${XDG_DATA_HOME:-$HOME/.local/share}/regie
        mkdir -p "$data"
        binds+=("$data")
        extra_env+=("REGIE_DATA_DIR=$data")
        [ -n "${DISPLAY:-}" ] && extra_env+=("DISPLAY=$DISPLAY")
        [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ] && { binds+=("$XAUTHORITY"); extra_env+=("XAUTHORITY=$XAUTHORITY"); }
    fi
    for v in CI REGIE_BENCH_ROWS REGIE_TEST_FILTER; do
        [ -n "${!v:-}" ] && extra_env+=("$v=${!v}")
    done
    local uid=0
    case $as in
        build) uid=$REGIE_BUILD_UID ;;
        caller) uid=${SUDO_UID:-0} ;;
    esac
    # util-linux 2.38's `unshare --fork` ignores TERM and INT, so forward them
    # to the namespace's init ourselves and kill it after a grace period.
    unshare --mount --propagation private --pid --fork --kill-child -- \
        /bin/bash "$REGIE_ROOT/tools/sysroot-enter.sh" "$REGIE_SYSROOT" "$uid" \
        "$(IFS=:; echo "${binds[*]}")" "$(IFS=$'\x1f'; echo "${extra_env[*]}")" "$PWD" "$@" <&0 &
    local outer=$!
    sysroot_forward() {
        local inner
        inner=$(pgrep -P "$outer" | head -n1)
        [ -n "$inner" ] && kill -TERM "$inner" 2>/dev/null
        ( sleep 10; kill -KILL "$inner" "$outer" 2>/dev/null ) &
    }
    trap sysroot_forward TERM INT
    local rc=0
    wait "$outer" || rc=$?
    # A trapped signal interrupts wait: wait again for the real exit status.
    while kill -0 "$outer" 2>/dev/null; do wait "$outer" || rc=$?; done
    trap - TERM INT
    return "$rc"
}

sysroot_bootstrap() {
    sysroot_need_root
    command -v debootstrap >/dev/null || {
        sysroot_log "installing debootstrap on the host"
        apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null
    }
    local tmp=$REGIE_SYSROOT.new
    rm -rf "$tmp"
    sysroot_log "creating the Debian 13 build environment in $REGIE_SYSROOT (a few minutes, once)"
    unshare --mount --propagation private --pid --fork --kill-child -- \
        debootstrap --variant=minbase trixie "$tmp" "$REGIE_MIRROR" >"$REGIE_SYSROOT_CACHE/debootstrap.log" 2>&1 || {
        sysroot_log "debootstrap failed; see $REGIE_SYSROOT_CACHE/debootstrap.log"
        return 1
    }
    cat >"$tmp/etc/apt/sources.list" <<EOF
deb $REGIE_MIRROR trixie main
deb $REGIE_MIRROR trixie-updates main
deb ${REGIE_MIRROR%/debian}/debian-security trixie-security main
EOF
    printf '#!/bin/sh\nexit 101\n' >"$tmp/usr/sbin/policy-rc.d"
    chmod 755 "$tmp/usr/sbin/policy-rc.d"
    mkdir -p "$tmp/etc/postgresql-common/createcluster.d"
    echo 'create_main_cluster = false' >"$tmp/etc/postgresql-common/createcluster.d/regie.conf"
    printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' >"$tmp/etc/apt/apt.conf.d/90regie"
    chroot "$tmp" useradd --create-home --uid "$REGIE_BUILD_UID" --shell /bin/bash regie
    mv "$tmp" "$REGIE_SYSROOT"
}

sysroot_install_packages() {
    sysroot_log "installing the build packages into the Debian 13 environment"
    cp /etc/resolv.conf "$REGIE_SYSROOT/etc/resolv.conf" 2>/dev/null || true
    # shellcheck disable=SC2046
    sysroot_exec -- /bin/sh -c "export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get -y -qq upgrade && apt-get install -y -qq $(sysroot_package_list) && apt-get clean" \
        >"$REGIE_SYSROOT_CACHE/apt.log" 2>&1 || {
        sysroot_log "package installation failed; see $REGIE_SYSROOT_CACHE/apt.log"
        return 1
    }
}

# Makes sure the sysroot exists and has the current package list.
sysroot_ensure() {
    local stamp
    stamp=$(sysroot_stamp)
    if [ -f "$REGIE_SYSROOT/.regie-stamp" ] && [ "$(cat "$REGIE_SYSROOT/.regie-stamp")" = "$stamp" ]; then
        return 0
    fi
    sysroot_need_root
    mkdir -p "$REGIE_SYSROOT_CACHE"
    exec 9>"$REGIE_SYSROOT_CACHE/lock"
    flock 9
    # Another process may have finished the job while we waited for the lock.
    if [ -f "$REGIE_SYSROOT/.regie-stamp" ] && [ "$(cat "$REGIE_SYSROOT/.regie-stamp")" = "$stamp" ]; then
        exec 9>&-
        return 0
    fi
    [ -x "$REGIE_SYSROOT/usr/bin/apt-get" ] || sysroot_bootstrap
    sysroot_install_packages
    echo "$stamp" >"$REGIE_SYSROOT/.regie-stamp"
    exec 9>&-
    sysroot_log "the Debian 13 build environment is ready"
}
