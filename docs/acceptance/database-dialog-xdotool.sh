#!/usr/bin/env bash
# Drives the window's "База данных…" dialog (issue 16): a bench on its own file is pointed at a
# warehouse's PostgreSQL server by typing the address, checking it and saving it; the next start
# opens the server. Needs what packing-xdotool.sh needs, and Debian's postgresql. From the repository:
#   docs/acceptance/database-dialog-xdotool.sh [screenshot-folder]
set -uo pipefail
cd "$(dirname "$0")/../.."
shots=${1:-$(mktemp -d)}
mkdir -p "$shots"
work=$(mktemp -d)
chmod 755 "$work"
pg=$work/pg
display=:94
./packbench --version >/dev/null
bash docs/bench/pg-server.sh start "$pg" 55434 >/dev/null
export PGPASSWORD=$(cat "$pg/password") XDG_DATA_HOME=$work/data PACKBENCH_BENCH=dialog
url=$(bash docs/bench/pg-server.sh newdb "$pg")
Xvfb $display -screen 0 1366x768x24 >/dev/null 2>&1 & xvfb=$!
app=0
cleanup() { kill $app $xvfb 2>/dev/null; bash docs/bench/pg-server.sh stop "$pg" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
x() { DISPLAY=$display xdotool "$@"; }
shot() { sleep "${2:-1.5}"; DISPLAY=$display import -window root "$shots/$1.png"; }
ready() { for _ in $(seq 60); do grep -q "ready to scan" "$1" 2>/dev/null && return; sleep 0.5; done; }
fail=0
check() { if [ "$2" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1: $2, expected $3"; fail=1; fi; }

DISPLAY=$display ./packbench >"$work/app.log" 2>&1 & app=$!
ready "$work/data/packbench/packbench.log"; sleep 2
x mousemove 60 752 click 1          # "База данных…" at the foot of the menu
shot database-dialog-1366x768 2
x type --delay 5 "$url"
x key Tab space                     # Проверить
shot database-checked-1366x768 3
x key Tab space                     # Сохранить
shot database-saved-1366x768 2
x key Escape; sleep 1
kill $app; wait $app 2>/dev/null
check "the address saved, without a password" "$(cat "$work/data/packbench/database.txt")" "$url"
DISPLAY=$display ./packbench >"$work/app2.log" 2>&1 & app=$!
ready "$work/data/packbench/warehouse/packbench.log"
shot database-next-start-1366x768 2
check "the next start opens the server" "$(ls "$work/data/packbench/warehouse" | grep -c '\.key$')" 1
exit $fail
