#!/usr/bin/env bash
# Drives the real Упаковка window of a bench whose records are on a PostgreSQL server (issue 16):
# a VK parcel scanned and Enter pressed three times fast gives one label at a 127.0.0.1 printer;
# the server stopped, the strip at the foot turns red and says the database is away, a parcel
# scanned meanwhile is refused with nothing issued and nothing printed; the server back, the same
# parcel prints. Needs what packing-xdotool.sh needs, and Debian's postgresql. Run from the repository:
#   docs/acceptance/warehouse-xdotool.sh [screenshot-folder]
set -uo pipefail
cd "$(dirname "$0")/../.."
shots=${1:-$(mktemp -d)}
mkdir -p "$shots"
work=$(mktemp -d)
# The server runs as the postgres user, who must reach its folder inside this one.
chmod 755 "$work"
pg=$work/pg
port=9118
display=:92
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
./packbench --version >/dev/null
bash docs/bench/pg-server.sh start "$pg" 55433 >/dev/null
export PGPASSWORD=$(cat "$pg/password") XDG_DATA_HOME=$work/data PACKBENCH_BENCH=acceptance
url=$(bash docs/bench/pg-server.sh newdb "$pg")
python3 docs/acceptance/zpl-printer.py "$port" "$work/printed.zpl" & printer=$!
Xvfb $display -screen 0 1366x768x24 >/dev/null 2>&1 & xvfb=$!
app=0
cleanup() { kill $app $xvfb $printer 2>/dev/null; bash docs/bench/pg-server.sh stop "$pg" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
./packbench --db "$url" catalog import ../shared/samples/catalog.csv >/dev/null
./packbench --db "$url" dac add DAC7Q2M9XK4P --issued "$(date -d '-20 days' +%F)" >/dev/null
./packbench --db "$url" printer add zebra --language zpl --dpi 203 --transport tcp://127.0.0.1:$port --size 58x40 >/dev/null
DISPLAY=$display ./packbench --db "$url" >"$work/app.log" 2>&1 & app=$!
log=$work/data/packbench/warehouse/packbench.log
for _ in $(seq 60); do grep -q "ready to scan" "$log" 2>/dev/null && break; sleep 0.5; done
sleep 3
x() { DISPLAY=$display xdotool "$@"; }
scan() { x type --delay 4 "$1"; x key Return; }
shot() { sleep "${2:-1.5}"; DISPLAY=$display import -window root "$shots/$1.png"; }
printed() { grep -c '\^XA' "$work/printed.zpl" 2>/dev/null || echo 0; }
pgctl() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$bin/pg_ctl" "$@"; else "$bin/pg_ctl" "$@"; fi; }
fail=0
check() { if [ "$2" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1: $2, expected $3"; fail=1; fi; }

x key F1; sleep 1
scan PB-7-001; scan VK-9001; scan RU900100100VK
sleep 1.5; x key --delay 30 Return Return Return
shot warehouse-printed-1366x768 4
check "one label for three Enters" "$(printed)" 1
pgctl -D "$pg/data" -m fast stop >/dev/null
sleep 9
scan PB-7-003; scan VK-9002; scan RU900200200VK
sleep 1; x key Return
shot warehouse-database-away-1366x768 7
check "nothing printed while the server is away" "$(printed)" 1
pgctl -D "$pg/data" -l "$pg/log" -w -o "-c listen_addresses=127.0.0.1 -p 55433 -k $pg" start >/dev/null
sleep 8
x key Escape; sleep 0.5
scan PB-7-003; scan VK-9002; scan RU900200200VK
sleep 1.5; x key Return Return
shot warehouse-back-1366x768 5
check "the parcel prints once the server is back" "$(printed)" 2
check "the warehouse's log verifies" "$(./packbench --db "$url" log verify >/dev/null 2>&1; echo $?)" 0
exit $fail
