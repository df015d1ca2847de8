#!/usr/bin/env bash
# The engine on a real Spark cluster on this machine (issue 13): a standalone master and two
# workers on loopback, started from Spark's own classes; the thin jar submitted with
# spark-submit (SparkSubmit); the whole pipeline over the shipped sample with executors in JVMs
# of their own; then every curated table compared with a local-mode run of the same jar.
#
# "The cluster's Spark" is what a Spark distribution with Delta installed holds in jars/:
# Spark, Spark Connect and Delta with their dependencies, resolved on their own
# (.ci/spark-dist/pom.xml) and copied by Maven into target/cluster/spark/jars. The thin jar
# brings only the engine and its own libraries.
#
# Usage: .ci/cluster-run.sh   (about 15 minutes on 2 cores; .ci/run runs it after the tests)
# Output: target/cluster/ (logs of master, workers, both runs and the comparison).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="$PWD/target/cluster"
AS_OF="2026-10-15"
rm -rf "$OUT"
mkdir -p "$OUT"

log() { printf '%s cluster-run: %s\n' "$(date '+%T')" "$*"; }

# The JVM flags Spark 4 needs on Java 17, as the pom gives them to the tests.
read -r -a OPENS <<< "$(sed -n 's:.*<spark.jvm.opens>\(.*\)</spark.jvm.opens>.*:\1:p' pom.xml)"

log "building the thin jar and the cluster's jars"
mvn -B -q -DskipTests -Pthin package
version() { grep -m1 -o "<$1>[^<]*" pom.xml | cut -d'>' -f2; }
mvn -B -q -f .ci/spark-dist/pom.xml dependency:copy-dependencies -Dspark.version="$(version spark.version)" \
  -Ddelta.version="$(version delta.version)" -DincludeScope=runtime -DoutputDirectory="$OUT/spark/jars"
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/test.classpath"
export SPARK_HOME="$OUT/spark"
# What a distribution's bin/load-spark-env.sh sets; the workers' launcher needs it to build the
# executors' command line from $SPARK_HOME/jars.
export SPARK_SCALA_VERSION="2.13"
SPARK_CP="$SPARK_HOME/jars/*"
THIN="$PWD/target/scorecard-thin.jar"
ls -l "$THIN"

PIDS=()
stop_all() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all EXIT

wait_for() { # file, text, seconds
  for _ in $(seq 1 "$3"); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    sleep 1
  done
  echo "timed out waiting for '$2' in $1:" >&2
  tail -20 "$1" >&2
  return 1
}

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
MASTER="spark://127.0.0.1:${PORT}"
log "starting the master at ${MASTER} and two workers (1 core, 2 GB each)"
java "${OPENS[@]}" -Xmx512m -cp "$SPARK_CP" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$PORT" --webui-port 0 > "$OUT/master.log" 2>&1 &
PIDS+=($!)
wait_for "$OUT/master.log" "I have been elected leader" 120
for w in 1 2; do
  java "${OPENS[@]}" -Xmx512m -cp "$SPARK_CP" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --cores 1 --memory 2g --webui-port 0 --work-dir "$OUT/work-$w" "$MASTER" \
    > "$OUT/worker-$w.log" 2>&1 &
  PIDS+=($!)
done
wait_for "$OUT/worker-1.log" "Successfully registered with master" 120
wait_for "$OUT/worker-2.log" "Successfully registered with master" 120

# Paths are absolute: executors run in the workers' folders.
submit() { # master, warehouse, log
  local start=$SECONDS
  if ! java "${OPENS[@]}" -Xmx2g -cp "$SPARK_CP" org.apache.spark.deploy.SparkSubmit \
      --master "$1" --deploy-mode client --class dev.scorecard.cli.Main \
      --conf spark.executor.memory=1500m --conf spark.executor.cores=1 \
      "$THIN" run --as-of "$AS_OF" --conf "$PWD/conf" --landing "$PWD/sample-data/landing" --warehouse "$2" \
      > "$3" 2>&1; then
    echo "the run on $1 failed; its last lines:" >&2
    tail -40 "$3" >&2
    exit 1
  fi
  log "exit 0 after $(( SECONDS - start )) s; stages: $(grep -oE '^  [a-z]+ +[0-9.]+ s' "$3" | tr -s ' ' | tr '\n' ';')"
}

log "the sample on the cluster"
submit "$MASTER" "$OUT/warehouse-cluster" "$OUT/run-cluster.log"
executors=$(find "$OUT"/work-* -name stderr -path '*app-*' | wc -l)
log "executors launched by the workers: ${executors}"
if (( executors < 2 )); then
  echo "expected an executor on each worker, found ${executors}" >&2
  exit 1
fi

log "the sample in local mode"
submit "local[2]" "$OUT/warehouse-local" "$OUT/run-local.log"

log "comparing every curated table"
java "${OPENS[@]}" -Xmx2g -cp "$PWD/target/test-classes:$PWD/target/classes:$(cat "$OUT/test.classpath")" \
  dev.scorecard.testing.SameWarehouses "$OUT/warehouse-local" "$OUT/warehouse-cluster" 2>"$OUT/compare.err" \
  | tee "$OUT/compare.log"
log "cluster run equals local run"
