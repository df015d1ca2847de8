#!/usr/bin/env bash
# Nightly Balanced Scorecard pipeline for cron: ingest -> kpis -> score -> forecast -> links -> alerts, one JVM per stage.
#
# Exit codes are the jar's (CONTRACT.md), passed through from the stage that stopped the run:
#   0  every stage succeeded
#   1  anything else: the stage is retried up to RETRIES times, RETRY_SLEEP seconds apart
#   2  bad config or arguments: stop at once, running again cannot help
#   3  input data rejected over the tenant's tolerance: stop at once, fix the export first
# Any other non-zero code (the JVM killed by a signal, e.g. 137 after the OOM killer) is
# treated like 1.
#
# Environment (default):
#   JAR          target/scorecard.jar
#   CONF         conf
#   LANDING      sample-data/landing
#   WAREHOUSE    warehouse
#   AS_OF        today, YYYY-MM-DD
#   JAVA_OPTS    extra JVM options, split on spaces (e.g. "-Xmx8g")
#   CLASS_ARCHIVE  the JVM's class-data archive of the jar (default: the jar's path with .jsa);
#                the first stage after a new jar writes it at exit, later ones map it and start
#                5-6 s sooner (a night with nothing new: 15 s instead of 20). Empty: no archive.
#   RETRIES      3
#   RETRY_SLEEP  60 (seconds)
#
# crontab example (02:00 every night, from the install directory, log appended):
#   0 2 * * * cd /opt/scorecard && JAR=/opt/scorecard/scorecard.jar jobs/scorecard-nightly.sh >> /var/log/scorecard/nightly.log 2>&1
set -euo pipefail

JAR="${JAR:-target/scorecard.jar}"
CONF="${CONF:-conf}"
LANDING="${LANDING:-sample-data/landing}"
WAREHOUSE="${WAREHOUSE:-warehouse}"
AS_OF="${AS_OF:-$(date +%F)}"
RETRIES="${RETRIES:-3}"
RETRY_SLEEP="${RETRY_SLEEP:-60}"
read -r -a JAVA_ARGS <<< "${JAVA_OPTS:-}"
CLASS_ARCHIVE="${CLASS_ARCHIVE-${JAR%.jar}.jsa}"

STAGES=(ingest kpis score forecast links alerts)

log() {
  printf '%s scorecard-nightly: %s\n' "$(date '+%F %T')" "$*" >&2
}

# The JVM option for the class-data archive (AppCDS): use it when it is newer than the jar,
# else write it when this JVM exits. Nothing when CLASS_ARCHIVE is empty.
class_archive() {
  [[ -n "$CLASS_ARCHIVE" ]] || return 0
  if [[ -f "$CLASS_ARCHIVE" && "$CLASS_ARCHIVE" -nt "$JAR" ]]; then
    printf '%s' "-XX:SharedArchiveFile=${CLASS_ARCHIVE}"
  else
    rm -f "$CLASS_ARCHIVE"
    printf '%s' "-XX:ArchiveClassesAtExit=${CLASS_ARCHIVE}"
  fi
}

# Runs one stage, retrying failures that a retry can fix; returns the stage's last exit code.
run_stage() {
  local stage=$1
  local attempt=1
  local code cds
  while true; do
    log "${stage}: attempt ${attempt} (as of ${AS_OF})"
    code=0
    cds=$(class_archive)
    java "${JAVA_ARGS[@]}" ${cds:+"$cds" "-Xlog:cds*=off"} -jar "$JAR" "$stage" \
      --as-of "$AS_OF" --conf "$CONF" --landing "$LANDING" --warehouse "$WAREHOUSE" || code=$?
    case "$code" in
      0)
        log "${stage}: ok"
        return 0 ;;
      2)
        log "${stage}: exit 2 (bad config or arguments), not retrying"
        return 2 ;;
      3)
        log "${stage}: exit 3 (input data rejected over tolerance), not retrying"
        return 3 ;;
      *)
        if (( attempt > RETRIES )); then
          log "${stage}: exit ${code}, giving up after ${attempt} attempts"
          return "$code"
        fi
        log "${stage}: exit ${code}, retrying in ${RETRY_SLEEP}s"
        sleep "$RETRY_SLEEP"
        attempt=$(( attempt + 1 )) ;;
    esac
  done
}

if [[ ! -f "$JAR" ]]; then
  log "jar not found: ${JAR} (build it with 'mvn -B -DskipTests package' or set JAR)"
  exit 2
fi

for stage in "${STAGES[@]}"; do
  run_stage "$stage" || exit $?
done
log "all stages ok"
