#!/usr/bin/env bash
# Where one command's wall time goes: `scorecard <args>` in one JVM with the Spark jobs listed by
# description and the driver thread sampled every 20 ms by engine line (dev.scorecard.bench.RunProfile).
#
#   bench/profile-run.sh run --conf conf --landing landing --warehouse /tmp/wh --as-of 2026-11-02
#   PROFILE_DEPTH=4 bench/profile-run.sh run ...    # four engine frames a sample instead of three
#
# The run writes where its arguments say, as `scorecard` would: profile a copy of a warehouse to
# time the same night again. Environment: BENCH_XMX (default 4g).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
# shellcheck source=bench/spark-jvm-flags.sh
source bench/spark-jvm-flags.sh
# shellcheck source=bench/classpath.sh
source bench/classpath.sh
mvn -q -B -o -DskipTests test-compile 2>/dev/null || mvn -q -B -DskipTests test-compile
bench_classpath
exec java "${SPARK_JVM_FLAGS[@]}" -Xmx"${BENCH_XMX:-4g}" -Dprofile.depth="${PROFILE_DEPTH:-3}" \
  -cp "$BENCH_CLASSPATH" dev.scorecard.bench.RunProfile "$@"
