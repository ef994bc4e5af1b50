#!/usr/bin/env bash
# Import benchmark (issue 4): generates N valid IMEIs (default 1,000,000) in random order with
# costs, imports them into a fresh database through the real jar, and prints rows per second and
# peak RSS next to two floors measured in the same run on the same file:
#   - jdbc:    a bare JDBC batch of the same rows into the same schema (no validation, no events),
#   - sqlite3: the sqlite3 shell's own .import plus INSERT ... SELECT (when sqlite3 is installed).
# Goal: the full import (validation, events, receipt) at least as fast as the JDBC floor
# (ratio >= 1.0) with a peak RSS under 150 MB.
#
# Usage: bench/import.sh [--jar PATH] [--rows N] [--repeat N] [--java-opts "OPTS"] [--keep]
#   --jar PATH        the jar to measure (default: target/inv.jar, built by 'mvn -DskipTests package')
#   --rows N          rows to generate, 1..1000000 (default 1000000)
#   --repeat N        measure each method N times, interleaved, and report the fastest run of each
#                     (default 1); on a shared machine this filters out other load
#   --java-opts OPTS  JVM options of every Java run, import and floor alike (default
#                     "-Xmx64m -XX:+UseSerialGC": the collector bin/inv uses, and
#                     a fixed heap; without one the JVM sizes its heap from the machine's memory)
#   --keep            keep the work folder (file and databases) and print where it is
set -euo pipefail

root=$(cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.." && pwd)
jar="$root/target/inv.jar"
rows=1000000
repeat=1
java_opts="-Xmx64m -XX:+UseSerialGC"
keep=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --jar) jar=$2; shift 2 ;;
    --rows) rows=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --java-opts) java_opts=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "bench: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done

if [[ ! -f "$jar" ]]; then
  echo "bench: no jar at $jar; build it with: mvn -B -DskipTests package (or give --jar PATH)" >&2
  exit 1
fi
for tool in java javac; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is needed (a JDK 17)" >&2; exit 1; }
done
if ! /usr/bin/time -v true >/dev/null 2>&1; then
  echo "bench: GNU time is needed at /usr/bin/time to measure peak RSS; install it with: apt-get install time" >&2
  exit 1
fi
have_sqlite3=false
command -v sqlite3 >/dev/null && have_sqlite3=true

work=$(mktemp -d "${TMPDIR:-/tmp}/inv-bench.XXXXXX")
cleanup() { if [[ $keep == true ]]; then echo "bench: work folder kept: $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT

# shellcheck disable=SC2086 # java_opts is a list of flags
run_java() { java $java_opts "$@"; }

javac -d "$work/classes" -cp "$jar" "$root/bench/GenerateImeis.java" "$root/bench/JdbcFloor.java"
file="$work/imeis.csv"
echo "bench: generating $rows IMEIs in random order..." >&2
java -cp "$jar:$work/classes" GenerateImeis "$file" "$rows"

# A fresh inventory with the product and the supplier, made by inv itself (the same schema).
fresh() {
  run_java -jar "$jar" --db "$1" -q product create BENCH --name "Benchmark phone" --tracking serialized \
    --identifier-format imei
  run_java -jar "$jar" --db "$1" -q supplier create ACME
}

# measure NAME COMMAND...: runs it under GNU time; keeps in secs_NAME the fastest wall time so far
# and in rss_NAME the largest peak RSS (MB) so far, and logs every run.
measure() {
  local name=$1
  shift
  /usr/bin/time -v -o "$work/$name.time" "$@" >"$work/$name.out"
  local wall rss secs mb best_var rss_var
  wall=$(sed -n 's/^.*Elapsed (wall clock) time.*: //p' "$work/$name.time")
  rss=$(sed -n 's/^.*Maximum resident set size (kbytes): //p' "$work/$name.time")
  secs=$(awk -v t="$wall" 'BEGIN { n = split(t, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i];
      printf "%.2f", s }')
  mb=$(awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }')
  echo "bench:   $name: $secs s, peak RSS $mb MB" >&2
  best_var="secs_$name"
  rss_var="rss_$name"
  if [[ -z "${!best_var:-}" ]] || awk -v a="$secs" -v b="${!best_var}" 'BEGIN { exit !(a < b) }'; then
    printf -v "$best_var" '%s' "$secs"
  fi
  if [[ -z "${!rss_var:-}" || $mb -gt ${!rss_var} ]]; then
    printf -v "$rss_var" '%s' "$mb"
  fi
}

# units in stock, read through inv: the import must have taken every row
units_of() {
  run_java -jar "$jar" --db "$1" product show BENCH --format json | tr -d ' \n' \
    | sed -n 's/.*"available":\([0-9]*\).*/\1/p'
}

cat >"$work/floor.sql" <<SQL
PRAGMA synchronous = NORMAL;
PRAGMA foreign_keys = ON;
BEGIN;
INSERT INTO receipts (id, number, product_id, supplier_id, at, actor, source)
  SELECT 1, 'RCV-000001', p.id, s.id, '2026-01-01T00:00:00Z', 'bench', 'import'
  FROM products p, suppliers s WHERE p.sku = 'BENCH' AND s.code = 'ACME';
CREATE TABLE staging (identifier TEXT, cost TEXT);
.import --csv --skip 1 $file staging
INSERT INTO serialized_items (product_id, identifier, unique_family, cost, status, supplier_id, receipt_id, received_at)
  SELECT p.id, st.identifier, p.id, CAST(REPLACE(st.cost, '.', '') AS INTEGER), 'available', s.id, 1,
         '2026-01-01T00:00:00Z'
  FROM staging st, products p, suppliers s WHERE p.sku = 'BENCH' AND s.code = 'ACME';
DROP TABLE staging;
COMMIT;
SQL

for ((run = 1; run <= repeat; run++)); do
  echo "bench: run $run of $repeat" >&2
  rm -f "$work"/*.db "$work"/*.db-wal "$work"/*.db-shm

  fresh "$work/import.db"
  measure import java $java_opts -jar "$jar" --db "$work/import.db" -q import units "$file" --sku BENCH --supplier ACME
  imported=$(units_of "$work/import.db")
  if [[ "$imported" != "$rows" ]]; then
    echo "bench: the import took $imported units, expected $rows" >&2
    exit 1
  fi

  fresh "$work/jdbc.db"
  measure jdbc java $java_opts -cp "$jar:$work/classes" JdbcFloor "$work/jdbc.db" "$file" BENCH ACME

  if [[ $have_sqlite3 == true ]]; then
    fresh "$work/sqlite3.db"
    measure sqlite3 sqlite3 "$work/sqlite3.db" ".read $work/floor.sql"
  fi
done

rate() { awk -v n="$rows" -v s="$1" 'BEGIN { printf "%.0f", n / s }'; }
rate_import=$(rate "$secs_import")
rate_jdbc=$(rate "$secs_jdbc")
ratio=$(awk -v a="$rate_import" -v b="$rate_jdbc" 'BEGIN { printf "%.2f", a / b }')

echo
echo "inv import benchmark: $rows rows, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg),"
echo "JVM options '$java_opts', $(java -version 2>&1 | head -1)"
echo "wall time includes JVM start-up; peak RSS is the whole process (GNU time);"
echo "fastest of $repeat interleaved run(s) per method, largest peak RSS"
echo
printf '%-44s %9s %10s %13s\n' "method" "seconds" "rows/s" "peak RSS MB"
printf '%-44s %9s %10s %13s\n' "inv import units (validation, events, receipt)" "$secs_import" "$rate_import" "$rss_import"
printf '%-44s %9s %10s %13s\n' "floor: bare JDBC batch, same schema" "$secs_jdbc" "$rate_jdbc" "$rss_jdbc"
if [[ $have_sqlite3 == true ]]; then
  printf '%-44s %9s %10s %13s\n' "floor: sqlite3 .import + INSERT ... SELECT" "$secs_sqlite3" "$(rate "$secs_sqlite3")" \
    "$rss_sqlite3"
else
  echo "floor: sqlite3 .import: skipped, sqlite3 is not installed (apt-get install sqlite3)"
fi
echo
echo "ratio import / JDBC floor: $ratio (goal >= 1.0): $(awk -v r="$ratio" 'BEGIN { print (r >= 1.0) ? "met" : "NOT met" }')"
echo "peak RSS of the import: $rss_import MB (goal < 150 MB): $( [[ $rss_import -lt 150 ]] && echo met || echo "NOT met")"
