#!/usr/bin/env bash
# Issue 16: labels per second with four benches writing into one PostgreSQL database at once.
# Four `packbench batch` processes (two of VK parcel labels, two of SSCC pallet labels), each
# with its own data folder, bench name and 127.0.0.1 printer, ROWS rows each; then the counts and
# `log verify`. Needs a server from docs/bench/pg-server.sh (started here if none is).
#   ROWS=2500 bash docs/bench/warehouse.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${ROWS:-2500}
pg=${PG_DIR:-/tmp/packbench-pg-bench}
[ -f "$pg/port" ] || bash docs/bench/pg-server.sh start "$pg" >/dev/null
export PGPASSWORD=$(cat "$pg/password")
url=$(bash docs/bench/pg-server.sh newdb "$pg")
work=$(mktemp -d)
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
bench() { env XDG_DATA_HOME="$work/bench-$1" PACKBENCH_BENCH="bench-$1" ./packbench --db "$url" "${@:2}"; }
./packbench --version >/dev/null
bench 1 catalog import ../shared/samples/catalog.csv >/dev/null
bench 1 dac add DAC7Q2M9XK4P --issued "$(date -d '-20 days' +%F)" >/dev/null
bench 1 config set gs1.company-prefix 4607123 >/dev/null
key=$(ls "$work"/bench-1/packbench/warehouse/*.key)
for b in 1 2 3 4; do
    mkdir -p "$work/bench-$b/packbench/warehouse"
    [ "$b" = 1 ] || cp -p "$key" "$work/bench-$b/packbench/warehouse/"
    python3 docs/acceptance/zpl-printer.py $((19200 + b)) "$work/printed-$b.zpl" & pids+=($!)
    bench "$b" printer add "zebra-$b" --language zpl --dpi 203 --transport tcp://127.0.0.1:$((19200 + b)) >/dev/null
    if [ $((b % 2)) = 1 ]; then
        { echo "sku,order,tracking"; for i in $(seq "$rows"); do printf 'PB-7-%03d,W%d-%d,RU%d%08dVK\n' $((1 + 2 * ((i - 1) % 20))) "$b" "$i" "$b" "$i"; done; } > "$work/rows-$b.csv"
    else
        { echo "content"; for i in $(seq "$rows"); do echo "(02)04607123000014(37)$i(10)B$b"; done; } > "$work/rows-$b.csv"
    fi
done
start=$(date +%s.%N)
runs=()
for b in 1 2 3 4; do bench "$b" batch "$work/rows-$b.csv" --printer "zebra-$b" >"$work/batch-$b.log" 2>&1 & runs+=($!); done
for p in "${runs[@]}"; do wait "$p"; done
end=$(date +%s.%N)
total=$((4 * rows))
secs=$(echo "$end - $start" | bc)
printf '%d labels from 4 benches in %.1f s: %.0f labels/s\n' "$total" "$secs" "$(echo "$total / $secs" | bc -l)"
sleep 2
for b in 1 2 3 4; do echo "zebra-$b received $(grep -c '\^XA' "$work/printed-$b.zpl")"; done
bench 1 log verify | tail -1
