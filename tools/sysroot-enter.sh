# shellcheck shell=bash
# Runs as PID 1 of a fresh PID namespace inside a private mount namespace
# (see sysroot_exec in sysroot.sh): mounts what a command needs, then chroots.
# Arguments: SYSROOT UID BINDS(colon-separated) ENV(0x1f-separated) CWD CMD...
set -e
root=$1 uid=$2 binds=$3 envs=$4 cwd=$5
shift 5

mount -t proc proc "$root/proc"
mount --bind /sys "$root/sys"
mount -o remount,bind,ro "$root/sys" 2>/dev/null || true
mount --bind /dev "$root/dev"
mount -t devpts -o newinstance,ptmxmode=0666,mode=620 devpts "$root/dev/pts"
mount --bind "$root/dev/pts/ptmx" "$root/dev/ptmx"
mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"
mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
if [ -d /tmp/.X11-unix ]; then
    mkdir -p "$root/tmp/.X11-unix"
    mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
fi
IFS=: read -r -a paths <<<"$binds"
for p in "${paths[@]}"; do
    [ -n "$p" ] || continue
    if [ -d "$p" ]; then
        mkdir -p "$root$p"
    else
        mkdir -p "$(dirname "$root$p")"
        : >"$root$p" 2>/dev/null || true
    fi
    mount --bind "$p" "$root$p"
done

env_args=(PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin LANG=C.UTF-8 TERM="${TERM:-dumb}")
if [ -n "$envs" ]; then
    IFS=$'\x1f' read -r -a extra <<<"$envs"
    env_args+=("${extra[@]}")
fi
if [ "$uid" = 0 ]; then
    exec chroot "$root" /usr/bin/env -i "${env_args[@]}" HOME=/root /bin/sh -c 'cd "$1" 2>/dev/null || cd /; shift; exec "$@"' sh "$cwd" "$@"
fi
home=$(chroot "$root" getent passwd "$uid" | cut -d: -f6)
home=${home:-/tmp}
exec chroot "$root" /usr/bin/env -i "${env_args[@]}" HOME="$home" \
    setpriv --reuid="$uid" --regid="$uid" --clear-groups \
    /bin/sh -c 'cd "$1" 2>/dev/null || cd /; shift; exec "$@"' sh "$cwd" "$@"
