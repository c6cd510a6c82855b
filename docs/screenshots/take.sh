#!/usr/bin/env bash
# Screenshots of every screen at 1366×768 and 1920×1080 under Xvfb, on a demo bench.
# Needs: xvfb, xdotool, imagemagick (import). Run from the repository: docs/screenshots/take.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
db=$(mktemp -d)/bench.db
P="java -jar target/packbench.jar"
./packbench --version >/dev/null
$P catalog import src/main/resources/org/packbench/demo/catalog.csv --db "$db" >/dev/null
$P dac add DAC7Q2M9XK4P --issued "$(date -d '-20 days' +%F)" --db "$db" >/dev/null
$P dac add DACOLD00001 --issued "$(date -d '-200 days' +%F)" --db "$db" >/dev/null
$P label render --sku PB-7-001 --template vk-product-58x40 --order VK-1001 --tracking RU100100100VK --format zpl --out /dev/null --db "$db" >/dev/null
$P printer add bench-zebra --language zpl --dpi 203 --transport tcp://127.0.0.1:9109 --size 58x40 --db "$db" >/dev/null
orders=$(mktemp --suffix=.csv)
printf 'order,marketplace,confirmed_at,tracking\nOZ-2001,ozon,%s,\nOZ-2002,ozon,%s,\nVK-1002,vk,%s,\n' \
  "$(date -u -d '-10 min' +%FT%TZ)" "$(date -u -d '-71 hours' +%FT%TZ)" "$(date -u -d '-150 min' +%FT%TZ)" > "$orders"
$P orders import "$orders" --db "$db" >/dev/null
for size in 1366x768 1920x1080; do
  Xvfb :93 -screen 0 ${size}x24 >/dev/null 2>&1 & xvfb=$!
  sleep 1
  DISPLAY=:93 $P --db "$db" >/dev/null 2>&1 & app=$!
  sleep 8
  shot() { DISPLAY=:93 xdotool key "$1"; sleep 1.5; DISPLAY=:93 import -window root "$out/$2-$size.png"; }
  DISPLAY=:93 xdotool key F1; sleep 3
  DISPLAY=:93 xdotool type "PB-7-003"; DISPLAY=:93 xdotool key Tab; DISPLAY=:93 xdotool type "VK-1003"
  DISPLAY=:93 xdotool key Tab; DISPLAY=:93 xdotool type "RU100300300VK"; DISPLAY=:93 xdotool key Return; sleep 3
  DISPLAY=:93 import -window root "$out/packing-preview-$size.png"
  DISPLAY=:93 xdotool key F2; sleep 1; DISPLAY=:93 xdotool type "RU100100100VK"; DISPLAY=:93 xdotool key Return; sleep 2
  DISPLAY=:93 import -window root "$out/dispatch-ok-$size.png"
  DISPLAY=:93 xdotool type "RU100100100VK"; DISPLAY=:93 xdotool key Return; sleep 2
  DISPLAY=:93 import -window root "$out/dispatch-refused-$size.png"
  shot F3 catalog
  shot F4 dac
  shot F5 printers
  shot F6 log
  shot F7 deadlines
  kill $app $xvfb 2>/dev/null || true
  wait $app $xvfb 2>/dev/null || true
done
