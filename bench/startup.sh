#!/usr/bin/env bash
# Benchmark: per-command latency of bin/inv on an inventory of 1,000,000 units and 100,000
# invoices, against the floors measured in the same run (a bare Java Hello and a picocli Hello
# with five subcommands, started with the same JVM flags as short inv commands), and the hot
# queries inside one process (bench/QueryBench.java). Usage: bench/startup.sh [--runs N]
# Needs: java, javac, sqlite3 (apt-get install sqlite3), Maven for the build.
set -euo pipefail
root=$(cd -- "$(dirname -- "$0")/.." && pwd)
runs=20
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    *) echo "usage: bench/startup.sh [--runs N]" >&2; exit 2 ;;
  esac
done
command -v sqlite3 >/dev/null || { echo "bench: sqlite3 is needed (apt-get install sqlite3)" >&2; exit 1; }
inv="$root/bin/inv"
"$inv" --version >/dev/null   # builds the jar and the class-data archive when needed
jar="$root/target/inv.jar"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "building an inventory of 1,000,000 units and 100,000 invoices..."
java -jar "$jar" --db "$work/m.db" init >/dev/null
t0=$(date +%s)
sqlite3 "$work/m.db" < "$root/bench/million.sql"
echo "  built in $(( $(date +%s) - t0 )) s, $(du -h "$work/m.db" | cut -f1)"
cp "$work/m.db" "$work/q.db"

picocli=$(find "$HOME/.m2/repository/info/picocli/picocli" -name 'picocli-4.7.7.jar' | head -1)
mkdir -p "$work/floor"
javac -d "$work/floor" -cp "$picocli" "$root"/bench/floor/*.java
floor_opts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto)

# runs a command $runs times; prints "median p10 p90" in ms. {i} in the arguments is the run number.
measure() {
  local times=() i s e
  for ((i = 0; i < runs; i++)); do
    local args=("${@//\{i\}/$i}")
    s=$(date +%s%N); "${args[@]}" >/dev/null 2>&1 || { echo "bench: failed: ${args[*]}" >&2; exit 1; }; e=$(date +%s%N)
    times+=($(( (e - s) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" '{ t[NR] = $1 } END {
    printf "%d %d %d\n", t[int((n + 1) / 2)], t[int(n * 0.1) + 1], t[int(n * 0.9)] }'
}

unit() { printf '35%013d' "$1"; }
export -f unit

read -r hello_m hello_lo hello_hi < <(measure java "${floor_opts[@]}" -cp "$work/floor" Hello)
read -r pico_m pico_lo pico_hi < <(measure java "${floor_opts[@]}" -cp "$work/floor:$picocli" PicocliHello a)
read -r ver_m ver_lo ver_hi < <(measure "$inv" --version)
read -r track_m track_lo track_hi < <(measure bash -c "'$inv' --db '$work/m.db' track --unit \$(unit \$((500000 + {i})))")
read -r sell_m sell_lo sell_hi < <(measure bash -c "'$inv' --db '$work/m.db' -q sell --item \$(unit \$((900000 + {i})))")
read -r bash_m bash_lo bash_hi < <(measure bash -c "unit \$((1 + {i})) >/dev/null")

awk -v hm="$hello_m" -v hl="$hello_lo" -v hh="$hello_hi" -v pm="$pico_m" -v pl="$pico_lo" -v ph="$pico_hi" \
    -v vm="$ver_m" -v vl="$ver_lo" -v vh="$ver_hi" -v tm="$track_m" -v tl="$track_lo" -v th="$track_hi" \
    -v sm="$sell_m" -v sl="$sell_lo" -v sh="$sell_hi" -v bm="$bash_m" -v runs="$runs" 'BEGIN {
  printf "\nper command, %d runs each (ms)            median    p10    p90   vs picocli Hello\n", runs
  printf "%-40s %7d %6d %6d\n", "(d) java Hello (floor)", hm, hl, hh
  printf "%-40s %7d %6d %6d   1.00\n", "(d) picocli Hello, 5 subcommands (floor)", pm, pl, ph
  printf "%-40s %7d %6d %6d   %.2f\n", "(a) bin/inv --version", vm, vl, vh, vm / pm
  printf "%-40s %7d %6d %6d   %.2f\n", "(b) bin/inv track --unit X", tm, tl, th, (tm - bm) / pm
  printf "%-40s %7d %6d %6d   %.2f\n", "(c) bin/inv sell --item X (fresh unit)", sm, sl, sh, (sm - bm) / pm
  printf "(b) and (c) run through bash -c to pick a fresh identifier: its %d ms are taken off the ratios.\n", bm
  printf "goal: (b) and (c) within 1.3x of the picocli Hello floor\n\n"
}'

echo "hot queries inside one process (java -cp target/inv.jar bench/QueryBench.java):"
java -cp "$jar" "$root/bench/QueryBench.java" "$work/q.db"
