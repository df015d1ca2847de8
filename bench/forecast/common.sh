# Shared by the forecast benches (sourced, not run): paths, Java flags, installs, the bench classpath.
# Expects the caller to have cd'ed into bench/forecast/.

ROOT=$(cd ../.. && pwd)
OUT=out
# Debian's python: python3-statsmodels is installed for it, not for any other python on PATH.
PYTHON=/usr/bin/python3

# shellcheck source=bench/spark-jvm-flags.sh
source "$ROOT/bench/spark-jvm-flags.sh"

log() {
  printf '%s: %s\n' "$(basename "$0")" "$*" >&2
}

die() {
  log "$*"
  exit 1
}

# R with the forecast package and Debian's statsmodels, from apt when missing.
require_r_and_statsmodels() {
  if command -v Rscript >/dev/null && Rscript -e 'library(forecast)' >/dev/null 2>&1 \
    && "$PYTHON" -c 'import statsmodels' 2>/dev/null; then
    return
  fi
  [[ $(id -u) == 0 ]] || die "R, forecast or statsmodels missing: apt-get install r-base-core r-cran-forecast python3-statsmodels"
  log "installing r-base-core r-cran-forecast python3-statsmodels"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    r-base-core r-cran-forecast python3-statsmodels >/dev/null
}

# shellcheck source=bench/classpath.sh
source "$ROOT/bench/classpath.sh"

