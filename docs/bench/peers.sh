#!/usr/bin/env bash
# The peer comparisons of issue 14, measured in one run on this machine (docs/benchmarks.md,
# "Peers, same run"):
#   1. 1,000 VK 58×40 labels from a CSV to one PDF: ./packbench batch (each label checked, read
#      back and logged) against glabels-3-batch merging the same 1,000 rows into the same label
#      (docs/bench/vk-product-58x40.glabels; text, watermark and QR, no checks).
#   2. One GS1-128 symbol encoded, rasterised at 203 dpi and read back (./packbench bench gs1-128)
#      against zint --batch writing the same SSCC symbols to PNG files (5,000 by default, PEERS_SYMBOLS).
#
#   bash docs/bench/peers.sh
#
# Needs: apt-get install glabels zint poppler-utils time (and python3, JDK 17, Maven for the jar).
# No display is needed. Environment:
#   PEERS_RUNS     timed runs of each step (default 3); the table gives each run, then min–max
#   PEERS_SYMBOLS  SSCC symbols for bench gs1-128 and zint (default 5000)
#   PEERS_CATALOG  catalog CSV (default ../shared/samples/catalog.csv beside the repository,
#                  else the demo catalog bundled in the app, the same 40 SKUs)
#   PEERS_OUT      keep the databases, CSVs, PDFs and PNGs in this folder (default: a temporary
#                  folder, removed at the end)
# Exit status: 0 when every step ran and wrote what it should, 1 otherwise.
set -euo pipefail

repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
runs="${PEERS_RUNS:-3}"
labels=1000
# GS1-128 symbols for bench gs1-128 and zint, the same count for both: at 1,000 the JVM is still
# compiling the code it times (bench gs1-128 warms up on as many symbols as it times).
symbols="${PEERS_SYMBOLS:-5000}"

fail() {
    echo "error: $*" >&2
    exit 1
}

for tool in glabels-3-batch zint pdfinfo python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || fail "$tool is missing: apt-get install glabels zint poppler-utils time python3"
done

catalog="${PEERS_CATALOG:-}"
if [ -z "$catalog" ]; then
    catalog="$repo/../shared/samples/catalog.csv"
    [ -f "$catalog" ] || catalog="$repo/src/main/resources/org/packbench/demo/catalog.csv"
fi
[ -f "$catalog" ] || fail "catalog $catalog not found (set PEERS_CATALOG)"

if [ -n "${PEERS_OUT:-}" ]; then
    work="$PEERS_OUT"
    mkdir -p "$work"
else
    work="$(mktemp -d /tmp/packbench-peers.XXXXXX)"
    trap 'rm -rf "$work"' EXIT
fi

cd "$repo"
./packbench --version >/dev/null    # builds the jar when the sources are newer: not part of any figure

# A fresh database from the sample catalog, with a DAC issued 30 days ago (valid 180 days).
new_db() {
    rm -f "$1" "$1-wal" "$1-shm"
    ./packbench --db "$1" catalog import "$catalog" >/dev/null
    ./packbench --db "$1" dac add DAC123456789 --issued "$(date -d '30 days ago' +%F)" >/dev/null
}

new_db "$work/pb.db"
./packbench --db "$work/pb.db" catalog list --json >"$work/catalog.json"

# The watermark as gLabels draws it: an SVG of "DAC <code>" rows at 30°, 12 pt, grey 0.82, rows
# 13 mm apart (gLabels 3.4 distorts text rotated by other than a multiple of 90°).
watermark="$work/dac-watermark.svg"
python3 - "$watermark" DAC123456789 <<'EOF'
import sys
path, dac = sys.argv[1], sys.argv[2]
text = "DAC " + dac
row = ("&#160;" * 4).join([text] * 5)
rows = "".join(f'<text x="-30" y="{y}">{row}</text>' for y in range(-26, 66, 13))
with open(path, "w", encoding="utf-8") as f:
    f.write('<svg xmlns="http://www.w3.org/2000/svg" width="58mm" height="40mm" viewBox="0 0 58 40">'
            '<g transform="rotate(-30 29 20)" fill="#d1d1d1" font-family="PT Sans" font-size="4.233">'
            + rows + "</g></svg>\n")
EOF

# The rows: 1,000 parcels over the VK SKUs of the catalog. PackBench reads sku,order,tracking and
# takes the rest from its catalog; gLabels has no catalog, so its CSV carries the SKU's fields,
# the DAC, the QR payload as PackBench builds it (docs/qr-payload.md; label ids 1…1,000, as a
# fresh log numbers them) and the watermark file.
make_rows() {
    python3 - "$work/catalog.json" "$1" "$2" "$3" "$4" "$watermark" <<'EOF'
import csv, json, sys
catalog, count, pb_csv, gl_csv, gl_plain_csv, watermark = sys.argv[1], int(sys.argv[2]), *sys.argv[3:7]
skus = [s for s in json.load(open(catalog, encoding="utf-8")) if s["marketplace"] == "vk"]
if not skus:
    sys.exit("error: no VK SKU in the catalog")
dac = "DAC123456789"
keep = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._/")
def field(v):
    return "".join(c if c in keep else "".join("%%%02X" % b for b in c.encode("utf-8")) for c in v)
with open(pb_csv, "w", encoding="utf-8", newline="") as pb, open(gl_csv, "w", encoding="utf-8", newline="") as gl, \
        open(gl_plain_csv, "w", encoding="utf-8", newline="") as plain:
    pw, gw, plw = (csv.writer(f, lineterminator="\n") for f in (pb, gl, plain))
    pw.writerow(["sku", "order", "tracking"])
    for w in (gw, plw):
        w.writerow(["sku", "order", "tracking", "name_ru", "net_weight_g", "manufacturer", "country_of_origin",
                    "eac_cert", "dac", "qr_payload", "watermark_svg"])
    for i in range(1, count + 1):
        s = skus[(i - 1) % len(skus)]
        order, tracking = "VK-20261205-%04d" % i, "RU%09dVK" % i
        payload = "|".join(["PB1", "vk"] + [field(v) for v in (order, tracking, s["sku"], dac, "L%08d" % i)])
        pw.writerow([s["sku"], order, tracking])
        row = [s["sku"], order, tracking, s["name_ru"], s["net_weight_g"], s["manufacturer"],
               s["country_of_origin"], s.get("eac_cert") or "", dac, payload]
        gw.writerow(row + [watermark])
        # Text and QR only, as the issue's own glabels figure: an empty file name draws no watermark.
        plw.writerow(row + [""])
EOF
}
make_rows "$labels" "$work/vk1000.csv" "$work/vk1000-glabels.csv" "$work/vk1000-glabels-text-qr.csv"
make_rows 2 "$work/warm.csv" "$work/warm-glabels.csv" "$work/warm-glabels-text-qr.csv"

# gLabels finds PT Sans, the font of PackBench's labels, in the repository's fonts/ folder.
cat >"$work/fonts.conf" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>$repo/fonts</dir>
  <cachedir>$work/fontconfig</cachedir>
</fontconfig>
EOF
export FONTCONFIG_FILE="$work/fonts.conf"
glabels_doc="$repo/docs/bench/vk-product-58x40.glabels"

# timed OUT CMD…: runs CMD under /usr/bin/time; OUT gets "seconds peak-KiB"; the command's own
# output goes to OUT.log. Fails the script when CMD fails.
timed() {
    local out="$1"
    shift
    /usr/bin/time -f '%e %M' -o "$out" "$@" >"$out.log" 2>&1 || { cat "$out.log" >&2; fail "$* failed"; }
}

pages() {
    local n
    n="$(pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}')"
    [ "$n" = "$2" ] || fail "$1 has ${n:-no} pages, not $2"
}

# One untimed run of each on two rows: the jar and libraries in the page cache, fontconfig's
# cache of fonts/ built.
new_db "$work/warm.db"
timed "$work/warm-pb.time" ./packbench --db "$work/warm.db" batch "$work/warm.csv" --template vk-product-58x40 \
    --format pdf --out "$work/warm.pdf"
timed "$work/warm-gl.time" glabels-3-batch -i "$work/warm-glabels.csv" -o "$work/warm-glabels.pdf" "$glabels_doc"
pages "$work/warm-glabels.pdf" 2

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$runs"); do
    new_db "$work/run-$run.db"
    timed "$work/pb-$run.time" ./packbench --db "$work/run-$run.db" batch "$work/vk1000.csv" \
        --template vk-product-58x40 --format pdf --out "$work/vk-$run.pdf"
    pages "$work/vk-$run.pdf" "$labels"
    timed "$work/gl-$run.time" glabels-3-batch -i "$work/vk1000-glabels.csv" -o "$work/glabels-$run.pdf" "$glabels_doc"
    pages "$work/glabels-$run.pdf" "$labels"
    timed "$work/gltq-$run.time" glabels-3-batch -i "$work/vk1000-glabels-text-qr.csv" -o "$work/glabels-text-qr-$run.pdf" \
        "$glabels_doc"
    pages "$work/glabels-text-qr-$run.pdf" "$labels"
    timed "$work/sym-$run.time" ./packbench bench gs1-128 --symbols "$symbols" --data-out "$work/sscc.txt" --json
    mkdir -p "$work/zint-$run"
    timed "$work/zint-$run.time" zint --batch --barcode=GS1_128 -i "$work/sscc.txt" -o "$work/zint-$run/~~~~~~.png"
    written="$(find "$work/zint-$run" -name '*.png' | wc -l)"
    [ "$written" = "$symbols" ] || fail "zint wrote $written PNG files, not $symbols"
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

echo "Peers, same run: $(date -u '+%Y-%m-%d %H:%M UTC'), PackBench $(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD -- src pom.xml || echo '+changes'), $runs runs"
echo "glabels $(dpkg-query -W -f '${Version}' glabels), $(zint --version | head -1), $(java -version 2>&1 | head -1)"
echo "load average before $load_before, after $load_after ($(nproc) cores)"
python3 - "$work" "$runs" "$labels" "$symbols" <<'EOF'
import json, sys
work, runs, n, m = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
def wall(name):
    out = []
    for r in range(1, runs + 1):
        s, kib = open(f"{work}/{name}-{r}.time").read().split()[:2]
        out.append((float(s), int(kib) / 1024))
    return out
def sym(key):
    return [json.loads(open(f"{work}/sym-{r}.time.log").read())[key] for r in range(1, runs + 1)]
def span(values, fmt):
    lo, hi = min(values), max(values)
    return fmt % lo if fmt % lo == fmt % hi else (fmt % lo) + "–" + (fmt % hi)
rows = []
for name, what, count in (("pb", f"PackBench batch: {n:,} VK 58x40 -> one PDF (checked, read back, logged)", n),
                   ("gl", f"glabels-3-batch: same {n:,} rows, same label -> one PDF (no checks)", n),
                   ("gltq", f"glabels-3-batch: same {n:,} rows, text + QR only -> one PDF", n),
                   ("zint", f"zint --batch: {m:,} SSCC GS1-128 -> PNG files (no readback)", m)):
    t = wall(name)
    secs = [s for s, _ in t]
    rows.append((what, " / ".join("%.2f" % s for s in secs), span([s * 1000 / count for s in secs], "%.3f") + " ms",
                 span([m for _, m in t], "%.0f") + " MiB"))
rows.append((f"PackBench bench gs1-128: encode + 203 dpi raster + readback, {m:,} SSCC", "(in process)",
             "mean " + span(sym("mean_ms"), "%.3f") + " ms (p50 " + span(sym("p50_ms"), "%.3f") + ", p99 "
             + span(sym("p99_ms"), "%.2f") + ")", span([m for _, m in wall("sym")], "%.0f") + " MiB"))
head = ("what", "seconds", "per label or symbol", "peak RSS")
widths = [max(len(r[i]) for r in rows + [head]) for i in range(4)]
for r in [head] + rows:
    print("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
EOF
