package dev.scorecard.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Each KPI's trend against its target as a chart container plus its data (JSON read by the page's
 * script, which draws it with ECharts): actual values, provisional ones apart, the target line, and
 * the forecast with its 80% and 95% bands. A KPI without any value gets a note, not an empty chart.
 */
final class TrendCharts {
  private TrendCharts() {}

  static String containers(List<KpiTrend> trends, Map<String, KpiInfo> kpis) {
    StringBuilder html = new StringBuilder("<div class=\"trends\">");
    for (KpiTrend t : trends) {
      KpiInfo k = kpis.get(t.kpiId());
      html.append("<figure class=\"trend\" id=\"trend-").append(Html.esc(t.kpiId())).append("\"><figcaption>")
          .append(Html.esc(k == null ? t.kpiId() : k.name()))
          .append(k != null && k.unit() != null && !k.unit().isBlank() ? " <span class=\"unit\">(" + Html.esc(k.unit()) + ")</span>" : "")
          .append("</figcaption>");
      html.append(t.hasData() ? "<div class=\"chart\" id=\"chart-" + Html.esc(t.kpiId()) + "\"></div>"
          : "<p class=\"no-data\">No values for this KPI at this node yet.</p>");
      html.append("</figure>");
    }
    return html.append("</div>").toString();
  }

  /** The charts' data, one object per KPI that has data. */
  static String data(List<KpiTrend> trends, Map<String, KpiInfo> kpis, LocalDate selected) {
    List<String> charts = new ArrayList<>();
    for (KpiTrend t : trends) {
      if (t.hasData()) {
        charts.add(chart(t, kpis.get(t.kpiId()), selected));
      }
    }
    return "[" + String.join(",", charts) + "]";
  }

  private static String chart(KpiTrend t, KpiInfo k, LocalDate selected) {
    TreeSet<LocalDate> periods = new TreeSet<>();
    t.actuals().forEach(p -> periods.add(p.period()));
    t.forecasts().forEach(p -> periods.add(p.period()));
    List<LocalDate> axis = new ArrayList<>(periods);
    return "{\"id\":" + Json.string("chart-" + t.kpiId()) + ",\"unit\":" + Json.string(k == null ? "" : k.unit())
        + ",\"selected\":" + Json.string(selected.toString().substring(0, 7))
        + ",\"periods\":" + Json.strings(axis.stream().map(d -> d.toString().substring(0, 7)).toList())
        + ",\"actual\":" + Json.numbers(actual(t, axis, false))
        + ",\"provisional\":" + Json.numbers(actual(t, axis, true))
        + ",\"target\":" + Json.numbers(target(t, axis))
        + ",\"forecast\":" + Json.numbers(forecast(t, axis, ForecastPoint::forecast))
        + ",\"lower80\":" + Json.numbers(forecast(t, axis, ForecastPoint::lower80))
        + ",\"upper80\":" + Json.numbers(forecast(t, axis, ForecastPoint::upper80))
        + ",\"lower95\":" + Json.numbers(forecast(t, axis, ForecastPoint::lower95))
        + ",\"upper95\":" + Json.numbers(forecast(t, axis, ForecastPoint::upper95)) + "}";
  }

  /** Complete values, or the provisional ones (joined to the last complete value so the line goes on). */
  static List<Double> actual(KpiTrend t, List<LocalDate> axis, boolean provisional) {
    List<Double> out = new ArrayList<>();
    TrendPoint lastComplete = null;
    for (LocalDate d : axis) {
      TrendPoint p = t.actuals().stream().filter(x -> x.period().equals(d)).findFirst().orElse(null);
      if (p != null && !p.provisional()) {
        lastComplete = p;
      }
      boolean show = p != null && p.provisional() == provisional;
      out.add(show ? p.value() : null);
    }
    if (provisional && lastComplete != null && out.stream().anyMatch(v -> v != null)) {
      out.set(axis.indexOf(lastComplete.period()), lastComplete.value());
    }
    return out;
  }

  /** The target of each month: the scored month's, else the forecast month's (values may be null). */
  private static List<Double> target(KpiTrend t, List<LocalDate> axis) {
    List<Double> out = new ArrayList<>();
    for (LocalDate d : axis) {
      TrendPoint p = t.actuals().stream().filter(x -> x.period().equals(d)).findFirst().orElse(null);
      ForecastPoint f = t.forecasts().stream().filter(x -> x.period().equals(d)).findFirst().orElse(null);
      out.add(p != null && p.target() != null ? p.target() : f == null ? null : f.target());
    }
    return out;
  }

  private static List<Double> forecast(KpiTrend t, List<LocalDate> axis, Function<ForecastPoint, Double> field) {
    List<Double> out = new ArrayList<>();
    for (LocalDate d : axis) {
      out.add(t.forecasts().stream().filter(f -> f.period().equals(d)).findFirst().map(field::apply).orElse(null));
    }
    return out;
  }
}
