"""Times statsmodels Holt-Winters per series on the speed bench's sample (out/speed_sample.csv).

    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 /usr/bin/python3 sm_speed.py out/speed_sample.csv 3

Two figures, each a mean over the sample of fit + forecast of `horizon` steps, wall and CPU:
  rule      holt_winters.forecast: the accuracy bench's rule (additive and, for positive
            series, multiplicative season, kept by AICc): two fits for most series
  additive  one ExponentialSmoothing fit, additive trend and season
The first 10 series are fitted once untimed (imports, caches). Prints `key value` lines.
"""
import sys
import time

import holt_winters
from sm_accuracy import read_panel


def timed(name, series, horizon, fn):
    wall, cpu = time.perf_counter(), time.process_time()
    for s in series:
        fn(s["y"], s["m"], horizon)
    n = len(series)
    print(f"{name}_ms_per_series {1000 * (time.perf_counter() - wall) / n:.3f}")
    print(f"{name}_cpu_ms_per_series {1000 * (time.process_time() - cpu) / n:.3f}")


def additive(y, m, horizon):
    return holt_winters.fit(y, m, "add").forecast(horizon)


def main(sample_csv, horizon):
    series = list(read_panel(sample_csv).values())
    horizon = int(horizon)
    for s in series[:10]:
        holt_winters.forecast(s["y"], s["m"], horizon)
    print(f"sm_sample_series {len(series)}")
    timed("sm_rule", series, horizon, holt_winters.forecast)
    timed("sm_additive", series, horizon, additive)


if __name__ == "__main__":
    main(*sys.argv[1:3])
