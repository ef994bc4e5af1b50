#!/usr/bin/env bash
# Benchmark: sales run as a script in one `inv shell` process against separate `inv sell`
# processes, and the per-sale latency inside the shell (issue 5). Usage:
#   bench/shell.sh [--sales N] [--processes P] [--jar PATH]
# It builds its own databases in a temporary folder and prints the figures; nothing else changes.
set -euo pipefail
root=$(cd -- "$(dirname -- "$0")/.." && pwd)
sales=1000
processes=1000
jar="$root/target/inv.jar"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sales) sales=$2; shift 2 ;;
    --processes) processes=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    *) echo "usage: bench/shell.sh [--sales N] [--processes P] [--jar PATH]" >&2; exit 2 ;;
  esac
done
[[ -f "$jar" ]] || (cd "$root" && mvn -q -B -DskipTests package >/dev/null)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
inv() { java ${JAVA_OPTS:-} -jar "$jar" "$@"; }

# IMEIs with valid check digits: 15 digits, the last a Luhn digit
gen_imeis() {
  python3 - "$1" "$2" <<'PY'
import sys
start, n = int(sys.argv[1]), int(sys.argv[2])
def luhn(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9: v -= 9
        s += v
    return str((10 - s % 10) % 10)
for i in range(start, start + n):
    p = '35%012d' % i
    print(p + luhn(p))
PY
}

setup() { # db count
  local db=$1 n=$2
  gen_imeis 0 "$n" > "$work/ids"
  {
    echo 'product create PH --name Phone --tracking serialized --identifier-format imei --price 500'
    echo 'supplier create S'
    xargs -n 100 < "$work/ids" | while read -r line; do
      printf 'restock PH --supplier S'; for id in $line; do printf ' --unit %s --cost 300' "$id"; done; echo
    done
  } > "$work/setup.inv"
  inv --db "$db" -q shell < "$work/setup.inv" > /dev/null
}

ms() { echo $(( $(date +%s%N) / 1000000 )); }

echo "inv shell benchmark: $sales sales in one shell vs $processes separate processes"
echo "java: $(java -version 2>&1 | head -1)"

# 1. N sales as one script, and 2N, to separate start-up and warm-up from the steady per-sale cost
setup "$work/a.db" "$sales"
sed 's/^/sell -q --item /' "$work/ids" > "$work/sales.inv"
t0=$(ms); inv --db "$work/a.db" shell < "$work/sales.inv" > /dev/null; t1=$(ms)
script_ms=$((t1 - t0))
setup "$work/b.db" $((2 * sales))
sed 's/^/sell -q --item /' "$work/ids" > "$work/sales2.inv"
t0=$(ms); inv --db "$work/b.db" shell < "$work/sales2.inv" > /dev/null; t1=$(ms)
script2_ms=$((t1 - t0))

# 2. the same sales as separate processes (the floor every plain command pays: JVM start-up)
setup "$work/c.db" "$processes"
t0=$(ms)
while read -r id; do inv --db "$work/c.db" -q sell --item "$id" > /dev/null; done < "$work/ids"
t1=$(ms)
proc_ms=$((t1 - t0))

awk -v n="$sales" -v s="$script_ms" -v s2="$script2_ms" -v p="$processes" -v pm="$proc_ms" 'BEGIN {
  printf "%-44s %10s %12s\n", "", "total ms", "ms per sale"
  printf "%-44s %10d %12.2f\n", "one shell, " n " sales (incl. JVM start)", s, s / n
  printf "%-44s %10d %12.2f\n", "one shell, " 2*n " sales (incl. JVM start)", s2, s2 / (2*n)
  printf "%-44s %10s %12.2f\n", "marginal sale in a warm shell", "-", (s2 - s) / n
  printf "%-44s %10d %12.2f\n", p " separate inv sell processes", pm, pm / p
  printf "speed-up of the shell over processes: %.0fx (goal: under 2 ms per sale in script mode)\n", (pm / p) / (s / n)
}'
