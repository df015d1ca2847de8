#!/usr/bin/env bash
# Benchmark: the nightly pipeline against floors measured in the same run. See bench/README.md.
#
#   bench/run-bench.sh            # one tenant of 200 locations, 100 tenants of 2, DuckDB, about 20 minutes
#   SCALE=1 bench/run-bench.sh    # also 1,000 and 2,000 locations (about an hour more)
#
# Every job runs in a fresh JVM with the same heap and flags under /usr/bin/time -v (wall seconds,
# JVM start included, and peak resident memory):
#   bare      Spark's CSV/JSON readers with explicit schemas over every raw file of every source,
#             each aggregated per location and month (dev.scorecard.bench.BareJob aggregate)
#   reader    the same readers, every row read and nothing else (BareJob read): the ingest floor
#   ingest    `scorecard ingest` into an empty warehouse: validation, silver, quarantine, audit
#   full      `scorecard run` into an empty warehouse, as of 2026-11-01
#   duckdb    DuckDB computing the same KPI values from the raw files (DuckDbKpis), then checked
#             value for value against the full run's kpi_values (CompareKpis)
#   nightly   the next night: one new day of exports, `scorecard run` as of 2026-11-02
#   nothing   the same night again: nothing new
#   nothing-cds  the same with the JVM class-data archive that jobs/scorecard-nightly.sh keeps
#   many      100 tenants x 2 locations, same days, `scorecard run` into an empty warehouse
#   scale-N   N locations x 3 years, `scorecard run` (SCALE=1)
#
# Environment: BENCH_XMX (default 4g) heap of every JVM; KEEP_DATA=1 reuses generated data.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
JAR=target/scorecard.jar
OUT=bench/out
XMX="${BENCH_XMX:-4g}"
DAYS=1096
START=2023-11-01
AS_OF=2026-11-01
NEXT=2026-11-02

# shellcheck source=bench/spark-jvm-flags.sh
source bench/spark-jvm-flags.sh
# shellcheck source=bench/classpath.sh
source bench/classpath.sh

log() {
  printf 'run-bench: %s\n' "$*" >&2
}

die() {
  log "$*"
  exit 1
}

require_time() {
  [[ -x /usr/bin/time ]] && return
  [[ $(id -u) == 0 ]] || die "/usr/bin/time is missing; install the 'time' package"
  log "installing GNU time"
  apt-get update -qq && apt-get install -y -qq time >/dev/null
}

build() {
  log "building ${JAR} and the bench mains"
  mvn -q -B -DskipTests package
  bench_classpath
}

# generate NAME TENANTS LOCATIONS DAYS: exports and configs under $OUT/NAME, rows in $OUT/NAME/rows.
generate() {
  local name=$1 tenants=$2 locations=$3 days=$4 dir="$OUT/$1"
  if [[ "${KEEP_DATA:-0}" == 1 && -f "$dir/rows" ]]; then
    return
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  log "generating ${name}: ${tenants} tenant(s) x ${locations} locations x ${days} days"
  java -jar "$JAR" generate --tenants "$tenants" --locations "$locations" --days "$days" --start "$START" --seed 7 \
    --landing "$dir/landing" --conf "$dir/conf" > "$dir/generate.log" 2>&1 || die "generate failed, see $dir/generate.log"
  sed -n 's/^wrote [0-9]* files, \([0-9]*\) rows.*/\1/p' "$dir/generate.log" > "$dir/rows"
}

# The exports of 2026-11-01 for the one-tenant set: generated as a 1097th day, one new file per source.
generate_next_day() {
  local dir="$OUT/one"
  if [[ "${KEEP_DATA:-0}" == 1 && -d "$dir/next-day" ]]; then
    return
  fi
  rm -rf "$dir/next-day" "$OUT/tmp-next"
  java -jar "$JAR" generate --tenants 1 --locations 200 --days $((DAYS + 1)) --start "$START" --seed 7 \
    --landing "$OUT/tmp-next/landing" --conf "$OUT/tmp-next/conf" > "$OUT/tmp-next.log" 2>&1 \
    || die "generate failed, see $OUT/tmp-next.log"
  (cd "$OUT/tmp-next/landing" && find . -name '2026-11.*' | while read -r f; do
    mkdir -p "$ROOT/$dir/next-day/$(dirname "$f")" && mv "$f" "$ROOT/$dir/next-day/$f"; done)
  rm -rf "$OUT/tmp-next" "$OUT/tmp-next.log"
  new_event_ids "$dir/next-day/chain-001"
}

# The generator numbers loyalty events and surveys over its whole span, and a 1097-day span draws
# other events than the 1096-day one: the new day's ids would repeat ids of earlier days, and the
# night would re-deliver (supersede) a few hundred old events. An n prefix makes them new events,
# as a real night brings.
new_event_ids() {
  local day=$1 tmp
  tmp=$(mktemp)
  zcat "$day/loyalty_events/2026-11.csv.gz" | sed '2,$ s/^e/n/' | gzip -n > "$tmp" && mv "$tmp" "$day/loyalty_events/2026-11.csv.gz"
  zcat "$day/surveys/2026-11.jsonl.gz" | sed 's/"survey_id":"s/"survey_id":"n/' | gzip -n > "$tmp" \
    && mv "$tmp" "$day/surveys/2026-11.jsonl.gz"
}

# timed NAME COMMAND...: COMMAND under /usr/bin/time -v; output in $OUT/NAME.{log,time}.
timed() {
  local name=$1
  shift
  log "timing ${name}"
  /usr/bin/time -v -o "$OUT/$name.time" "$@" > "$OUT/$name.log" 2>&1 || {
    tail -n 20 "$OUT/$name.log" >&2
    die "${name} failed, see ${OUT}/${name}.log"
  }
}

# timed_run NAME SET COMMAND [ARGS...]: a scorecard command over data set SET ($OUT/SET), timed.
timed_run() {
  local name=$1 set=$2
  shift 2
  timed "$name" java "-Xmx${XMX}" "${SPARK_JVM_FLAGS[@]}" -jar "$JAR" "$@" --conf "$OUT/$set/conf" \
    --landing "$OUT/$set/landing"
}

# timed_main NAME CLASS [ARGS...]: a bench main, timed.
timed_main() {
  local name=$1
  shift
  timed "$name" java "-Xmx${XMX}" "${SPARK_JVM_FLAGS[@]}" -cp "$BENCH_CLASSPATH" "$@"
}

wall() {
  awk '/Elapsed \(wall clock\)/ { n = split($NF, p, ":"); s = 0
         for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s }' "$OUT/$1.time"
}

rss_mb() {
  awk '/Maximum resident set size/ { printf "%.0f", $NF / 1024 }' "$OUT/$1.time"
}

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'
}

# Seconds per million input rows of job $1 over data set $2.
per_mrow() {
  awk -v s="$(wall "$1")" -v r="$(cat "$OUT/$2/rows")" 'BEGIN { printf "%.1f", s / (r / 1e6) }'
}

row() {
  printf '| %s | %s | %s | %s |\n' "$1" "$(wall "$2")" "$(rss_mb "$2")" "$3"
}

report() {
  local one_rows many_rows
  one_rows=$(cat "$OUT/one/rows")
  many_rows=$(cat "$OUT/many/rows")
  echo "# scorecard benchmark, $(date '+%F %T %Z'), commit $(git rev-parse --short HEAD 2>/dev/null || echo none)"
  echo "# $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -n 1), -Xmx${XMX}"
  echo "# one tenant: 200 locations x ${DAYS} days, ${one_rows} rows; many: 100 tenants x 2 locations, ${many_rows} rows"
  echo
  echo "| job | wall s | peak RSS MB | ratio |"
  echo "| --- | --- | --- | --- |"
  row "bare: Spark readers, aggregate per location and month" bare "1 (floor)"
  row "reader: Spark readers, read only" reader "1 (ingest floor)"
  row "ingest: \`scorecard ingest\`, empty warehouse" ingest \
    "ingest rows/s = $(ratio "$(wall reader)" "$(wall ingest)") x reader"
  row "full: \`scorecard run\`, empty warehouse" full "$(ratio "$(wall full)" "$(wall bare)") x bare"
  row "duckdb: same KPI values from the raw files" duckdb "full = $(ratio "$(wall full)" "$(wall duckdb)") x duckdb"
  row "nightly: one new day" nightly "$(ratio "$(wall nightly)" "$(wall full)") x full; $(ratio "$(wall nightly)" "$(wall duckdb)") x duckdb"
  row "nothing new" nothing "$(ratio "$(wall nothing)" "$(wall full)") x full"
  row "nothing new, with the nightly script's class-data archive" nothing-cds \
    "$(ratio "$(wall nothing-cds)" "$(wall full)") x full"
  row "many: 100 tenants x 2 locations" many "$(ratio "$(wall many)" "$(wall full)") x full"
  if [[ "${SCALE:-0}" == 1 ]]; then
    for n in 1000 2000; do
      row "scale: ${n} locations, $(cat "$OUT/scale-$n/rows") rows" "scale-$n" \
        "$(per_mrow "scale-$n" "scale-$n") s per M rows = $(ratio "$(per_mrow "scale-$n" "scale-$n")" "$(per_mrow full one)") x full's"
    done
  fi
  echo
  echo "full: $(per_mrow full one) s per million rows. DuckDB check: $(grep -h 'compare-kpis' "$OUT/compare.log")"
  echo
  echo "Stage times (s), full then nightly:"
  grep -h ": done in" "$OUT/full.log" "$OUT/nightly.log" | sed 's/.*Pipeline: /  /'
}

require_time
build
generate one 1 200 "$DAYS"
generate_next_day
generate many 100 2 "$DAYS"
find "$OUT/one/landing" -name '2026-11.*' -delete # from an earlier nightly, with KEEP_DATA=1

timed_main bare dev.scorecard.bench.BareJob aggregate "$OUT/one/conf" "$OUT/one/landing"
timed_main reader dev.scorecard.bench.BareJob read "$OUT/one/conf" "$OUT/one/landing"
rm -rf "$OUT/one/warehouse-ingest"
timed_run ingest one ingest --warehouse "$OUT/one/warehouse-ingest" --as-of "$AS_OF"
rm -rf "$OUT/one/warehouse"
timed_run full one run --no-summary --warehouse "$OUT/one/warehouse" --as-of "$AS_OF"
timed_main duckdb dev.scorecard.bench.DuckDbKpis "$OUT/one/conf" "$OUT/one/landing" chain-001 "$AS_OF" \
  "$OUT/duckdb-kpis.csv"
java "${SPARK_JVM_FLAGS[@]}" -cp "$BENCH_CLASSPATH" dev.scorecard.bench.CompareKpis "$OUT/duckdb-kpis.csv" \
  "$OUT/one/warehouse" chain-001 > "$OUT/compare.log" 2>&1 || die "DuckDB and the pipeline disagree, see $OUT/compare.log"
cp -r "$OUT/one/next-day/." "$OUT/one/landing/"
timed_run nightly one run --no-summary --warehouse "$OUT/one/warehouse" --as-of "$NEXT"
timed_run nothing one run --no-summary --warehouse "$OUT/one/warehouse" --as-of "$NEXT"
# The same with the class-data archive jobs/scorecard-nightly.sh keeps (written by an untimed run).
rm -f "$OUT/scorecard.jsa"
java "-Xmx${XMX}" "${SPARK_JVM_FLAGS[@]}" "-XX:ArchiveClassesAtExit=$OUT/scorecard.jsa" "-Xlog:cds*=off" -jar "$JAR" run --no-summary \
  --conf "$OUT/one/conf" --landing "$OUT/one/landing" --warehouse "$OUT/one/warehouse" --as-of "$NEXT" \
  > "$OUT/archive.log" 2>&1 || die "writing the class-data archive failed, see $OUT/archive.log"
timed nothing-cds java "-Xmx${XMX}" "${SPARK_JVM_FLAGS[@]}" "-XX:SharedArchiveFile=$OUT/scorecard.jsa" "-Xlog:cds*=off" -jar "$JAR" \
  run --no-summary --conf "$OUT/one/conf" --landing "$OUT/one/landing" --warehouse "$OUT/one/warehouse" --as-of "$NEXT"
rm -rf "$OUT/many/warehouse"
timed_run many many run --no-summary --warehouse "$OUT/many/warehouse" --as-of "$AS_OF"
if [[ "${SCALE:-0}" == 1 ]]; then
  for n in 1000 2000; do
    generate "scale-$n" 1 "$n" "$DAYS"
    rm -rf "$OUT/scale-$n/warehouse"
    timed_run "scale-$n" "scale-$n" run --no-summary --warehouse "$OUT/scale-$n/warehouse" --as-of "$AS_OF"
    rm -rf "$OUT/scale-$n/warehouse"
  done
fi

report | tee "$OUT/results.md"
