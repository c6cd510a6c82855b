#!/usr/bin/env bash
# Installer check for CI (.ci/run calls it after the tests). Builds what `mvn -Pinstaller
# package` builds on Linux: the jlink runtime, the jpackage app-image and, when dpkg-deb and
# fakeroot are there, the .deb. Then runs the installed launcher headless, the way a user's
# machine would: --version, a catalog import, a DAC and a ZPL label (the font and the templates
# must be found from the installed location), and one command without --db, which must put the
# database in the user's data directory and nothing in the install folder.
# Exit 0 when all of it works, 1 otherwise. PACKBENCH_REQUIRE_ALL=1 (as .ci/run sets it) makes a
# missing fakeroot a failure instead of "app-image only".
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
    echo "installer/ci-check: FAIL: $*" >&2
    exit 1
}
say() {
    echo "installer/ci-check: $*"
}

# The version in pom.xml (the project's own <version>, two spaces in).
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)"
[ -n "$version" ] || fail "no <version> found in pom.xml"

# jlink needs the JDK's jmods (Debian 12: in openjdk-17-jdk-headless; Debian 13 and later ship
# them apart, in openjdk-NN-jmods).
java_home="$(mvn -B -v 2>/dev/null | sed -n 's/^Java version: .*runtime: //p' | tr -d '\r' | head -n 1)"
[ -n "$java_home" ] || fail "cannot tell Maven's JDK from mvn -v"
[ -x "$java_home/bin/jpackage" ] || fail "$java_home has no bin/jpackage: Maven must run on a full JDK 17+"
[ -f "$java_home/jmods/java.base.jmod" ] \
    || fail "$java_home has no jmods/ for jlink (on Debian 13+: apt-get install openjdk-17-jmods)"

# The native package when its tools are there; the app-image always.
options=()
build_deb=1
if ! command -v dpkg-deb >/dev/null 2>&1 || ! command -v fakeroot >/dev/null 2>&1; then
    if [ "${PACKBENCH_REQUIRE_ALL:-0}" = "1" ]; then
        fail "dpkg-deb or fakeroot missing, and PACKBENCH_REQUIRE_ALL=1 (apt-get install fakeroot)"
    fi
    say "dpkg-deb or fakeroot missing: app-image only, no .deb"
    build_deb=0
    options+=(-Dinstaller.package.skip=true)
fi

say "building the installer (version $version, JDK $java_home)"
mvn -B -Pinstaller -DskipTests "${options[@]}" package

app="target/installer/PackBench"
launcher="$app/bin/PackBench"
[ -x "$launcher" ] || fail "no launcher at $launcher"
[ -d "$app/lib/runtime" ] || fail "no bundled runtime in $app/lib/runtime"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Nothing here may touch the CI user's own data directory; PACKBENCH_DB would override --db-less runs.
export XDG_DATA_HOME="$work/data"
unset PACKBENCH_DB
before="$work/install-folder-before.txt"
(cd "$app" && find . -type f | sort) >"$before"

run() {
    # run NAME ARGS…: the launcher, its output kept in $work/NAME.out; fails the check on a non-zero exit.
    local name="$1"
    shift
    if ! "$launcher" "$@" >"$work/$name.out" 2>&1; then
        cat "$work/$name.out" >&2
        fail "PackBench $* exited non-zero"
    fi
}

run version --version
grep -qx "PackBench $version" "$work/version.out" || fail "--version printed: $(cat "$work/version.out")"
say "launcher --version: $(cat "$work/version.out")"

run serve-help help serve
grep -q -- '--port' "$work/serve-help.out" || fail "help serve printed: $(cat "$work/serve-help.out")"
[ -f "$app/lib/app/packbench-serve.service" ] || fail "no systemd unit for serve in $app/lib/app"

db="$work/ci.db"
run import catalog import src/test/resources/samples/catalog.csv --db "$db"
grep -q '^imported 40 new' "$work/import.out" || fail "catalog import printed: $(cat "$work/import.out")"
say "catalog import: $(head -n 1 "$work/import.out")"

# A DAC issued today is valid for 180 days, so this stays true whenever CI runs.
run dac dac add DAC7Q2M9XK4P --issued "$(date +%F)" --db "$db"
run label label render --sku PB-7-001 --template vk-product-58x40 --order CI-1 --tracking RU123456789VK \
    --format zpl --out "$work/label.zpl" --db "$db"
head -c 3 "$work/label.zpl" | grep -q '^^XA' || fail "label.zpl is not ZPL"
grep -q '\^GFA' "$work/label.zpl" || fail "label.zpl has no rasterised text (^GFA)"
say "label render: $(head -n 1 "$work/label.out")"

# serve from the installed runtime: the jlink image must hold every module Jetty needs at run
# time, not only those jdeps saw. Started on a free port, asked /health over bash's /dev/tcp (no
# curl needed), stopped with SIGTERM, which must stop it cleanly.
"$launcher" serve --port 0 --db "$db" >/dev/null 2>"$work/serve.err" &
serve_pid=$!
for _ in $(seq 1 120); do
    grep -q 'listening on' "$work/serve.err" && break
    kill -0 "$serve_pid" 2>/dev/null || break
    sleep 0.5
done
port="$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/serve.err" | head -n 1)"
if [ -z "$port" ]; then
    kill "$serve_pid" 2>/dev/null || true
    fail "serve did not start: $(cat "$work/serve.err")"
fi
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
health="$(cat <&3)"
exec 3<&-
kill -TERM "$serve_pid"
wait "$serve_pid" || true
echo "$health" | grep -q '"db":"ok"' || fail "serve /health answered: $health"
grep -q 'serve: stopped' "$work/serve.err" || fail "serve did not stop cleanly on SIGTERM: $(cat "$work/serve.err")"
say "serve: /health ok on port $port, stopped on SIGTERM"

# Without --db: the database goes to the data directory ($XDG_DATA_HOME/packbench), and the
# install folder, which an upgrade replaces, is left as it was.
run nodb catalog import src/test/resources/samples/catalog.csv
[ -f "$XDG_DATA_HOME/packbench/packbench.db" ] || fail "no database in \$XDG_DATA_HOME/packbench after a run without --db"
(cd "$app" && find . -type f | sort) | diff -u "$before" - >&2 || fail "running the app changed files in $app"
say "without --db: database in the data directory, install folder unchanged"

if [ "$build_deb" = 1 ]; then
    deb="$(ls target/installer/packbench_"$version"-*.deb 2>/dev/null | head -n 1)"
    [ -n "$deb" ] || fail "no target/installer/packbench_$version-*.deb"
    [ "$(dpkg-deb -f "$deb" Package)" = packbench ] || fail "$deb: package name is not packbench"
    dpkg-deb -c "$deb" >"$work/deb.txt"
    for f in ./opt/packbench/bin/PackBench ./opt/packbench/lib/PackBench.png \
        ./opt/packbench/lib/packbench-PackBench.desktop ./opt/packbench/lib/app/packbench.jar \
        ./opt/packbench/lib/app/packbench-serve.service; do
        grep -q " $f\$" "$work/deb.txt" || fail "$deb lacks $f"
    done
    dpkg-deb --fsys-tarfile "$deb" | tar -xO ./opt/packbench/lib/packbench-PackBench.desktop >"$work/entry.desktop"
    grep -qx 'Exec=/opt/packbench/bin/PackBench' "$work/entry.desktop" || fail "desktop entry: wrong Exec"
    grep -q '^Name\[ru\]=' "$work/entry.desktop" || fail "desktop entry: no Russian name"
    dpkg-deb --fsys-tarfile "$deb" | tar -xO ./opt/packbench/lib/app/packbench-serve.service >"$work/serve.service"
    grep -q '^ExecStart=/opt/packbench/bin/PackBench serve ' "$work/serve.service" || fail "serve unit: wrong ExecStart"
    dpkg-deb --fsys-tarfile "$deb" | tar -xO ./opt/packbench/lib/PackBench.png \
        | cmp -s - target/installer/icons/PackBench.png || fail "$deb carries another icon than PackBench.png"
    say "$deb: $(du -h "$deb" | cut -f1), installs $(dpkg-deb -f "$deb" Installed-Size) KiB under /opt/packbench"
fi

say "OK (app-image $(du -sh "$app" | cut -f1))"
