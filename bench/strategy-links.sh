#!/usr/bin/env bash
# Does the links stage find the cause-and-effect the generator built in, and nothing where none was?
#
#   bench/strategy-links.sh          # about 15 minutes on 2 cores
#
# Writes one franchise tenant (chain-001: 24 stores, three years, brewhaus's strategy map) twice
# with the same seed: as built, and with `--without-causation` (every driver wanders on its own).
# Runs ingest, kpis and links on each, and scores the verdicts against the generator's truth
# (generate/CausalModel.java and Store.java), which is written out below per arrow:
#   true lags "1"     the arrow is built in, at that lag in months (several: any of them)
#   "-"               no such effect is built in (a common cause at most)
# An arrow counts as found when its verdict is `supported`; precision = found and true / found,
# recall = found and true / true; a found true arrow's lag is right when it is one of the true lags.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAR="${JAR:-target/scorecard.jar}"
OUT="${OUT:-bench/out/strategy-links}"
[[ -f "$JAR" ]] || mvn -B -q -DskipTests package
rm -rf "$OUT" && mkdir -p "$OUT"

# from, to, true lags as built, true lags without causation
TRUTH="develop_skills serve_fast 1 -
retain_staff serve_fast 1 -
reliable_equipment serve_fast 0 -
serve_fast delight_customers 1 -
delight_customers build_loyalty 0,1,2 -
delight_customers grow_revenue 1,2 -
build_loyalty grow_revenue - -
cut_energy improve_margin 0 0"
# Why: training share and leavers act on next month's on-time rate, downtime on the same day's;
# last month's on-time rate sets this month's satisfaction, which sets this month's complaints and,
# through demand, the next two months' visits and sales. Loyalty does not drive sales in the
# generator: members and sales both follow demand (a common cause). Energy costs are booked into
# COGS, so they lower the margin in the same month by accounting, with or without causation.

for variant in causal without; do
  dir="$OUT/$variant"
  flag=""; [[ $variant == without ]] && flag="--without-causation"
  java -jar "$JAR" generate --tenants 1 --locations 24 --days 1096 --start 2023-11-01 --seed 7 $flag \
    --landing "$dir/landing" --conf "$dir/conf" > "$dir.generate.log" 2>&1
  for stage in ingest kpis links; do
    /usr/bin/time -f "%e %M" -o "$dir.$stage.time" java -jar "$JAR" "$stage" --as-of 2026-11-01 \
      --conf "$dir/conf" --landing "$dir/landing" --warehouse "$dir/warehouse" > "$dir.$stage.log" 2>&1
  done
  java -jar "$JAR" sql --warehouse "$dir/warehouse" --format csv \
    "SELECT from_id, to_id, configured, verdict, lag_periods, round(correlation, 3) AS r, p_value, n,
            cause_kpi_id, effect_kpi_id
     FROM strategy_links ORDER BY configured DESC, from_id, to_id" 2>/dev/null > "$dir.links.csv"
done

score() { # variant, truth column (3 as built, 4 without)
  local csv="$OUT/$1.links.csv" col=$2
  echo "$TRUTH" | awk -v col="$col" -v variant="$1" -F' ' '
    NR == FNR { truth[$1 "," $2] = $col; next }
    FNR == 1 { next }
    { split($0, f, ","); key = f[1] "," f[2]
      if (f[3] != "true") { printf "  suggested: %s -> %s (%s -> %s, lag %s, r %s)\n", f[1], f[2], f[9], f[10], f[5], f[6]; next }
      t = truth[key]; found = f[4] == "supported"; real = t != "-"
      lagok = ""; if (found && real) { lagok = index("," t ",", "," f[5] ",") ? " lag right" : " lag WRONG" }
      printf "  %-20s -> %-18s %-17s lag %-2s r %-6s true lags %-6s%s\n", f[1], f[2], f[4], f[5], f[6], t, lagok
      tp += found && real; fp += found && !real; fn += !found && real; lags += lagok == " lag right" }
    END { printf "%s: precision %d/%d, recall %d/%d, lag right for %d of %d found true arrows\n", variant,
            tp, tp + fp, tp, tp + fn, lags, tp }' <(echo "$TRUTH") "$csv"
}
{
  score causal 3
  score without 4
  for variant in causal without; do
    read -r secs kb < "$OUT/$variant.links.time"
    printf '%s: links stage %.1f s wall (JVM start included), peak %d MB\n' "$variant" "$secs" $((kb / 1024))
  done
} | tee "$OUT/summary.txt"
