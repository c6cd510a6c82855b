#!/usr/bin/env bash
# Drives the other screens of the real window with the keyboard alone, as a packer and a supervisor
# do, against a port-9100 printer on 127.0.0.1 that counts the labels it receives, and checks each
# outcome outside the window (the CLI on the same database, the printer's count, the files):
#   Отгрузка  two scans of a printed parcel, fast: one dispatched, one "already"; Ctrl+P there
#             prints nothing (a screen's shortcuts leave with it)
#   DAC       a new code typed with its issue date and Enter is kept (a supervisor)
#   Принтеры  Ctrl+T sends one test label
#   Журнал    Ctrl+E (a supervisor) writes the day as CSV, XLSX and PDF to the end-of-day folder
# Needs: xvfb, xdotool, python3, libgtk-3-0. Run from the repository: docs/acceptance/screens-xdotool.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
db=$work/bench.db
port=9118
display=:91
P="java -jar target/packbench.jar"
./packbench --version >/dev/null
$P catalog import src/main/resources/org/packbench/demo/catalog.csv --db "$db" >/dev/null
$P dac add DAC7Q2M9XK4P --issued "$(date -d '-20 days' +%F)" --db "$db" >/dev/null
$P printer add bench-zebra --language zpl --dpi 203 --transport tcp://127.0.0.1:$port --size 58x40 --db "$db" >/dev/null
$P config set log.auto-export.folder "$work/exports" --db "$db" >/dev/null 2>&1
$P label render --sku PB-7-001 --template vk-product-58x40 --order VK-1001 --tracking RU100100100VK \
  --format zpl --out "$work/one.zpl" --db "$db" >/dev/null
PACKBENCH_PIN=4711 $P user add anna --role packer --db "$db" >/dev/null
PACKBENCH_PIN=4711 $P user add boss --role supervisor --db "$db" >/dev/null

# The printer: answers ~HS as ready and the label counter query, counts every ^XA…^XZ it gets.
python3 docs/acceptance/zpl-printer.py "$port" "$work/printed.zpl" & printer=$!

Xvfb $display -screen 0 1366x768x24 >/dev/null 2>&1 & xvfb=$!
app=0
cleanup() { kill $app $xvfb $printer 2>/dev/null || true; }
trap cleanup EXIT
sleep 1
DISPLAY=$display ./packbench --db "$db" >"$work/app.log" 2>&1 & app=$!
for _ in $(seq 60); do grep -q "ready to scan" "$work/packbench.log" 2>/dev/null && break; sleep 0.5; done
sleep 3
x() { DISPLAY=$display xdotool "$@"; }
scan() { x type --delay 4 "$1"; x key Return; }
labels() { grep -c '\^XA' "$work/printed.zpl" || true; }
fail=0
check() { if [ "$2" = "$3" ]; then echo "ok: $1"; else echo "FAILED: $1: got $2, expected $3"; fail=1; fi; }

# Accounts exist: the packer signs in (name, Enter, Enter: a packer needs no PIN at the bench).
x type anna; x key Return Return; sleep 2

# Упаковка first: a parcel scanned and ready to print, not printed. Then Отгрузка.
x key F1; sleep 1.5
scan PB-7-003; scan VK-1003; scan RU100300300VK
sleep 2
check "the parcel on Упаковка is ready, not printed" "$(labels)" 0
x key F2; sleep 1.5
scan RU100100100VK
scan RU100100100VK
sleep 2
x key ctrl+p; sleep 2
# The two scans are in the log: one dispatched, one refused as already dispatched.
scans=$(PACKBENCH_PIN=4711 $P log show --user boss --date "$(date +%F)" --event scanned --json --db "$db" \
  | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))')
check "both scans at Отгрузка are in the log" "$scans" 2
check "Ctrl+P on Отгрузка printed nothing" "$(labels)" 0

# Принтеры: Ctrl+T, one test label at the printer.
x key F5; sleep 2
x key ctrl+t; sleep 4
check "Ctrl+T sent one test label" "$(labels)" 1

# A supervisor signs in (F9, name, PIN): DAC codes and the log's export are a supervisor's.
x key F9; sleep 1.5; x type boss; x key Return; x type 4711; x key Return; sleep 2

# DAC: a new code and its issue date, typed, Enter.
x key F4; sleep 1.5
x type --delay 4 DACNEW000001; x key Tab; x type --delay 4 "$(date -d '-1 day' +%d.%m.%Y)"; x key Return
sleep 2
check "the DAC typed is kept" "$($P dac list --db "$db" | grep -c DACNEW000001)" 1

# Журнал: Ctrl+E.
x key F6; sleep 2
x key ctrl+e; sleep 6
check "Ctrl+E wrote CSV, XLSX and PDF" "$(ls "$work/exports" 2>/dev/null | grep -cE '\.(csv|xlsx|pdf)$')" 3

[ "$fail" = 0 ] && echo "all screen checks passed" || exit 1
