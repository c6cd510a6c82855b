#!/usr/bin/env bash
# Drives Шаблоны (F8), the label designer, in the real window with the keyboard and the mouse as a
# supervisor does, then prints a parcel label from the template it made on a port-9100 printer on
# 127.0.0.1 that counts what it receives:
#   Ctrl+N, a name, Enter          a new VK product label 58×40 (red: no name, weight, manufacturer, watermark)
#   the palette by mouse           the DAC watermark, three texts and a QR code
#   typed sizes, arrows, Shift     each text placed and bound to its field, the QR code moved by keys
#   9 in the size field            the name goes red ("needs 10 pt"); Ctrl+S is refused and nothing is saved
#   + on the canvas                back to 10 pt; the red goes
#   a mouse drag                   the manufacturer moved by the mouse onto the dot grid
#   Ctrl+S                         saved for use, version 1
#   CLI                            label templates lists it, print puts one label on the printer, the log
#                                  names the template and version 1
#   Из glabels…                    docs/bench/vk-product-58x40.glabels opened through GTK's chooser
# Screenshots go to the folder given, else to docs/screenshots/designer-*.png (the ones README shows):
#   docs/acceptance/designer-xdotool.sh [screenshot-folder]
# Needs: xvfb, xdotool, openbox, imagemagick (import), python3. Run from the repository.
set -euo pipefail
given=${1:+$(realpath -m "$1")}
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
db=$work/bench.db
port=9121
display=:93
shots=${given:-docs/screenshots}
mkdir -p "$shots"
P="java -jar target/packbench.jar"
./packbench --version >/dev/null
$P catalog import src/main/resources/org/packbench/demo/catalog.csv --db "$db" >/dev/null
$P dac add DAC7Q2M9XK4P --issued "$(date -d '-20 days' +%F)" --db "$db" >/dev/null
$P printer add bench-zebra --language zpl --dpi 203 --transport tcp://127.0.0.1:$port --size 58x40 --db "$db" >/dev/null
PACKBENCH_PIN=4711 $P user add boss --role supervisor --db "$db" >/dev/null

python3 docs/acceptance/zpl-printer.py "$port" "$work/printed.zpl" & printer=$!
Xvfb $display -screen 0 1366x768x24 >/dev/null 2>&1 & xvfb=$!
sleep 1
DISPLAY=$display openbox >/dev/null 2>&1 & wm=$!
app=0
cleanup() { kill $app $wm $xvfb $printer 2>/dev/null || true; }
trap cleanup EXIT
DISPLAY=$display ./packbench --db "$db" >"$work/app.log" 2>&1 & app=$!
for _ in $(seq 60); do grep -q "ready to scan" "$work/packbench.log" 2>/dev/null && break; sleep 0.5; done
sleep 3
x() { DISPLAY=$display xdotool "$@"; }
shot() { sleep "${2:-1.5}"; DISPLAY=$display import -window root "$shots/$1.png"; }
fail=0
check() { if [ "$2" = "$3" ]; then echo "ok: $1"; else echo "FAILED: $1: got $2, expected $3"; fail=1; fi; }
labels() { grep -c '\^XA' "$work/printed.zpl" 2>/dev/null || true; }
x search --name PackBench windowactivate --sync 2>/dev/null | head -1 || true
# Where the window's controls are (openbox draws a title bar above the scene): found by their ids'
# places in a 1366×768 window, the same on every run.
field() { sleep 0.5; x mousemove "$1" "$2" click 1; sleep 0.3; x key ctrl+a; x type --delay 20 "$3"; x key Return; sleep 1; }

# The supervisor signs in: saving templates is a supervisor's.
x type boss; x key Return; x type 4711; x key Return; sleep 2
x key F8; sleep 3
x key ctrl+n; sleep 1.5
# The dialog opens at the window's top left corner; its name field is clicked as a person would.
x mousemove 234 65 click 1; sleep 0.3
x key ctrl+a; x type --delay 20 "Чехлы VK 58x40"; x key Return; sleep 2
shot designer-new-1366x768
# The new template's id is made from the name typed (Latin letters, see TemplateDesigns.freshId);
# xdotool types Cyrillic by remapping keys, so the id is read back rather than assumed.
id=""
# The palette by mouse: the DAC watermark, then the product's name.
x mousemove 300 515 click 1; sleep 0.8
x mousemove 300 227 click 1; sleep 0.8
field 1140 259 54      # width
field 1313 259 14      # height
field 1313 405 3       # at most 3 lines
field 1140 367 9       # 9 pt: under the 10 pt of a Russian product label
shot designer-9pt-red-1366x768
x key ctrl+s; sleep 2
check "a 9 pt name is not saved for use" "$($P label templates --db "$db" | grep -vc "(bundled)" || true)" 0
# + on the canvas, over the name (the label's corner is at 421,221 and 6 px are 1 mm here).
x mousemove 481 251 click 1; sleep 0.5
x type "+"; sleep 1.5

# The net weight: a typed pattern, moved down by Shift+arrows, 1 mm each.
x mousemove 300 227 click 1; sleep 0.8
field 1218 335 "Вес нетто: {net_weight_g} г"
field 1140 259 37
field 1313 259 5
field 1313 405 1
x mousemove 445 245 click 1; sleep 0.5
for _ in $(seq 15); do x key shift+Down; done; sleep 1

# The manufacturer: placed by typing, then dragged 1 mm lower by the mouse.
x mousemove 300 227 click 1; sleep 0.8
field 1218 335 "{manufacturer}"
field 1313 227 23
field 1140 259 37
field 1313 259 13
field 1313 405 3
x mousemove 481 365 mousedown 1; sleep 0.2
x mousemove 481 368; sleep 0.1; x mousemove 481 371; sleep 0.2; x mouseup 1; sleep 1

# The QR code: its corner typed, then three dots to the right by the arrow key.
x mousemove 300 371 click 1; sleep 0.8
field 1140 227 40
field 1313 227 22.5
x mousemove 709 401 click 1; sleep 0.5
x key Right Right Right; sleep 2
shot designer-ready-1366x768
x key ctrl+s; sleep 3
shot designer-saved-1366x768 0.5

listed=$($P label templates --db "$db" | grep -v "(bundled)" || true)
id=$(echo "$listed" | awk 'NR==1 {print $1}')
echo "saved: $listed"
check "one template is saved for use, as version 1" "$(echo "$listed" | grep -c "v1" || true)" 1
check "its id comes from its name" "$(echo "$id" | grep -c '^che.*-vk-58x40$' || true)" 1
$P label export-template "$id" --out "$work/$id.json" --db "$db" >/dev/null
python3 - "$work/$id.json" <<'PY' || fail=1
import json, sys
t = json.load(open(sys.argv[1]))
els = {e["id"]: e for e in t["elements"]}
def on_grid(mm): return abs(mm * 203 / 25.4 - round(mm * 203 / 25.4)) < 1e-6
ok = True
def need(what, cond):
    global ok
    print(("ok: " if cond else "FAILED: ") + what); ok = ok and cond
need("the name is 10 pt", els["text"]["font_pt"] == 10)
need("the weight went down 15 mm by Shift+arrows", abs(els["text-2"]["y"] - (els["text"]["y"] + 15)) < 1e-6)
need("the manufacturer was dragged below 23 mm, onto the dot grid", els["text-3"]["y"] > 23.1 and on_grid(els["text-3"]["y"]))
need("the QR code moved three dots right of 40 mm", abs(els["qr"]["x"] - (round(40 * 203 / 25.4) + 3) * 25.4 / 203) < 1e-6)
need("the watermark carries the DAC", "{dac}" in els["watermark"]["text"])
sys.exit(0 if ok else 1)
PY

# A parcel label from the new template, on the 127.0.0.1 printer.
$P print --template "$id" --sku PB-7-001 --order VK-9001 --tracking RU900100100VK --printer bench-zebra --wait \
  --db "$db" >/dev/null
for _ in $(seq 20); do [ "$(labels)" = 1 ] && break; sleep 0.5; done
check "one label from the new template reached the printer" "$(labels)" 1
version=$(PACKBENCH_PIN=4711 $P log show --user boss --date "$(date +%F)" --json --db "$db" \
  | python3 -c 'import json, sys; print(",".join(sorted({str(e.get("template_version")) for e in json.load(sys.stdin) if e.get("template") == "'"$id"'"})))')
check "the log names the template's version 1" "$version" 1

# glabels: a layout from glabels 3 opened through GTK's chooser.
x mousemove 612 121 click 1; sleep 2
x key ctrl+l; sleep 0.5
x type --delay 5 "$PWD/docs/bench/vk-product-58x40.glabels"; x key Return; sleep 1
x search --name "Импорт" 2>/dev/null | head -1 >/dev/null && x key Return || true
sleep 3
shot designer-glabels-1366x768 0.5
rm -f "$work/printed.zpl"
exit $fail
