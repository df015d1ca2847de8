package dev.scorecard.bench;

import dev.scorecard.config.AgainstPeriod;
import dev.scorecard.config.ColumnType;
import dev.scorecard.config.ConfigLoader;
import dev.scorecard.config.Grain;
import dev.scorecard.config.KpiSpec;
import dev.scorecard.config.KpiType;
import dev.scorecard.config.MeasureSpec;
import dev.scorecard.config.SourceFormat;
import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.TenantConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The tool an analyst would pick instead of the engine: DuckDB computing one tenant's KPI values
 * for every location, region and the org at month, fiscal quarter and fiscal year straight from
 * the raw exports, in SQL written from the tenant's config the way a person would write it
 * (measures per source with GROUPING SETS, KPIs over the measures, growth against the period a
 * year before). No validation, audit, history or incremental runs. Writes the values to a CSV so
 * {@link CompareKpis} can check them against the pipeline's {@code kpi_values}.
 *
 * <p>{@code DuckDbKpis <conf> <landing> <tenant> <as-of> <out.csv>}; run by {@code bench/run-bench.sh}.
 */
public final class DuckDbKpis {
  private static final List<Grain> GRAINS = List.of(Grain.MONTH, Grain.QUARTER, Grain.YEAR);

  private DuckDbKpis() {}

  public static void main(String[] args) throws SQLException {
    if (args.length != 5) {
      System.err.println("usage: DuckDbKpis <conf> <landing> <tenant> <as-of> <out.csv>");
      System.exit(2);
    }
    TenantConfig tenant = ConfigLoader.load(Path.of(args[0]), List.of(args[2])).get(0);
    long start = System.nanoTime();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = db.createStatement()) {
      sql.execute(regions(tenant));
      List<String> measureTables = new ArrayList<>();
      Map<String, List<MeasureSpec>> bySource = tenant.measures().values().stream()
          .collect(Collectors.groupingBy(MeasureSpec::source, LinkedHashMap::new, Collectors.toList()));
      for (Map.Entry<String, List<MeasureSpec>> e : bySource.entrySet()) {
        SourceSpec source = tenant.sources().get(e.getKey());
        sql.execute(measures(tenant, source, args[1] + "/" + tenant.tenantId() + "/" + source.path(), e.getValue(),
            LocalDate.parse(args[3])));
        measureTables.add("m_" + source.id());
      }
      sql.execute(joined(measureTables));
      LocalDate asOf = LocalDate.parse(args[3]);
      sql.execute("CREATE TABLE kpi_values AS " + tenant.kpis().values().stream().map(k -> kpi(k, asOf))
          .collect(Collectors.joining("\nUNION ALL\n")));
      sql.execute("COPY (SELECT * FROM kpi_values ORDER BY ALL) TO '" + args[4] + "' (HEADER)");
      try (ResultSet count = sql.executeQuery("SELECT count(*), count(value) FROM kpi_values")) {
        count.next();
        System.out.printf("duckdb-kpis: %d KPI values (%d defined) in %.1f s%n", count.getLong(1), count.getLong(2),
            (System.nanoTime() - start) / 1e9);
      }
    }
  }

  private static String regions(TenantConfig tenant) {
    String rows = tenant.hierarchy().regions().stream().flatMap(r -> r.locations().stream()
        .map(l -> "('" + l.id() + "', '" + r.id() + "')")).collect(Collectors.joining(", "));
    return "CREATE TABLE regions AS SELECT * FROM (VALUES " + rows + ") t(location, region)";
  }

  /** One source's measures per grain, period and node: location, region and org in one GROUPING SETS pass. */
  private static String measures(TenantConfig tenant, SourceSpec source, String glob, List<MeasureSpec> measures,
      LocalDate asOf) {
    String columns = source.columns().entrySet().stream().map(c -> "'" + c.getKey() + "': '" + type(c.getValue()) + "'")
        .collect(Collectors.joining(", "));
    String read = source.format() == SourceFormat.JSONL
        ? "read_json('" + glob + "', format = 'newline_delimited', columns = {" + columns + "})"
        : "read_csv('" + glob + "', header = true, delim = '" + source.delimiter() + "', columns = {" + columns + "})";
    String location = source.locationColumn().orElse("'" + source.fixedLocation().orElse("") + "'");
    String aggregates = measures.stream().map(DuckDbKpis::aggregate).collect(Collectors.joining(",\n  "));
    int shift = tenant.fiscalYearStartMonth() - 1;
    return """
        CREATE TABLE m_%1$s AS
        SELECT g.grain, %2$s AS period_start,
          CASE WHEN grouping(r.region) = 1 THEN 'org' WHEN grouping(s.%3$s) = 1 THEN 'region' ELSE 'location' END AS node_level,
          coalesce(s.%3$s, r.region, '%4$s') AS node_id,
          %5$s
        FROM (SELECT *, %6$s AS %3$s FROM %7$s WHERE %8$s <= DATE '%9$s') s
        JOIN regions r ON r.location = s.%3$s
        CROSS JOIN (VALUES ('month'), ('quarter'), ('year')) g(grain)
        GROUP BY GROUPING SETS ((g.grain, period_start, r.region, s.%3$s), (g.grain, period_start, r.region),
          (g.grain, period_start))
        """.formatted(source.id(), periodStart("s." + source.dateColumn(), shift), "_location", tenant.tenantId(),
        aggregates, location, read, source.dateColumn(), asOf);
  }

  private static String periodStart(String day, int shift) {
    return "CASE g.grain WHEN 'month' THEN date_trunc('month', " + day + ")::DATE"
        + " WHEN 'quarter' THEN (date_trunc('quarter', " + day + " - INTERVAL " + shift + " MONTH) + INTERVAL " + shift
        + " MONTH)::DATE ELSE (date_trunc('year', " + day + " - INTERVAL " + shift + " MONTH) + INTERVAL " + shift
        + " MONTH)::DATE END";
  }

  /** A measure as the engine defines it: a sum over rows that all fail the filter is 0, not null. */
  private static String aggregate(MeasureSpec m) {
    String filter = m.filter().map(f -> " FILTER (WHERE " + f + ")").orElse("");
    String expr = m.expr().orElse("*");
    String sql = switch (m.agg()) {
      case SUM -> "coalesce(sum(" + expr + ")" + filter + ", 0)";
      case COUNT -> "count(" + expr + ")" + filter;
      case COUNT_DISTINCT -> "count(DISTINCT " + expr + ")" + filter;
      case AVG -> "avg(" + expr + ")" + filter;
      case MIN -> "min(" + expr + ")" + filter;
      case MAX -> "max(" + expr + ")" + filter;
    };
    return "CAST(" + sql + " AS DOUBLE) AS " + m.id();
  }

  private static String joined(List<String> tables) {
    StringBuilder from = new StringBuilder(tables.get(0));
    for (int i = 1; i < tables.size(); i++) {
      from.append(" FULL OUTER JOIN ").append(tables.get(i)).append(" USING (grain, period_start, node_level, node_id)");
    }
    return "CREATE TABLE measures AS SELECT * FROM " + from;
  }

  /**
   * One KPI's values at every node and period of its grains. Growth has no value until its period
   * has ended before the as-of date (README: the days so far against a whole reference period
   * would read as a fall).
   */
  private static String kpi(KpiSpec k, LocalDate asOf) {
    String grains = k.grains().stream().filter(GRAINS::contains).map(g -> "'" + g.id() + "'")
        .collect(Collectors.joining(", "));
    String value = switch (k.type()) {
      case SIMPLE -> k.scale() + " * (" + k.expr() + ")";
      case RATIO -> "CASE WHEN (" + k.denominator() + ") IS NULL OR (" + k.denominator() + ") = 0 THEN NULL ELSE "
          + k.scale() + " * (" + k.numerator() + ") / (" + k.denominator() + ") END";
      case GROWTH -> "CASE WHEN ref IS NULL OR ref = 0 THEN NULL ELSE 100 * (cur - ref) / abs(ref) END";
    };
    if (k.type() == KpiType.GROWTH) {
      String back = k.against() == AgainstPeriod.PREVIOUS
          ? "CASE m.grain WHEN 'month' THEN INTERVAL 1 MONTH WHEN 'quarter' THEN INTERVAL 3 MONTH ELSE INTERVAL 12 MONTH END"
          : "INTERVAL 12 MONTH";
      String everyPeriod = "SELECT '" + k.id() + "' AS kpi_id, node_level, node_id, grain AS period_grain, period_start, " + value
          + " AS value FROM (SELECT m.grain, m.period_start, m.node_level, m.node_id, CAST(" + qualified(k.expr(), "m")
          + " AS DOUBLE) AS cur, CAST(" + qualified(k.expr(), "p") + " AS DOUBLE) AS ref FROM measures m LEFT JOIN measures p"
          + " ON p.grain = m.grain AND p.node_level = m.node_level AND p.node_id = m.node_id"
          + " AND p.period_start = (m.period_start - " + back + ")::DATE) WHERE grain IN (" + grains + ")";
      String end = "(period_start + CASE period_grain WHEN 'month' THEN INTERVAL 1 MONTH WHEN 'quarter' THEN INTERVAL 3 MONTH"
          + " ELSE INTERVAL 12 MONTH END - INTERVAL 1 DAY)::DATE";
      return "SELECT kpi_id, node_level, node_id, period_grain, period_start, CASE WHEN " + end + " < DATE '" + asOf
          + "' THEN value END AS value FROM (" + everyPeriod + ")";
    }
    return "SELECT '" + k.id() + "' AS kpi_id, node_level, node_id, grain AS period_grain, period_start, CAST(" + value
        + " AS DOUBLE) AS value FROM measures WHERE grain IN (" + grains + ")";
  }

  /** A measure expression such as {@code net_sales - cogs} with each measure read from table {@code alias}. */
  private static String qualified(String expr, String alias) {
    return expr.replaceAll("\\b([a-z][a-z0-9_]*)\\b", alias + ".$1");
  }

  private static String type(ColumnType type) {
    return switch (type) {
      case STRING -> "VARCHAR";
      case INT -> "INTEGER";
      case LONG -> "BIGINT";
      case DOUBLE -> "DOUBLE";
      case DECIMAL -> "DECIMAL(38, 10)";
      case BOOLEAN -> "BOOLEAN";
      case DATE -> "DATE";
      case TIMESTAMP -> "TIMESTAMP";
    };
  }
}
