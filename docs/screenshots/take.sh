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
PACKBENCH_PIN=4711 $P user add anna --role packer --db "$db" >/dev/null
PACKBENCH_PIN=4711 $P user add boss --role supervisor --db "$db" >/dev/null
# A port-9100 printer on 127.0.0.1 that answers ~HS as ready, so the status bar shows a real printer.
python3 -c '
import socket, threading
hs = b"\x02030,0,0,0320,000,0,0,0,000,0,0,0\x03\r\n\x02001,0,0,0,0,2,6,0,00000000,1,000\x03\r\n\x021234,0\x03\r\n"
def serve(c):
    while True:
        d = c.recv(65536)
        if not d: break
        if b"~HS" in d: c.sendall(hs)
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1", 9109)); s.listen(4)
while True: threading.Thread(target=serve, args=(s.accept()[0],), daemon=True).start()
' & sink=$!
trap 'kill $sink 2>/dev/null || true' EXIT
for size in 1366x768 1920x1080; do
  Xvfb :93 -screen 0 ${size}x24 >/dev/null 2>&1 & xvfb=$!
  sleep 1
  DISPLAY=:93 $P --db "$db" >/dev/null 2>&1 & app=$!
  # The first frame comes about 9 s after start on a loaded machine; the sign-in shot must not be black.
  sleep 16
  shot() { DISPLAY=:93 xdotool key "$1"; sleep 1.5; DISPLAY=:93 import -window root "$out/$2-$size.png"; }
  # Accounts exist, so the bench asks who is working.
  DISPLAY=:93 import -window root "$out/signin-$size.png"
  DISPLAY=:93 xdotool type "anna"; DISPLAY=:93 xdotool key Return Return; sleep 2
  DISPLAY=:93 xdotool key F1; sleep 3
  # Scans as a wedge scanner types them, each ending in Enter; the label is checked at the last one.
  for code in PB-7-003 VK-1003 RU100300300VK; do DISPLAY=:93 xdotool type --delay 4 "$code"; DISPLAY=:93 xdotool key Return; done
  sleep 3
  DISPLAY=:93 import -window root "$out/packing-preview-$size.png"
  DISPLAY=:93 xdotool key F2; sleep 1; DISPLAY=:93 xdotool type "RU100100100VK"; DISPLAY=:93 xdotool key Return; sleep 2
  DISPLAY=:93 import -window root "$out/dispatch-ok-$size.png"
  DISPLAY=:93 xdotool type "RU100100100VK"; DISPLAY=:93 xdotool key Return; sleep 2
  DISPLAY=:93 import -window root "$out/dispatch-refused-$size.png"
  shot F3 catalog
  shot F4 dac
  shot F5 printers
  shot F6 log-packer-refused
  DISPLAY=:93 xdotool key F9; sleep 1.5; DISPLAY=:93 xdotool type "boss"; DISPLAY=:93 xdotool key Return
  DISPLAY=:93 xdotool type "4711"; DISPLAY=:93 xdotool key Return; sleep 3
  DISPLAY=:93 import -window root "$out/log-$size.png"
  shot F7 deadlines
  kill $app $xvfb 2>/dev/null || true
  wait $app $xvfb 2>/dev/null || true
done
