#!/usr/bin/env bash
# Drives the real Упаковка window through an Ozon posting, as a keyboard-wedge scanner types (whole
# scans ending in Enter, keys pressed again fast), with the Ozon stand-in (the tests' own, run as a
# process) on 127.0.0.1 and a port-9100 printer on 127.0.0.1 counting what it receives.
# Checks: the posting synced from "Ozon" with its products, a product not in it and one too many
# refused at their own scans, the last item reporting it packed once (Enter pressed again fast),
# Ozon's ship call made once, and Ozon's package label fetched, converted and printed once.
# Needs what packing-xdotool.sh needs. Run from the repository:
#   docs/acceptance/ozon-posting-xdotool.sh [screenshot-folder]
set -euo pipefail
cd "$(dirname "$0")/../.."
shots=${1:-$(mktemp -d)}
mkdir -p "$shots"
work=$(mktemp -d)
db=$work/bench.db
port=9118
display=:91
P="java -jar target/packbench.jar"
./packbench --version >/dev/null
# The stand-in is test code: compile it and run it on the tests' class path.
mvn -B -o -q test-compile -Dspotless.check.skip >/dev/null
mvn -B -o -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="target/test-classes:target/classes:$(cat "$work/cp.txt")"
posting=12345678-0001-1
marked=87654321-0001-1     # two cables Ozon wants a Честный ЗНАК code for, each unit
# PB-7-002 (cable, Ozon product 1001) × 2 and PB-7-004 (screen glass, 1002) × 1.
key=acceptance-key-7d1f0c2e
java -cp "$cp" org.packbench.connect.OzonStandInMain 204811 "$key" "$work/url" \
  "$posting=1001:PB-7-002:2,1002:PB-7-004:1" "$marked=1003:PB-7-002:2!" >"$work/ozon.out" 2>&1 & ozon=$!
printf '%s\n' "$key" >"$work/key.txt"   # kept in a file, as a seller keeps it
for _ in $(seq 60); do [ -s "$work/url" ] && break; sleep 0.5; done

$P catalog import ../shared/samples/catalog.csv --db "$db" >/dev/null 2>&1 \
  || $P catalog import src/main/resources/org/packbench/demo/catalog.csv --db "$db" >/dev/null
$P printer add bench-zebra --language zpl --dpi 203 --transport tcp://127.0.0.1:$port --db "$db" >/dev/null
$P marketplace add ozon --client-id 204811 --api-key-file "$work/key.txt" --base-url "$(cat "$work/url")" --db "$db"
$P orders sync ozon --db "$db"
# The bench's scanner sends <GS> for the DataMatrix's GS (xdotool cannot type ASCII 29).
$P config set scanner.gs-stand-in "<GS>" --db "$db" >/dev/null
tail44=MDEGCCqGSM49AwEHA0IABQ+4/ZkTbLh3Rt9yWv=Xk1pQ
mark() { printf ']d2010460731098027321ACCEPT%07d<GS>91EE07<GS>92%s' "$1" "$tail44"; }

python3 docs/acceptance/zpl-printer.py "$port" "$work/printed.zpl" & printer=$!
Xvfb $display -screen 0 1366x768x24 >/dev/null 2>&1 & xvfb=$!
cleanup() { kill $app $xvfb $printer 2>/dev/null || true; kill $ozon 2>/dev/null || true; }
app=0
trap cleanup EXIT
sleep 1
DISPLAY=$display ./packbench --db "$db" >"$work/app.log" 2>&1 & app=$!
for _ in $(seq 60); do grep -q "ready to scan" "$work/packbench.log" 2>/dev/null && break; sleep 0.5; done
sleep 2
x() { DISPLAY=$display xdotool "$@"; }
scan() { x type --delay 4 "$1"; x key Return; }
shot() { sleep "${2:-1.5}"; DISPLAY=$display import -window root "$shots/$1.png"; }
x key F1; sleep 1

scan "$posting"
scan 4607310980273                 # the cable
scan 4607002977277                 # a VK phone case: not in the posting
shot packing-posting-refused-1366x768
scan 4607785349445                 # the glass
scan 4607785349445                 # the glass again: one too many
shot packing-posting-counting-1366x768
scan 4607310980273                 # the second cable: complete, reported
x key --delay 30 Return Return     # Enter again, fast
shot packing-posting-packed-1366x768 0.5
for _ in $(seq 40); do [ -s "$work/printed.zpl" ] && break; sleep 0.5; done
sleep 2

scan "$marked"
scan 4607310980273                 # the cable's EAN: this line needs its marking code, refused
shot packing-posting-needs-code-1366x768
scan "$(mark 1)"
scan "$(mark 1)"                   # the same code again: refused, nothing counted
shot packing-posting-mark-twice-1366x768
scan "$(mark 2)"                   # complete: the codes go to Ozon, then the ship report
shot packing-posting-marked-packed-1366x768
for _ in $(seq 60); do [ "$(grep -c '^\^XA' "$work/printed.zpl" || true)" -ge 2 ] && break; sleep 0.5; done
sleep 2

kill $ozon; wait $ozon 2>/dev/null || true
labels=$(grep -c '^\^XA' "$work/printed.zpl" || true)
shipped=$(grep -o 'shipped [0-9]*' "$work/ozon.out" | awk '{print $2}' | sort -u | tr '\n' ' ' | xargs)
used=0; $P marks check "$(mark 2)" --db "$db" >/dev/null 2>&1 || used=1
delivered=$($P outbox list --all --json --db "$db" | python3 -c 'import json,sys; print(sum(1 for p in json.load(sys.stdin) if p["state"]=="delivered"))')
pushes=$($P outbox list --all --json --db "$db" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
codes=$(grep "^$marked" "$work/ozon.out" | grep -o 'codes [0-9]*' | awk '{print $2}')
echo "ship calls that took effect per posting: $shipped (expected 1 each); pushes delivered: $delivered of $pushes (expected 5 of 5: two ship, two label, one exemplar)"
echo "codes Ozon holds for $marked: $codes (expected 2)"
echo "Ozon labels at the printer: $labels (expected 2); the second posting's code refused as used by marks check: $used (expected 1)"
echo "screenshots in $shots"
[ "$shipped" = 1 ] && [ "$delivered" = 5 ] && [ "$pushes" = 5 ] && [ "$labels" = 2 ] && [ "$used" = 1 ] && [ "$codes" = 2 ]
