#!/usr/bin/env bash
# Renders the brewhaus report of a warehouse and screenshots two pages for the docs:
#   docs/screenshots.sh WAREHOUSE OUTDIR
# writes the pages into OUTDIR and docs/report-org.png, docs/report-location.png (the location page
# of $LOCATION, default muc-02). Needs target/scorecard.jar (mvn -B -q -DskipTests package) and
# chromium. TENANT, CONF, PERIOD (YYYY-MM-01), LOCATION, WIDTH, HEIGHT (the org page's) and
# LOCATION_HEIGHT (tall enough to show the location's trends and alerts) can be set in the environment.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: docs/screenshots.sh WAREHOUSE OUTDIR" >&2; exit 2; }
warehouse=$1 out=$2
tenant=${TENANT:-brewhaus} location=${LOCATION:-muc-02} width=${WIDTH:-1280}
[ -f target/scorecard.jar ] || { echo "target/scorecard.jar missing: run mvn -B -q -DskipTests package first" >&2; exit 2; }
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome) \
  || { echo "chromium missing: apt-get install -y chromium" >&2; exit 2; }
java -jar target/scorecard.jar report --tenant "$tenant" --conf "${CONF:-conf}" --warehouse "$warehouse" --out "$out" \
  ${PERIOD:+--period "$PERIOD"} 2> >(grep -v -e ' INFO ' -e ' WARN ' >&2)
page=$out/location-$location.html
[ -f "$page" ] || page=$(ls "$out"/location-*.html | head -n 1)
shot() {
  "$browser" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --virtual-time-budget=10000 \
    --window-size="$width,$3" --screenshot="$PWD/$2" "file://$(realpath "$1")" 2>/dev/null
  echo "$2: $(du -k "$2" | cut -f1) KB"
}
shot "$out/index.html" docs/report-org.png "${HEIGHT:-1800}"
shot "$page" docs/report-location.png "${LOCATION_HEIGHT:-4300}"
