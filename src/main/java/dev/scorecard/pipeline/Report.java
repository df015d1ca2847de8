package dev.scorecard.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import dev.scorecard.config.TenantConfig;
import dev.scorecard.publish.CuratedTables;
import dev.scorecard.publish.Warehouse;
import dev.scorecard.report.Contribution;
import dev.scorecard.report.ForecastPoint;
import dev.scorecard.report.KpiInfo;
import dev.scorecard.report.KpiLine;
import dev.scorecard.report.KpiTrend;
import dev.scorecard.report.LinkVerdict;
import dev.scorecard.report.NodeScore;
import dev.scorecard.report.ObjectiveStatus;
import dev.scorecard.report.OpenAlert;
import dev.scorecard.report.ReportData;
import dev.scorecard.report.TrendPoint;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Reads what {@code scorecard report} shows of one tenant and month from the curated tables, so the
 * pages and SQL never disagree. Each table is filtered by tenant, grain and months first; only the
 * rows a page shows reach the driver: the month and the one before for scores, {@link #MONTHS_SHOWN}
 * months of KPI series, the forecasts, open alerts, and one row per source of the audit
 * ({@link ReportFreshness}).
 */
public final class Report {
  public static final String GRAIN = "month";
  public static final int MONTHS_SHOWN = 24;

  private final Warehouse warehouse;
  private final TenantConfig config;
  private final List<String> tenant;

  private Report(Warehouse warehouse, TenantConfig config) {
    this.warehouse = warehouse;
    this.config = config;
    this.tenant = List.of(config.tenantId());
  }

  /** The report's contents for {@code period} (a month's first day), or the latest complete month when null. */
  public static ReportData read(Warehouse warehouse, TenantConfig config, LocalDate period, String warehouseName) {
    Report report = new Report(warehouse, config);
    if (!warehouse.exists(CuratedTables.SCORECARD)) {
      throw ReportProblem.noScores(config.tenantId(), warehouseName);
    }
    LocalDate month = ReportPeriod.choose(config.tenantId(), warehouseName, report.months(), period);
    return report.read(month);
  }

  private ReportData read(LocalDate month) {
    Map<String, KpiInfo> kpis = kpis();
    List<Row> scores = rows(CuratedTables.KPI_SCORES).filter(col("period_start").geq(lit(Date.valueOf(month.minusMonths(MONTHS_SHOWN - 1)))))
        .select("kpi_id", "node_level", "node_id", "period_start", "value", "target", "score", "status", "change_pct",
            "provisional", "objective_id", "perspective_id")
        .collectAsList();
    Map<String, List<Contribution>> contributions = contributions(month);
    return new ReportData(config, month, nodes(month), kpis, lines(scores, month, kpis, contributions), objectives(month),
        trends(scores, forecasts(), kpis), contributions, links(), ReportFreshness.of(warehouse, config), alerts());
  }

  private Dataset<Row> rows(CuratedTables table) {
    return warehouse.curated(table, tenant).filter(col("period_grain").equalTo(GRAIN));
  }

  private Dataset<Row> in(CuratedTables table, LocalDate... months) {
    return rows(table).filter(col("period_start").isin((Object[]) Arrays.stream(months).map(Date::valueOf).toArray()));
  }

  private TreeMap<LocalDate, Boolean> months() {
    TreeMap<LocalDate, Boolean> months = new TreeMap<>();
    rows(CuratedTables.SCORECARD).filter(col("node_level").equalTo("org")).select("period_start", "provisional")
        .collectAsList().forEach(r -> months.put(r.getDate(0).toLocalDate(), Boolean.TRUE.equals(r.get(1))));
    return months;
  }

  /** Every node of the tenant (from {@code nodes}), with its score of the month when it has one. */
  private List<NodeScore> nodes(LocalDate month) {
    List<Row> both = in(CuratedTables.SCORECARD, month, month.minusMonths(1)).collectAsList();
    Map<String, Row> now = byNode(both.stream().filter(r -> r.getDate(r.fieldIndex("period_start")).toLocalDate()
        .equals(month)).toList());
    Map<String, Row> prior = byNode(both.stream().filter(r -> !r.getDate(r.fieldIndex("period_start")).toLocalDate()
        .equals(month)).toList());
    List<NodeScore> nodes = new ArrayList<>();
    for (Row n : warehouse.curated(CuratedTables.NODES, tenant).collectAsList()) {
      String level = n.getAs("node_level");
      String id = n.getAs("node_id");
      String key = ReportData.key(level, id);
      String region = "org".equals(level) ? null : "region".equals(level) ? id : n.getAs("parent_node_id");
      String name = n.getAs("node_name") == null ? id : n.getAs("node_name");
      Row r = now.get(key);
      if (r == null) {
        nodes.add(new NodeScore(level, id, name, region, null, "no_data", null, null, null, null, false));
        continue;
      }
      Double score = r.getAs("score");
      Double before = prior.containsKey(key) ? prior.get(key).<Double>getAs("score") : null;
      nodes.add(new NodeScore(level, id, name, region, score, r.getAs("status"), r.getAs("rank_in_peers"),
          r.getAs("peer_count"), r.getAs("percentile"), score == null || before == null ? null : score - before,
          Boolean.TRUE.equals(r.getAs("provisional"))));
    }
    nodes.sort(Comparator.comparingInt((NodeScore n) -> List.of("org", "region", "location").indexOf(n.level()))
        .thenComparing(NodeScore::id));
    return nodes;
  }

  private static Map<String, Row> byNode(List<Row> rows) {
    Map<String, Row> out = new HashMap<>();
    rows.forEach(r -> out.put(ReportData.key(r.getAs("node_level"), r.getAs("node_id")), r));
    return out;
  }

  private Map<String, KpiInfo> kpis() {
    Map<String, KpiInfo> kpis = new LinkedHashMap<>();
    config.kpis().keySet().forEach(id -> kpis.put(id, null));
    warehouse.curated(CuratedTables.KPIS, tenant).collectAsList().forEach(r -> kpis.put(r.getAs("kpi_id"),
        new KpiInfo(r.getAs("kpi_id"), r.getAs("kpi_name"), r.getAs("objective_id"), r.getAs("perspective_id"),
            r.getAs("unit"), r.getAs("direction"))));
    kpis.values().removeIf(Objects::isNull);
    return kpis;
  }

  private static Map<String, List<KpiLine>> lines(List<Row> scores, LocalDate month, Map<String, KpiInfo> kpis,
      Map<String, List<Contribution>> contributions) {
    Map<String, List<KpiLine>> lines = new HashMap<>();
    Date when = Date.valueOf(month);
    for (Row r : scores) {
      if (!when.equals(r.getAs("period_start")) || !kpis.containsKey(r.<String>getAs("kpi_id"))) {
        continue;
      }
      KpiInfo k = kpis.get(r.<String>getAs("kpi_id"));
      String node = ReportData.key(r.getAs("node_level"), r.getAs("node_id"));
      Double moved = contributions.getOrDefault(node, List.of()).stream().filter(c -> c.contributor().equals(k.kpiId()))
          .map(Contribution::points).findFirst().orElse(null);
      lines.computeIfAbsent(node, n -> new ArrayList<>()).add(new KpiLine(k.kpiId(), k.name(), r.getAs("objective_id"),
          r.getAs("perspective_id"), k.unit(), r.getAs("value"), r.getAs("target"), r.getAs("score"), r.getAs("status"),
          r.getAs("change_pct"), Boolean.TRUE.equals(r.getAs("provisional")), moved));
    }
    List<String> order = new ArrayList<>(kpis.keySet());
    lines.values().forEach(l -> l.sort(Comparator.comparingInt(x -> order.indexOf(x.kpiId()))));
    return lines;
  }

  private Map<String, Map<String, ObjectiveStatus>> objectives(LocalDate month) {
    Map<String, Map<String, ObjectiveStatus>> out = new HashMap<>();
    in(CuratedTables.OBJECTIVE_SCORES, month).select("node_level", "node_id", "objective_id", "score", "status")
        .collectAsList().forEach(r -> out.computeIfAbsent(ReportData.key(r.getString(0), r.getString(1)), k -> new HashMap<>())
            .put(r.getString(2), new ObjectiveStatus(r.getString(2), r.getAs("score"), r.getAs("status"))));
    return out;
  }

  private Map<String, List<ForecastPoint>> forecasts() {
    Map<String, List<ForecastPoint>> out = new HashMap<>();
    if (!warehouse.exists(CuratedTables.FORECASTS)) {
      return out;
    }
    rows(CuratedTables.FORECASTS).collectAsList().forEach(r -> out.computeIfAbsent(
        ReportData.key(r.getAs("node_level"), r.getAs("node_id")) + "|" + r.getAs("kpi_id"), k -> new ArrayList<>())
        .add(new ForecastPoint(r.<Date>getAs("period_start").toLocalDate(), r.getAs("forecast"), r.getAs("lower_80"),
            r.getAs("upper_80"), r.getAs("lower_95"), r.getAs("upper_95"), r.getAs("target"))));
    return out;
  }

  private static Map<String, List<KpiTrend>> trends(List<Row> scores, Map<String, List<ForecastPoint>> forecasts,
      Map<String, KpiInfo> kpis) {
    Map<String, Map<String, List<TrendPoint>>> series = new HashMap<>();
    for (Row r : scores) {
      String node = ReportData.key(r.getAs("node_level"), r.getAs("node_id"));
      series.computeIfAbsent(node, n -> new LinkedHashMap<>()).computeIfAbsent(r.getAs("kpi_id"), k -> new ArrayList<>())
          .add(new TrendPoint(r.<Date>getAs("period_start").toLocalDate(), r.getAs("value"), r.getAs("target"),
              Boolean.TRUE.equals(r.getAs("provisional"))));
    }
    Map<String, List<KpiTrend>> out = new HashMap<>();
    series.forEach((node, byKpi) -> out.put(node, kpis.keySet().stream().filter(byKpi::containsKey).map(kpi -> {
      List<TrendPoint> points = new ArrayList<>(byKpi.get(kpi));
      points.sort(Comparator.comparing(TrendPoint::period));
      List<ForecastPoint> ahead = new ArrayList<>(forecasts.getOrDefault(node + "|" + kpi, List.of()));
      ahead.sort(Comparator.comparing(ForecastPoint::period));
      return new KpiTrend(kpi, points, ahead);
    }).toList()));
    return out;
  }

  private Map<String, List<Contribution>> contributions(LocalDate month) {
    Map<String, List<Contribution>> out = new HashMap<>();
    if (warehouse.exists(CuratedTables.SCORE_CHANGES)) {
      in(CuratedTables.SCORE_CHANGES, month).select("node_level", "node_id", "contributor", "contribution").collectAsList()
          .forEach(r -> out.computeIfAbsent(ReportData.key(r.getString(0), r.getString(1)), k -> new ArrayList<>())
              .add(new Contribution(r.getString(2), r.getDouble(3))));
    }
    return out;
  }

  private Optional<List<LinkVerdict>> links() {
    if (!warehouse.exists(CuratedTables.STRATEGY_LINKS)) {
      return Optional.empty();
    }
    return Optional.of(rows(CuratedTables.STRATEGY_LINKS).collectAsList().stream()
        .map(r -> new LinkVerdict(r.getAs("from_id"), r.getAs("to_id"), Boolean.TRUE.equals(r.getAs("configured")),
            r.getAs("verdict"), r.getAs("correlation"), r.getAs("lag_periods")))
        .toList());
  }

  private Optional<List<OpenAlert>> alerts() {
    if (!warehouse.exists(CuratedTables.ALERTS)) {
      return Optional.empty();
    }
    return Optional.of(warehouse.curated(CuratedTables.ALERTS, tenant).filter(col("state").notEqual("resolved"))
        .collectAsList().stream()
        .map(r -> new OpenAlert(r.getAs("severity"), r.getAs("kind"), r.getAs("node_level"), r.getAs("node_id"),
            r.getAs("message")))
        .toList());
  }
}
