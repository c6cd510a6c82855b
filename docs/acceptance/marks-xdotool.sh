#!/usr/bin/env bash
# Drives the real Упаковка window to print Честный ЗНАК marking codes: Ctrl+B (Пакетная печать),
# the marking system's TXT file of codes typed into the system's file chooser, the run shown in
# its dialog, and the labels received by a port-9100 printer on 127.0.0.1. Then the same file
# again: every code is found issued and nothing more reaches the printer. The printed ZPL is
# checked for GS1 DataMatrix (^BX with the _1 FNC1 escape, 3-dot modules at 203 dpi).
# Needs what invoice-xdotool.sh needs (Xvfb, xdotool, openbox, ImageMagick's import). Run from
# the repository:
#   docs/acceptance/marks-xdotool.sh [screenshot-folder]
set -euo pipefail
cd "$(dirname "$0")/../.."
shots=${1:-$(mktemp -d)}
mkdir -p "$shots"
work=$(mktemp -d)
db=$work/bench.db
port=9121
display=:93
P="java -jar target/packbench.jar"
./packbench --version >/dev/null
$P catalog import src/main/resources/org/packbench/demo/catalog.csv --db "$db" >/dev/null
$P printer add bench-zebra --language zpl --dpi 203 --transport tcp://127.0.0.1:$port --size 58x40 --db "$db" >/dev/null
gs=$'\x1d'
{
  echo "КМ"
  for n in 1 2 3 4 5; do
    echo "0104607310980273215erial0000$n${gs}91EE07${gs}92MDEGCCqGSM49AwEHA0IABQ+4/ZkTbLh3Rt9yWv=Xk1p$n"
  done
  echo "010460731098027321shrt0$n${gs}93dGVz"
} >"$work/codes.txt"

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
shot() { sleep "${2:-1.5}"; DISPLAY=$display import -window root "$shots/$1.png"; }
x search --name PackBench windowactivate --sync 2>/dev/null | head -1 || true
x key F1; sleep 1

run_file() {
  x key ctrl+b; sleep 2
  x key ctrl+l; sleep 0.5
  x type --delay 4 "$work/codes.txt"; sleep 0.5
  x key Return
}
run_file
shot marks-batch-1366x768 6
# Esc closes the finished run's dialog.
x key Escape; sleep 1
count_labels() { grep -o '\^XA' "$work/printed.zpl" 2>/dev/null | wc -l; }
first=$(count_labels)
echo "labels at the printer after the first run: $first"
run_file
shot marks-batch-again-1366x768 6
x key Escape; sleep 1
second=$(count_labels)
echo "labels at the printer after the second run: $second"
# A new list holding one code printed above and one new code: the new one prints, the other is
# refused as printed before; Ctrl+R asks for a reason and prints it again with it.
{
  echo "0104607310980273215erial00001${gs}91EE07${gs}92MDEGCCqGSM49AwEHA0IABQ+4/ZkTbLh3Rt9yWv=Xk1p1"
  echo "010460731098027321fresh01${gs}93dGVz"
} >"$work/codes.txt"
run_file
shot marks-printed-before-1366x768 6
x key ctrl+r; sleep 1.5
x type --delay 4 "torn sticker"; sleep 0.3
shot marks-reprint-reason-1366x768 0.5
x key Return
shot marks-reprinted-1366x768 6
x key Escape; sleep 1
third=$(count_labels)
echo "labels at the printer after the reprint: $third"
[ "$first" = 6 ] || { echo "expected 6 labels"; exit 1; }
[ "$third" = 8 ] || { echo "expected 8 labels: the new code and the reprint"; exit 1; }
[ "$second" = 6 ] || { echo "the second run printed again"; exit 1; }
grep -q '\^BXN,3,200,' "$work/printed.zpl" || { echo "no 3-dot GS1 DataMatrix"; exit 1; }
grep -q '\^FD_10104607310980273215erial00001_]91EE07_]92' "$work/printed.zpl" || { echo "FNC1/GS escapes missing"; exit 1; }
echo "screenshots in $shots"
