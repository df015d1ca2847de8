"""Scores the forecasts of the accuracy bench and writes Markdown tables.

    /usr/bin/python3 score.py out/panel.csv engine=out/fc_engine.csv ets=out/fc_ets.csv ... > table.md
    /usr/bin/python3 score.py --coverage [--per-series] out/panel.csv engine=out/fc_engine_rolling.csv ...

Without --coverage: the point accuracy of the one-year holdout, per series and method:
  sMAPE = mean over the holdout of 200 * |y - f| / (|y| + |f|)   (percent; 0 when y = f = 0)
  MASE  = mean |y - f| over the holdout / mean |y_t - y_{t-m}| over the training part
          (the in-sample MAE of the seasonal naive forecast, m = the series' frequency)
The holdout is the last m points (one year). Means are plain means over series.

With --coverage: the prediction intervals of forecasts from any set of origins (the files need
columns origin, h, lower_80, upper_80, lower_95, upper_95; every method the same origins), pooled
over all forecast points of all series, of the monthly and of the quarterly ones:
  coverage = percent of the points whose actual lies inside the interval, bounds inclusive
  width    = mean of (upper - lower) / |actual| of the 95% interval, in percent (actual 0 left out)
--per-series adds the 80% coverage of every series.
"""
import argparse
import csv
import statistics
from collections import OrderedDict, namedtuple

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
            # origin: the number of points fitted, in the files that name it (not statsmodels')
            origin = int(row["origin"]) if "origin" in row else None
            entry = forecasts.setdefault(row["series"], {"model": row["model"], "origin": origin, "f": []})
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
            if fc["origin"] not in (None, len(train)):
                raise ValueError(f"{method} forecasts {name} from {fc['origin']} points, not the holdout's {len(train)}")
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


# One forecast point: its series, origin, season length and actual value, and per method
# {level: (lower, upper)}.
Point = namedtuple("Point", "series origin m actual bounds")
LEVELS = (80, 95)
GROUPS = (("all", lambda m: True), ("monthly", lambda m: m == 12), ("quarterly", lambda m: m == 4))


def read_intervals(path):
    """{(series, origin): [{level: (lower, upper)} for h = 1, 2, ...]}"""
    forecasts = OrderedDict()
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            steps = forecasts.setdefault((row["series"], int(row["origin"])), [])
            if int(row["h"]) != len(steps) + 1:
                raise ValueError(f"{path}: {row['series']} from {row['origin']}: h {row['h']} out of order")
            steps.append({level: (float(row[f"lower_{level}"]), float(row[f"upper_{level}"])) for level in LEVELS})
    return forecasts


def points(panel, methods):
    """Every forecast point, with the bounds of every method; all methods must use the same origins."""
    (first, origins), *others = methods.items()
    for method, forecasts in others:
        if set(forecasts) != set(origins):
            raise ValueError(f"{method} and {first} forecast from different origins: "
                             f"{sorted(set(forecasts) ^ set(origins))}")
    result = []
    for series, origin in origins:
        m, y = panel[series]["m"], panel[series]["y"]
        actual = y[origin:origin + m]
        for method, forecasts in methods.items():
            if len(forecasts[series, origin]) != m or len(actual) != m:
                raise ValueError(f"{method} gives {len(forecasts[series, origin])} forecasts for {series} "
                                 f"from {origin} of {len(y)} points, expected {m}")
        result += [Point(series, origin, m, a, {method: forecasts[series, origin][h] for method, forecasts in
                                                methods.items()}) for h, a in enumerate(actual)]
    return result


def coverage(chosen, method, level):
    """Percent of the points inside the method's interval at level, bounds inclusive."""
    inside = sum(1 for p in chosen if p.bounds[method][level][0] <= p.actual <= p.bounds[method][level][1])
    return 100 * inside / len(chosen)


def width(chosen, method, level):
    """Mean width of the method's interval at level relative to the actual, in percent."""
    return 100 * statistics.fmean((p.bounds[method][level][1] - p.bounds[method][level][0]) / abs(p.actual)
                                  for p in chosen if p.actual != 0)


def coverage_table(pts, names):
    head = ["group", "series", "forecasts", "points"] + [f"{level}% {n}" for level in LEVELS for n in names] \
        + [f"width 95% {n}" for n in names]
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for label, keep in GROUPS:
        chosen = [p for p in pts if keep(p.m)]
        if not chosen:
            continue
        cells = [f"**{label}**", str(len({p.series for p in chosen})), str(len({(p.series, p.origin) for p in chosen})),
                 str(len(chosen))]
        cells += [f"{coverage(chosen, n, level):.1f}" for level in LEVELS for n in names]
        cells += [f"{width(chosen, n, 95):.1f}" for n in names]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def per_series_table(pts, names):
    head = ["series", "m", "origins", "points"] + [f"80% {n}" for n in names]
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for series in OrderedDict.fromkeys(p.series for p in pts):
        chosen = [p for p in pts if p.series == series]
        cells = [series, str(chosen[0].m), str(len({p.origin for p in chosen})), str(len(chosen))]
        lines.append("| " + " | ".join(cells + [f"{coverage(chosen, n, 80):.1f}" for n in names]) + " |")
    return lines


def main():
    parser = argparse.ArgumentParser(description="Scores the forecasts of the accuracy bench (Markdown tables).")
    parser.add_argument("--coverage", action="store_true", help="interval coverage instead of point accuracy")
    parser.add_argument("--per-series", action="store_true", help="with --coverage: the 80%% coverage per series too")
    parser.add_argument("panel_csv")
    parser.add_argument("methods", nargs="+", metavar="name=forecasts.csv")
    args = parser.parse_args()
    panel = read_panel(args.panel_csv)
    files = OrderedDict(arg.split("=", 1) for arg in args.methods)
    if not args.coverage:
        methods = OrderedDict((name, read_forecasts(path)) for name, path in files.items())
        print("\n".join(table(panel, score(panel, methods), methods)))
        return
    pts = points(panel, OrderedDict((name, read_intervals(path)) for name, path in files.items()))
    print("\n".join(coverage_table(pts, list(files))))
    if args.per_series:
        print()
        print("\n".join(per_series_table(pts, list(files))))


if __name__ == "__main__":
    main()
