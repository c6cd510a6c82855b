#!/usr/bin/env bash
# Drives the real Упаковка window to a VK customs invoice: a VK parcel scanned and printed at a
# port-9100 printer on 127.0.0.1, then Ctrl+I, the folder typed into the system's folder chooser,
# and the invoice read back with poppler. The chooser is GTK's own window: it needs a window manager
# to take the keyboard, so this walk runs openbox on the virtual display.
# Needs what packing-xdotool.sh needs, plus openbox and poppler-utils. Run from the repository:
#   docs/acceptance/invoice-xdotool.sh [screenshot-folder]
set -euo pipefail
cd "$(dirname "$0")/../.."
shots=${1:-$(mktemp -d)}
mkdir -p "$shots"
work=$(mktemp -d)
db=$work/bench.db
out=$work/invoices
mkdir -p "$out"
port=9119
display=:92
P="java -jar target/packbench.jar"
./packbench --version >/dev/null
$P catalog import ../shared/samples/catalog.csv --db "$db" >/dev/null 2>&1 \
  || $P catalog import src/main/resources/org/packbench/demo/catalog.csv --db "$db" >/dev/null
$P dac add DAC7Q2M9XK4P --issued "$(date -d '-20 days' +%F)" --db "$db" >/dev/null
$P config set company.name "ООО «Ромашка»" --db "$db" >/dev/null
$P printer add bench-zebra --language zpl --dpi 203 --transport tcp://127.0.0.1:$port --size 58x40 --db "$db" >/dev/null

python3 docs/acceptance/zpl-printer.py "$port" "$work/printed.zpl" & printer=$!
Xvfb $display -screen 0 1366x768x24 >/dev/null 2>&1 & xvfb=$!
sleep 1
DISPLAY=$display openbox >/dev/null 2>&1 & wm=$!
cleanup() { kill $app $wm $xvfb $printer 2>/dev/null || true; }
app=0
trap cleanup EXIT
DISPLAY=$display ./packbench --db "$db" >"$work/app.log" 2>&1 & app=$!
for _ in $(seq 60); do grep -q "ready to scan" "$work/packbench.log" 2>/dev/null && break; sleep 0.5; done
sleep 2
x() { DISPLAY=$display xdotool "$@"; }
scan() { x type --delay 4 "$1"; x key Return; }
shot() { sleep "${2:-1.5}"; DISPLAY=$display import -window root "$shots/$1.png"; }
x search --name PackBench windowactivate --sync 2>/dev/null | head -1 || true
x key F1; sleep 1

scan PB-7-001; scan 51234567-42; scan RU800100100VK
sleep 1.5
x key Return
sleep 2
x key ctrl+i
sleep 2
shot invoice-chooser-1366x768 0
# GTK's chooser: Ctrl+L opens the location line; the folder's path goes into it, Enter looks into
# the folder, and Alt+O ("Open") chooses the folder looked into.
x key ctrl+l; sleep 0.5
x type --delay 4 "$out/"; sleep 1
x key Return; sleep 1.5
x key alt+o; sleep 3
shot invoice-written-1366x768

file=$(ls "$out"/*.pdf 2>/dev/null | head -1 || true)
echo "invoice written: ${file:-none}"
[ -n "$file" ] || exit 1
pages=$(pdfinfo "$file" | awk '/^Page size/ {print $3 "x" $5}')
text=$(pdftotext -raw "$file" - | tr -s ' \n' ' ')
echo "page size: $pages pt (A4 is 595.276x841.89)"
for want in "Коммерческий инвойс" "51234567-42" "3926909709" "ЕАЭС RU Д-CN.РА01.В.22714/26" "Китай"; do
  if ! grep -qF "$want" <<<"$text"; then echo "missing in the invoice: $want"; exit 1; fi
done
echo "screenshots in $shots"
