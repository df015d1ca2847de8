"""Scores the holdout forecasts of the accuracy bench and writes a Markdown table.

    /usr/bin/python3 score.py out/panel.csv engine=out/fc_engine.csv ets=out/fc_ets.csv ... > table.md

Per series and method:
  sMAPE = mean over the holdout of 200 * |y - f| / (|y| + |f|)   (percent; 0 when y = f = 0)
  MASE  = mean |y - f| over the holdout / mean |y_t - y_{t-m}| over the training part
          (the in-sample MAE of the seasonal naive forecast, m = the series' frequency)
The holdout is the last m points (one year). Means are plain means over series.
"""
import csv
import statistics
import sys
from collections import OrderedDict

from sm_accuracy import read_panel


def smape(actual, forecast):
    terms = [0.0 if a == f == 0 else 200 * abs(a - f) / (abs(a) + abs(f)) for a, f in zip(actual, forecast)]
    return sum(terms) / len(terms)


def mase(train, actual, forecast, m):
    scale = statistics.fmean(abs(train[t] - train[t - m]) for t in range(m, len(train)))
    return statistics.fmean(abs(a - f) for a, f in zip(actual, forecast)) / scale


def read_forecasts(path):
    forecasts = OrderedDict()
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            entry = forecasts.setdefault(row["series"], {"model": row["model"], "f": []})
            entry["f"].append(float(row["forecast"]))
    return forecasts


def score(panel, methods):
    """{series: {method: (model, smape, mase)}}"""
    scores = OrderedDict()
    for name, s in panel.items():
        m, y = s["m"], s["y"]
        train, actual = y[:-m], y[-m:]
        scores[name] = {}
        for method, forecasts in methods.items():
            fc = forecasts[name]
            if len(fc["f"]) != m:
                raise ValueError(f"{method} gives {len(fc['f'])} forecasts for {name}, expected {m}")
            scores[name][method] = (fc["model"], smape(actual, fc["f"]), mase(train, actual, fc["f"], m))
    return scores


def table(panel, scores, methods):
    names = list(methods)
    head = ["series", "m", "n train"] + [f"sMAPE {n}" for n in names] + [f"MASE {n}" for n in names] \
        + [f"model {n}" for n in names]
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for series, by_method in scores.items():
        m = panel[series]["m"]
        cells = [series, str(m), str(len(panel[series]["y"]) - m)]
        cells += [bold_best(by_method, n, 1) for n in names] + [bold_best(by_method, n, 2) for n in names]
        cells += [by_method[n][0] for n in names]
        lines.append("| " + " | ".join(cells) + " |")
    for label, keep in (("mean, all", lambda m: True), ("mean, monthly", lambda m: m == 12),
                        ("mean, quarterly", lambda m: m == 4)):
        chosen = [s for s in scores if keep(panel[s]["m"])]
        cells = [f"**{label}** ({len(chosen)})", "", ""]
        for i in (1, 2):
            means = {n: (None, *(statistics.fmean(scores[s][n][j] for s in chosen) for j in (1, 2))) for n in names}
            cells += [bold_best(means, n, i) for n in names]
        lines.append("| " + " | ".join(cells + [""] * len(names)) + " |")
    wins = ["**best on (sMAPE / MASE)**", "", ""]
    for i in (1, 2):
        wins += [str(sum(1 for s in scores if best(scores[s], i) == n)) for n in names]
    lines.append("| " + " | ".join(wins + [""] * len(names)) + " |")
    return lines


def best(by_method, i):
    return min(by_method, key=lambda n: by_method[n][i])


def bold_best(by_method, name, i):
    text = f"{by_method[name][i]:.2f}"
    return f"**{text}**" if best(by_method, i) == name else text


def main(panel_csv, *method_files):
    panel = read_panel(panel_csv)
    methods = OrderedDict((arg.split("=", 1)[0], read_forecasts(arg.split("=", 1)[1])) for arg in method_files)
    print("\n".join(table(panel, score(panel, methods), methods)))


if __name__ == "__main__":
    main(*sys.argv[1:])
