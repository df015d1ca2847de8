"""Forecasts the last year of every panel series with statsmodels Holt-Winters (holt_winters.py).

    /usr/bin/python3 sm_accuracy.py out/panel.csv out/fc_statsmodels.csv

Output columns: series, h, forecast, model.
"""
import csv
import sys
from collections import OrderedDict

import holt_winters


def read_panel(path):
    series = OrderedDict()
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            entry = series.setdefault(row["series"], {"m": int(row["frequency"]), "y": []})
            entry["y"].append(float(row["value"]))
    return series


def main(panel_csv, out_csv):
    with open(out_csv, "w", newline="") as f:
        out = csv.writer(f)
        out.writerow(["series", "h", "forecast", "model"])
        for name, s in read_panel(panel_csv).items():
            m = s["m"]
            model, fc = holt_winters.forecast(s["y"][:-m], m, m)
            for h, value in enumerate(fc, start=1):
                out.writerow([name, h, repr(float(value)), model])


if __name__ == "__main__":
    main(*sys.argv[1:3])
