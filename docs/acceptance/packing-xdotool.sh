#!/usr/bin/env bash
# Drives the real Упаковка window as a keyboard-wedge scanner types (whole scans ending in Enter,
# keys pressed again fast), against a port-9100 printer on 127.0.0.1 that counts what it receives.
# Checks: one label per parcel at the printer and in the log, an Ozon product after a VK parcel on
# an Ozon template, a wrong SKU refused at its own scan, Russian-layout scans repaired.
# Needs: xvfb, xdotool, x11-xkb-utils (setxkbmap), imagemagick (import), libgtk-3-0, python3. Run from the repository:
#   docs/acceptance/packing-xdotool.sh [screenshot-folder]
set -euo pipefail
cd "$(dirname "$0")/../.."
shots=${1:-$(mktemp -d)}
mkdir -p "$shots"
work=$(mktemp -d)
db=$work/bench.db
port=9117
display=:90
P="java -jar target/packbench.jar"
./packbench --version >/dev/null
$P catalog import ../shared/samples/catalog.csv --db "$db" >/dev/null 2>&1 \
  || $P catalog import src/main/resources/org/packbench/demo/catalog.csv --db "$db" >/dev/null
$P dac add DAC7Q2M9XK4P --issued "$(date -d '-20 days' +%F)" --db "$db" >/dev/null
$P printer add bench-zebra --language zpl --dpi 203 --transport tcp://127.0.0.1:$port --size 58x40 --db "$db" >/dev/null

# The printer: answers ~HS as ready and the label counter query, keeps every ^XA…^XZ it gets.
python3 docs/acceptance/zpl-printer.py "$port" "$work/printed.zpl" & printer=$!

Xvfb $display -screen 0 1366x768x24 >/dev/null 2>&1 & xvfb=$!
cleanup() { kill $app $xvfb $printer 2>/dev/null || true; }
app=0
trap cleanup EXIT
sleep 1
# The launcher a packer starts, with its JVM options ($! is the app: a kill to it reaches java, also on
# the first run after a build, when the launcher stays to keep the class archive).
DISPLAY=$display ./packbench --db "$db" >"$work/app.log" 2>&1 & app=$!
# The app logs to packbench.log beside its database, not to the terminal.
for _ in $(seq 60); do grep -q "ready to scan" "$work/packbench.log" 2>/dev/null && break; sleep 0.5; done
sleep 2
x() { DISPLAY=$display xdotool "$@"; }
scan() { x type --delay 4 "$1"; x key Return; }
shot() { sleep "${2:-1.5}"; DISPLAY=$display import -window root "$shots/$1.png"; }
x key F1; sleep 1

# 1. A VK parcel, then Enter three times fast: one label.
scan PB-7-001; scan VK-8001; scan RU800100100VK
sleep 1.5; shot packing-ready-1366x768 0
x key --delay 30 Return Return Return
shot packing-printed-1366x768
# 2. An Ozon product right after: Ozon template; Enter and Ctrl+P racing the issue.
scan PB-7-002; scan OZ-8002; scan RU800200200RU
x key --delay 20 Return ctrl+p Return
sleep 3
# 3. A wrong SKU: refused at its own scan, the form emptied.
scan PB-9-999; scan VK-8003
shot packing-refused-1366x768
# 4. The Russian layout: the bench's keyboard switched to ЙЦУКЕН, the scanner presses the keys of
# PB-7-003, VK-8004, RU800400400VK and the window receives ЗИ-7-003, МЛ-8004, КГ800400400МЛ.
DISPLAY=$display setxkbmap ru
scan ЗИ-7-003; scan МЛ-8004; scan КГ800400400МЛ
DISPLAY=$display setxkbmap us
sleep 2; x key Return Return
shot packing-russian-layout-1366x768 3
sleep 2

labels=$(grep -c '^\^XA' "$work/printed.zpl" || true)
rendered=$($P log show --date "$(date -u +%F)" --event rendered --json --db "$db" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
printed=$($P log show --date "$(date -u +%F)" --event printed --json --db "$db" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
second() { python3 -c 'import sys; print(open(sys.argv[1]).read().split("^XZ")[1])' "$work/printed.zpl"; }
ozon_ok=$(second | grep -c '\^BE' || true)
ozon_qr=$(second | grep -c '\^BQ' || true)
echo "labels at the printer: $labels (expected 3); rendered in the log: $rendered, printed (confirmed by the printer): $printed (expected 3 and 3)"
echo "second label: EAN-13 $ozon_ok (expected 1), QR $ozon_qr (expected 0)"
echo "screenshots in $shots"
[ "$labels" = 3 ] && [ "$rendered" = 3 ] && [ "$printed" = 3 ] && [ "$ozon_ok" = 1 ] && [ "$ozon_qr" = 0 ]
