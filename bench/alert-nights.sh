#!/usr/bin/env bash
# The sample's alerts night by night: how many of each kind open and resolve over the sample's
# last 90 days (2026-08-03 to 2026-10-31), where the generator built in trouble (muc-02's survey
# scores collapse from 2026-08-10, region north's sales drift down from 2026-08-01, energy_waste
# stops after 2026-09-20). See docs/alerts.md, "On the sample".
#
#   bench/alert-nights.sh                 # about 40 minutes on 2 cores
#
# A baseline night (2026-07-31) opens what is already wrong; then `scorecard run` runs as a
# scheduler would on the first two nights of each month (when a month completes: the nights that
# can open status, transition and anomaly alerts), mid-month and on the last night. The counts of
# a night count what opened or resolved since the night before it in the list. Each night's wall seconds and peak memory go to bench/out/alert-nights/; the counts
# come from the alerts table's own history (opened_on, resolved_on).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAR="${JAR:-target/scorecard.jar}"
OUT="${OUT:-bench/out/alert-nights}"
WH="$OUT/warehouse"
[[ -f "$JAR" ]] || mvn -B -q -DskipTests package
rm -rf "$OUT" && mkdir -p "$OUT"

NIGHTS=(2026-07-31 2026-08-01 2026-08-02 2026-08-15 2026-09-01 2026-09-02 2026-09-15 2026-10-01 2026-10-02
  2026-10-15 2026-10-31)
for night in "${NIGHTS[@]}"; do
  /usr/bin/time -f "%e %M" -o "$OUT/time-$night" \
    java -jar "$JAR" run --as-of "$night" --warehouse "$WH" --no-summary > "$OUT/night-$night.log" 2>&1
  read -r secs kb < "$OUT/time-$night"
  printf '%s  %7.1f s  %5d MB  %s\n' "$night" "$secs" $((kb / 1024)) \
    "$(grep -o 'brewhaus: [0-9]* alert(s) opened, [0-9]* still open, [0-9]* resolved' "$OUT/night-$night.log")" \
    | tee -a "$OUT/nights.txt"
done

java -jar "$JAR" sql --warehouse "$WH" --format csv "
  SELECT night, tenant_id, kind,
         sum(CASE WHEN what = 'opened' THEN 1 ELSE 0 END) AS opened,
         sum(CASE WHEN what = 'resolved' THEN 1 ELSE 0 END) AS resolved
  FROM (SELECT opened_on AS night, tenant_id, kind, 'opened' AS what FROM alerts
        UNION ALL
        SELECT resolved_on, tenant_id, kind, 'resolved' FROM alerts WHERE resolved_on IS NOT NULL)
  GROUP BY night, tenant_id, kind ORDER BY night, tenant_id, kind" 2>/dev/null | tee "$OUT/counts.csv"
