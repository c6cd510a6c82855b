#!/usr/bin/env bash
# A private PostgreSQL for the benchmarks of issue 16 (docs/benchmarks.md), on 127.0.0.1 only.
#   bash docs/bench/pg-server.sh start [DIR] [PORT]   # prints the URL; the password is in DIR/password
#   bash docs/bench/pg-server.sh newdb [DIR]          # an empty database for one run; prints its URL
#   bash docs/bench/pg-server.sh stop [DIR]
# Needs Debian's postgresql package. Run as root, the server runs as the postgres user.
set -euo pipefail
cmd=${1:?start, newdb or stop}
dir=${2:-/tmp/packbench-pg-bench}
port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_su() { PGPASSWORD=$(cat "$dir/superuser") "$bin/psql" -h 127.0.0.1 -p "$(cat "$dir/port")" -U postgres -d postgres -qtAX "$@"; }
case "$cmd" in
    start)
        mkdir -p "$dir"
        [ "$(id -u)" = 0 ] && chown postgres "$dir"
        head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$dir/superuser"
        head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$dir/password"
        chmod 600 "$dir/superuser" "$dir/password"; echo "$port" > "$dir/port"
        [ "$(id -u)" = 0 ] && chown postgres "$dir/superuser"
        as_pg "$bin/initdb" -D "$dir/data" -U postgres -A scram-sha-256 --pwfile="$dir/superuser" -E UTF8 --locale=C >/dev/null
        as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-c listen_addresses=127.0.0.1 -p $port -k $dir" start >/dev/null
        # The password goes to psql on stdin, never in its arguments, where the process list shows it.
        psql_su <<< "CREATE ROLE packbench LOGIN PASSWORD '$(cat "$dir/password")'"
        echo "postgresql://127.0.0.1:$port/?user=packbench (password in $dir/password)"
        ;;
    newdb)
        n=pb_$(date +%s%N)
        psql_su -c "CREATE DATABASE $n OWNER packbench"
        echo "postgresql://127.0.0.1:$(cat "$dir/port")/$n?user=packbench"
        ;;
    stop)
        as_pg "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null
        rm -rf "$dir"
        ;;
esac
