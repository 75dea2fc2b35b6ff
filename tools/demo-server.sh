#!/bin/sh
# A local Regie server with the demo region and demo users, for trying sync
# on one machine (./regie-dev server). Keeps its data in build/server between
# runs; stops with Ctrl-C.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
port=${REGIE_SERVER_PORT:-55432}
dir=$root/build/server
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
mkdir -p "$dir"
if [ ! -f "$dir/data/PG_VERSION" ]; then
    echo "demo-server: creating the database cluster in $dir/data"
    "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust \
        --auth-host=scram-sha-256 >"$dir/initdb.log"
fi
"$bin/pg_ctl" -D "$dir/data" -w -l "$dir/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir" start >/dev/null
trap '"$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; echo "demo-server: stopped"' EXIT INT TERM
"$bin/psql" -h "$dir" -p "$port" -U postgres -qAt -d postgres \
    -c "SELECT 1 FROM pg_database WHERE datname = 'regie'" | grep -q 1 ||
    "$bin/createdb" -h "$dir" -p "$port" -U postgres regie
"$root/build/dev/bin/regie-admin" --host "$dir" --port "$port" --user postgres --database regie demo
cat <<MSG

Regie server: host 127.0.0.1, port $port, database regie.
Try it with two windows, each on its own laptop database:
  ./regie-dev run -- --database build/laptops/sanne.sqlite --server 127.0.0.1:$port/regie --user sanne
  ./regie-dev run -- --database build/laptops/joost.sqlite --server 127.0.0.1:$port/regie --user joost
Press Ctrl-C to stop the server.
MSG
while :; do sleep 3600; done
