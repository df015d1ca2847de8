#!/usr/bin/env bash
# Forecast speed bench (issue #4): series a second through the forecast stage in Spark, and
# the cost of one series' fit in plain Java against statsmodels.
#
#   bench/forecast/speed.sh                      # from anywhere; one command
#   SPEED_LOCATIONS=350 bench/forecast/speed.sh  # a smaller run (KPIs: SPEED_KPIS, sample: SPEED_SAMPLE)
#   SPEED_TIMEOUT=600 bench/forecast/speed.sh    # give up on the JVM after 600 s (default 2700)
#
# Fixed (2026-11-27): series 7477 (loc-00373, kpi_17) once made HoltWinters.fit spin inside
# Commons Math BOBYQA; the engine now fits with Nelder-Mead, whose evaluation cap always ends a
# fit, and the full size completes. The timeout stays as a guard.
#
# Measures, in one JVM (-Xmx3g, Spark local[2], the engine's own session settings):
#   stage      ForecastStage.forecast over 1,000 locations x 20 KPIs = 20,000 synthetic monthly
#              series of 36 complete points (level + trend + season + noise, seeded), until
#              every output column is computed (noop write); run twice, the second warm; then
#              once more with adaptive partition coalescing off
#   plain      ModelSelection.forecast(y, 12, 3) in one thread over a sample of 500 of the same
#              series (evenly spaced ids), two timed passes after the stage (JIT-warm both)
# and, in /usr/bin/python3 with one BLAS thread, statsmodels ExponentialSmoothing fit + forecast
# of 3 months over the same 500 series (sm_speed.py). Wall and CPU time for each: CPU time is
# the steadier figure when other work shares the machine, so the load average is recorded too.
#
# Installs r-base-core, r-cran-forecast and python3-statsmodels with apt when missing, compiles
# the bench mains (bench/classpath.sh). Writes bench/forecast/out/ (git-ignored): speed_java.txt,
# speed_statsmodels.txt, speed_sample.csv, speed.md.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
# shellcheck source=bench/forecast/common.sh
source ./common.sh

LOCATIONS="${SPEED_LOCATIONS:-1000}"
KPIS="${SPEED_KPIS:-20}"
SAMPLE="${SPEED_SAMPLE:-500}"
HORIZON=3 # the stage's monthly horizon; ForecastSpeed uses the same

require_r_and_statsmodels
bench_classpath
mkdir -p "$OUT"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

log "forecast stage: ${LOCATIONS} locations x ${KPIS} KPIs, then the plain loop over ${SAMPLE} series"
status=0
timeout "${SPEED_TIMEOUT:-2700}" java -Xmx3g "${SPARK_JVM_FLAGS[@]}" -cp "$BENCH_CLASSPATH" dev.scorecard.bench.ForecastSpeed \
  "$OUT" "$LOCATIONS" "$KPIS" "$SAMPLE" 'local[2]' > "$OUT/speed_java.txt" 2> "$OUT/speed_java.log" || status=$?
if [[ $status == 124 ]]; then
  cat "$OUT/speed_java.txt" >&2
  die "ForecastSpeed did not finish in ${SPEED_TIMEOUT:-2700} s (a fit that never ends? see bench/README.md)"
elif [[ $status != 0 ]]; then
  tail -n 20 "$OUT/speed_java.log" >&2
  die "ForecastSpeed failed, see ${OUT}/speed_java.log"
fi
log "statsmodels over the same ${SAMPLE} series"
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 "$PYTHON" sm_speed.py "$OUT/speed_sample.csv" "$HORIZON" \
  > "$OUT/speed_statsmodels.txt"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# value KEY: the figure ForecastSpeed or sm_speed.py printed as "KEY value".
value() {
  awk -v k="$1" '$1 == k { $1 = ""; sub(/^ /, ""); print }' "$OUT/speed_java.txt" "$OUT/speed_statsmodels.txt"
}

{
  echo "# Forecast speed, $(date '+%F %T %Z')"
  echo
  echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo none); $(nproc) cores;" \
    "$(java -version 2>&1 | head -n 1); statsmodels" \
    "$("$PYTHON" -c 'import statsmodels; print(statsmodels.__version__)'); load average" \
    "before ${load_before}, after ${load_after}."
  echo
  echo "Stage: $(value series) series x $(value points_per_series) months on $(value master)," \
    "$(value kpi_value_rows) kpi_values rows, -Xmx3g."
  echo
  echo "| run | wall s | series / s | CPU s (whole JVM) |"
  echo "| --- | --- | --- | --- |"
  for run in stage_run1 stage_run2 stage_kept_fits stage_uncoalesced; do
    echo "| ${run} | $(value "${run}_seconds") | $(value "${run}_series_per_second") | $(value "${run}_cpu_seconds") |"
  done
  echo
  echo "Per series, $(value sample_series) of the same series, fit + forecast of ${HORIZON} months, one thread:"
  echo
  echo "| what | wall ms / series | CPU ms / series |"
  echo "| --- | --- | --- |"
  echo "| engine ModelSelection.forecast, first pass | $(value plain_pass1_ms_per_series) | $(value plain_pass1_cpu_ms_per_series) |"
  echo "| engine ModelSelection.forecast, second pass | $(value plain_pass2_ms_per_series) | $(value plain_pass2_cpu_ms_per_series) |"
  echo "| statsmodels, accuracy rule (add + mul season, AICc) | $(value sm_rule_ms_per_series) | $(value sm_rule_cpu_ms_per_series) |"
  echo "| statsmodels, one additive fit | $(value sm_additive_ms_per_series) | $(value sm_additive_cpu_ms_per_series) |"
  echo "| stage warm run: 2 cores x wall / series | $(awk -v s="$(value stage_run2_seconds)" -v n="$(value series)" 'BEGIN { printf "%.3f", 2000 * s / n }') | $(awk -v s="$(value stage_run2_cpu_seconds)" -v n="$(value series)" 'BEGIN { printf "%.3f", 1000 * s / n }') |"
  echo
  echo "Engine models chosen in the sample: $(value plain_models)."
} > "$OUT/speed.md"
cat "$OUT/speed.md"
