#!/usr/bin/env bash
# Forecast accuracy bench (issue #4): our engine against R's forecast::ets() and statsmodels
# Holt-Winters on real seasonal series.
#
#   bench/forecast/accuracy.sh        # from anywhere; one command, no arguments
#
# Measures the point-forecast accuracy of a one-year holdout. The panel is 21 monthly and
# quarterly series shipped with R (packages datasets and forecast, no missing values; listed
# in panel.R). Each series loses its last 12 months or 4 quarters; from the rest,
#   engine       dev.scorecard.bench.ForecastAccuracy: ModelSelection.forecast(y, m, m)
#   ets          forecast::ets(), fully automatic (ets.R)
#   statsmodels  ExponentialSmoothing, additive trend, additive or multiplicative season by
#                AICc (holt_winters.py)
# forecast that year, and score.py gives sMAPE and MASE per series and the means per method.
#
# Then the coverage of the 80% and 95% prediction intervals of the engine and of ets (statsmodels
# gives none here): on that holdout, and on rolling origins, where each series is forecast a year
# ahead from the start of each of its last ORIGINS (4) years (fewer when fewer than max(3m, 2m + 2)
# points would precede an origin), fitted on all points before it; the Java main and ets.R both
# take --origins and apply the same rule, and score.py checks that their origins agree.
# Every method is deterministic, so a rerun gives the same tables.
#
# Installs r-base-core, r-cran-forecast and python3-statsmodels with apt when missing (needs
# root), compiles the bench mains (bench/classpath.sh). Writes bench/forecast/out/ (git-ignored):
# panel.csv, fc_*.csv (holdout), fc_*_rolling.csv (rolling origins) and accuracy.md.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
# shellcheck source=bench/forecast/common.sh
source ./common.sh

# Rolling origins per series for the interval coverage.
ORIGINS=4

require_r_and_statsmodels
bench_classpath
mkdir -p "$OUT"

log "exporting the panel from R"
Rscript panel.R "$OUT/panel.csv"
log "panel: $(tail -n +2 "$OUT/panel.csv" | cut -d, -f1 | sort -u | wc -l) series"

log "forecasting with the engine"
java -Xmx1g -cp "$BENCH_CLASSPATH" dev.scorecard.bench.ForecastAccuracy "$OUT/panel.csv" "$OUT/fc_engine.csv"
java -Xmx1g -cp "$BENCH_CLASSPATH" dev.scorecard.bench.ForecastAccuracy --origins "$ORIGINS" \
  "$OUT/panel.csv" "$OUT/fc_engine_rolling.csv"
log "forecasting with forecast::ets"
Rscript ets.R "$OUT/panel.csv" "$OUT/fc_ets.csv"
Rscript ets.R --origins "$ORIGINS" "$OUT/panel.csv" "$OUT/fc_ets_rolling.csv"
log "forecasting with statsmodels"
"$PYTHON" sm_accuracy.py "$OUT/panel.csv" "$OUT/fc_statsmodels.csv"

log "scoring"
{
  echo "# Forecast accuracy, one-year holdout, $(date '+%F')"
  echo
  echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo none);" \
    "R $(Rscript -e 'cat(format(getRversion()))') with forecast" \
    "$(Rscript -e 'cat(format(packageVersion("forecast")))');" \
    "statsmodels $("$PYTHON" -c 'import statsmodels; print(statsmodels.__version__)')."
  echo "Lowest value per series in bold. sMAPE in percent; MASE against the in-sample seasonal naive MAE."
  echo
  "$PYTHON" score.py "$OUT/panel.csv" \
    engine="$OUT/fc_engine.csv" ets="$OUT/fc_ets.csv" statsmodels="$OUT/fc_statsmodels.csv"
  echo
  echo "## Prediction interval coverage"
  echo
  echo "Percent of the forecast points whose actual lies inside the 80% or 95% interval (bounds"
  echo "inclusive), pooled over series and horizons; width = mean (upper - lower) / |actual| of the"
  echo "95% interval, in percent. statsmodels gives no intervals here."
  echo
  echo "One-year holdout (the forecasts scored above):"
  echo
  "$PYTHON" score.py --coverage "$OUT/panel.csv" engine="$OUT/fc_engine.csv" ets="$OUT/fc_ets.csv"
  echo
  echo "Rolling origins: a year ahead from the start of each of the last $ORIGINS years of every series"
  echo "(fewer when fewer than max(3m, 2m + 2) points precede it), fitted on all points before it:"
  echo
  "$PYTHON" score.py --coverage --per-series "$OUT/panel.csv" \
    engine="$OUT/fc_engine_rolling.csv" ets="$OUT/fc_ets_rolling.csv"
} > "$OUT/accuracy.md.tmp"
mv "$OUT/accuracy.md.tmp" "$OUT/accuracy.md"
cat "$OUT/accuracy.md"
