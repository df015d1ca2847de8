#!/usr/bin/env bash
# Benchmark: the nightly pipeline against a bare Spark job over the same raw data.
#
#   bench/run-bench.sh            # from anywhere; works in the repository root
#
# Generates 1 tenant x 200 locations x 1096 days of synthetic exports, then times
#   bare      dev.scorecard.bench.BareMonthlySum: read pos_daily, sum net sales per location
#             and month; the floor any pipeline over these files pays
#   pipeline  scorecard run: ingest, KPIs and scores for every grain and level, Delta writes
#   nightly   the next night on the same warehouse: one new day of exports (2026-11-01, one
#             new file per source) arrives and `scorecard run` ingests only it and recomputes
#             only the periods it touches (issue #3 aims at under 20% of the full run)
# each in a fresh JVM under /usr/bin/time -v (wall time, peak resident memory), and writes
# a table to bench/out/results.txt. See bench/README.md.
#
# Environment: BENCH_XMX (default 3g) heap of both JVMs; KEEP_DATA=1 reuses the generated
# data in bench/out instead of generating it again.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

JAR=target/scorecard.jar
OUT=bench/out
XMX="${BENCH_XMX:-3g}"

# shellcheck source=bench/spark-jvm-flags.sh
source bench/spark-jvm-flags.sh

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

build_jar() {
  [[ -f "$JAR" ]] && return
  log "building ${JAR}"
  mvn -q -B -DskipTests package
}

generate_data() {
  if [[ "${KEEP_DATA:-0}" == 1 && -d "$OUT/landing" ]]; then
    log "reusing ${OUT}/landing (KEEP_DATA=1)"
    return
  fi
  rm -rf "$OUT/landing" "$OUT/conf"
  mkdir -p "$OUT"
  log "generating 1 tenant x 200 locations x 1096 days"
  java -jar "$JAR" generate --tenants 1 --locations 200 --days 1096 --start 2023-11-01 --seed 7 \
    --landing "$OUT/landing" --conf "$OUT/conf" > "$OUT/generate.log" 2>&1 \
    || die "generate failed, see ${OUT}/generate.log"
}

# The exports of 2026-11-01 alone: generated as a 1097th day, one new file per source.
generate_next_day() {
  if [[ "${KEEP_DATA:-0}" == 1 && -d "$OUT/next-day" ]]; then
    return
  fi
  rm -rf "$OUT/landing-1097" "$OUT/conf-1097" "$OUT/next-day"
  log "generating the next day (2026-11-01)"
  java -jar "$JAR" generate --tenants 1 --locations 200 --days 1097 --start 2023-11-01 --seed 7 \
    --landing "$OUT/landing-1097" --conf "$OUT/conf-1097" > "$OUT/generate-next.log" 2>&1 \
    || die "generate failed, see ${OUT}/generate-next.log"
  (cd "$OUT/landing-1097" && find . -name '2026-11.*' | while read -r f; do
    mkdir -p "../next-day/$(dirname "$f")" && mv "$f" "../next-day/$f"; done)
  rm -rf "$OUT/landing-1097" "$OUT/conf-1097"
}

# timed NAME COMMAND...: runs COMMAND under /usr/bin/time -v, output in $OUT/NAME.{log,time}.
timed() {
  local name=$1
  shift
  log "timing ${name}"
  /usr/bin/time -v -o "$OUT/$name.time" "$@" > "$OUT/$name.log" 2>&1 || {
    tail -n 20 "$OUT/$name.log" >&2
    die "${name} failed, see ${OUT}/${name}.log"
  }
}

# Wall time in seconds from "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.35".
wall_seconds() {
  awk '/Elapsed \(wall clock\)/ { n = split($NF, p, ":"); s = 0
         for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s }' "$OUT/$1.time"
}

# Peak RSS in MB from "Maximum resident set size (kbytes): 123456".
peak_rss_mb() {
  awk '/Maximum resident set size/ { printf "%.0f", $NF / 1024 }' "$OUT/$1.time"
}

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "n/a" }'
}

report() {
  local bare_s bare_mb pipe_s pipe_mb
  bare_s=$(wall_seconds bare)
  bare_mb=$(peak_rss_mb bare)
  pipe_s=$(wall_seconds pipeline)
  pipe_mb=$(peak_rss_mb pipeline)
  echo "# scorecard benchmark, $(date '+%F %T %Z')"
  echo "# commit $(git rev-parse --short HEAD 2>/dev/null || echo none), $(nproc) cores," \
    "$(java -version 2>&1 | head -n 1), -Xmx${XMX}"
  echo "# data: 1 tenant x 200 locations x 1096 days," \
    "$(find "$OUT/landing" -type f | wc -l) files, $(du -sh "$OUT/landing" | cut -f1)"
  printf '%-10s %10s %12s\n' job wall_s peak_rss_mb
  printf '%-10s %10s %12s\n' bare "$bare_s" "$bare_mb"
  printf '%-10s %10s %12s\n' pipeline "$pipe_s" "$pipe_mb"
  printf '%-10s %10s %12s\n' ratio "$(ratio "$pipe_s" "$bare_s")" "$(ratio "$pipe_mb" "$bare_mb")"
  printf '%-10s %10s %12s\n' nightly "$(wall_seconds nightly)" "$(peak_rss_mb nightly)"
  printf '%-10s %10s %12s\n' "nightly/pipeline" "$(ratio "$(wall_seconds nightly)" "$pipe_s")" ""
  echo "# stage times (s), pipeline then nightly:"
  grep -h "done in" "$OUT/pipeline.log" "$OUT/nightly.log" | sed 's/.*TenantStages: /#   /'
}

require_time
build_jar
generate_data
generate_next_day
find "$OUT/landing" -name '2026-11.*' -delete  # from an earlier nightly, with KEEP_DATA=1

timed bare java "-Xmx${XMX}" "${SPARK_JVM_FLAGS[@]}" -cp "$JAR" \
  dev.scorecard.bench.BareMonthlySum "$OUT/landing"

# A fresh warehouse each time: ingest skips files it has seen, so a rerun would measure less.
rm -rf "$OUT/warehouse"
timed pipeline java "-Xmx${XMX}" "${SPARK_JVM_FLAGS[@]}" -jar "$JAR" run \
  --conf "$OUT/conf" --landing "$OUT/landing" --warehouse "$OUT/warehouse" --as-of 2026-11-01

cp -r "$OUT/next-day/." "$OUT/landing/"
timed nightly java "-Xmx${XMX}" "${SPARK_JVM_FLAGS[@]}" -jar "$JAR" run \
  --conf "$OUT/conf" --landing "$OUT/landing" --warehouse "$OUT/warehouse" --as-of 2026-11-02

report | tee "$OUT/results.txt"
