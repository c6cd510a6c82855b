#!/usr/bin/env bash
# The volume figures of issue 14 (docs/benchmarks.md, "Labels at volume"), on this machine:
#   1. 1,000 VK 58×40 labels from a CSV to one PDF   (./packbench batch … --format pdf)
#   2. 10,000 GS1 logistic labels, an SSCC each, to ZPL (./packbench batch … --format zpl)
#   3. scan to bytes at a 127.0.0.1 printer, 1,000 labels, delivered at once and by the queue worker
#      (./packbench bench packer)
# Each batch runs on a fresh copy of one database (the sample catalog and a valid DAC), JVM start
# included, after one untimed run of the same command, which writes its class-data archive.
#
#   bash docs/bench/volume.sh
#
# Needs: JDK 17, Maven, python3, /usr/bin/time (apt-get install time). Environment:
#   VOLUME_RUNS     timed runs of each batch and of each packer mode (default 3)
#   VOLUME_CATALOG  catalog CSV (default ../shared/samples/catalog.csv beside the repository, else
#                   the demo catalog bundled in the app, the same 40 SKUs)
#   VOLUME_OUT      keep the databases, CSVs and outputs in this folder (default: a temporary folder,
#                   removed at the end)
# Exit status: 0 when every run issued every label, 1 otherwise.
set -euo pipefail

repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
runs="${VOLUME_RUNS:-3}"

fail() {
    echo "error: $*" >&2
    exit 1
}

for tool in python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || fail "$tool is missing: apt-get install python3 time"
done

catalog="${VOLUME_CATALOG:-}"
if [ -z "$catalog" ]; then
    catalog="$repo/../shared/samples/catalog.csv"
    [ -f "$catalog" ] || catalog="$repo/src/main/resources/org/packbench/demo/catalog.csv"
fi
[ -f "$catalog" ] || fail "catalog $catalog not found (set VOLUME_CATALOG)"

if [ -n "${VOLUME_OUT:-}" ]; then
    work="$VOLUME_OUT"
    mkdir -p "$work"
else
    work="$(mktemp -d /tmp/packbench-volume.XXXXXX)"
    trap 'rm -rf "$work"' EXIT
fi

cd "$repo"
./packbench --version >/dev/null    # builds the jar when the sources are newer: not part of any figure

# The base database: the sample catalog, a DAC issued 30 days ago (valid 180 days) and the GS1
# company prefix the SSCCs are allocated under.
base="$work/base.db"
rm -f "$base" "$base-wal" "$base-shm" "$base.key" "$base.anchor"
./packbench --db "$base" catalog import "$catalog" >/dev/null
./packbench --db "$base" dac add DAC123456789 --issued "$(date -d '30 days ago' +%F)" >/dev/null
./packbench --db "$base" config set gs1.company-prefix 4607123 >/dev/null 2>&1
./packbench --db "$base" catalog list --json >"$work/catalog.json"

# A copy of the base with the files beside it: its WAL (no process has it open, so the copy is
# whole), its key and its anchor.
fresh() {
    rm -f "$1" "$1-wal" "$1-shm" "$1.key" "$1.anchor"
    cp "$base" "$1"
    if [ -f "$base-wal" ]; then cp "$base-wal" "$1-wal"; fi
    cp "$base.key" "$1.key"
    cp "$base.anchor" "$1.anchor"
}

python3 - "$work/catalog.json" "$work/vk1000.csv" "$work/sscc10k.csv" <<'EOF'
import csv, json, sys
catalog, vk_csv, sscc_csv = sys.argv[1:4]
skus = [s["sku"] for s in json.load(open(catalog, encoding="utf-8")) if s["marketplace"] == "vk"]
if not skus:
    sys.exit("error: no VK SKU in the catalog")
with open(vk_csv, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["sku", "order", "tracking"])
    for i in range(1000):
        w.writerow([skus[i % len(skus)], "VK-%06d" % i, "RU1%08dVK" % i])
# Pallets of one product: its GTIN, a count and a lot, an SSCC allocated for each.
with open(sscc_csv, "w", encoding="utf-8", newline="") as f:
    f.write("content\n")
    for i in range(10000):
        f.write("(02)04607123000014(37)%d(10)LOT%d\n" % (1 + i % 50, i % 97))
EOF

# timed LABEL CMD…: runs CMD under /usr/bin/time and prints LABEL with wall and CPU seconds and
# peak memory. Fails the script when CMD fails (a refused or failed row exits 1).
timed() {
    local label="$1"
    shift
    /usr/bin/time -f "$label: %e s wall, %U+%S s CPU, %M KiB peak" -o "$work/time" "$@" \
        >"$work/out.log" 2>&1 || { cat "$work/out.log" >&2; fail "$* failed"; }
    cat "$work/time"
}

echo "commit $(git rev-parse --short HEAD), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
vk=(batch "$work/vk1000.csv" --template vk-product-58x40 --format pdf --out "$work/vk.pdf")
sscc=(batch "$work/sscc10k.csv" --format zpl --out "$work/sscc.zpl")
fresh "$work/warm.db"
timed "untimed first run (class-data archive)" ./packbench --db "$work/warm.db" "${vk[@]}" >/dev/null
fresh "$work/warm.db"
timed "untimed first run (class-data archive)" ./packbench --db "$work/warm.db" "${sscc[@]}" >/dev/null
for run in $(seq 1 "$runs"); do
    fresh "$work/run.db"
    timed "1,000 VK labels to one PDF, run $run" ./packbench --db "$work/run.db" "${vk[@]}"
done
for run in $(seq 1 "$runs"); do
    fresh "$work/run.db"
    timed "10,000 SSCC labels to ZPL, run $run" ./packbench --db "$work/run.db" "${sscc[@]}"
done
for mode in now worker; do
    for run in $(seq 1 "$runs"); do
        echo "scan to bytes, --deliver $mode, run $run:"
        ./packbench bench packer --labels 1000 --deliver "$mode" | grep -E "p50|p99" || fail "bench packer failed"
    done
done
