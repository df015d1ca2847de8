package dev.scorecard.kpi;

import dev.scorecard.config.ConfigProblem;
import dev.scorecard.config.KpiSpec;
import dev.scorecard.config.KpiType;
import dev.scorecard.config.MeasureSpec;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.publish.SilverTables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Checks the Spark SQL expressions of a tenant's measures and KPIs against the declared schemas
 * before any data is read or written, so a typo surfaces as a config error naming the file and key (exit 2) rather
 * than as a stack trace in the middle of a run. Only analysis runs here; no Spark job starts.
 */
public final class ExpressionCheck {
  private ExpressionCheck() {}

  /**
   * Every problem with each tenant's expressions, per tenant with problems. Tenants that define
   * their KPIs alike ({@link KpiGroups}) are analysed once.
   */
  public static Map<String, List<ConfigProblem>> check(SparkSession spark, List<TenantConfig> tenants) {
    Map<String, List<ConfigProblem>> problems = new LinkedHashMap<>();
    for (List<TenantConfig> group : KpiGroups.of(tenants)) {
      List<ConfigProblem> found = check(spark, group.get(0));
      if (!found.isEmpty()) {
        group.forEach(t -> problems.put(t.tenantId(), found.stream()
            .map(p -> new ConfigProblem(t.file().toString(), p.key(), p.message())).toList()));
      }
    }
    return problems;
  }

  /** Every problem with the tenant's expressions, checked against empty frames of the declared schemas. */
  public static List<ConfigProblem> check(SparkSession spark, TenantConfig tenant) {
    Map<String, Dataset<Row>> silver = new LinkedHashMap<>();
    tenant.sources().values().forEach(s -> silver.put(s.id(), spark.createDataFrame(List.of(), SilverTables.schema(s))));
    List<ConfigProblem> problems = new ArrayList<>();
    measures(tenant, silver, problems);
    for (MeasureSpec m : tenant.measures().values()) {
      TenantConfig alone = withOnly(tenant, m);
      analyse(tenant, "measures." + m.id(), m.agg().id() + " of " + m.expr().orElse("rows"),
          () -> KpiValues.measures(spark, List.of(alone), silver, LocalDate.now()), problems);
    }
    if (problems.isEmpty()) {
      kpis(tenant, KpiValues.measures(spark, List.of(tenant), silver, LocalDate.now()), problems);
    }
    return problems;
  }

  /** The tenant with one measure and no KPIs: to analyse the SQL generated for that measure alone. */
  private static TenantConfig withOnly(TenantConfig t, MeasureSpec m) {
    return new TenantConfig(t.file(), t.tenantId(), t.name(), t.fiscalYearStartMonth(), t.currency(), t.strategy(),
        t.hierarchy(), t.sources(), Map.of(m.id(), m), t.perspectives(), t.objectives(), t.kpis(), t.links(), t.targets(),
        t.forecast(), t.alerts());
  }

  private static void measures(TenantConfig tenant, Map<String, Dataset<Row>> silver, List<ConfigProblem> problems) {
    for (MeasureSpec m : tenant.measures().values()) {
      Dataset<Row> rows = silver.get(m.source());
      if (rows != null) {
        m.expr().ifPresent(e -> analyse(tenant, "measures." + m.id() + ".expr", e, () -> rows.selectExpr(e), problems));
        m.filter().ifPresent(f -> analyse(tenant, "measures." + m.id() + ".filter", f, () -> rows.filter(f), problems));
      }
    }
  }

  private static void kpis(TenantConfig tenant, Dataset<Row> measures, List<ConfigProblem> problems) {
    for (KpiSpec k : tenant.kpis().values()) {
      String key = "kpis." + k.id();
      if (k.type() == KpiType.RATIO) {
        analyse(tenant, key + ".numerator", k.numerator(), () -> measures.selectExpr(k.numerator()), problems);
        analyse(tenant, key + ".denominator", k.denominator(), () -> measures.selectExpr(k.denominator()), problems);
      } else {
        analyse(tenant, key + ".expr", k.expr(), () -> measures.selectExpr(k.expr()), problems);
      }
    }
  }

  private static void analyse(TenantConfig tenant, String key, String expr, Runnable analysis, List<ConfigProblem> problems) {
    try {
      analysis.run();
    } catch (Exception e) { // Scala throws AnalysisException, a checked exception to Java, undeclared
      if (!(e instanceof AnalysisException)) {
        throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
      }
      String reason = e.getMessage().lines().findFirst().orElse("").strip();
      problems.add(new ConfigProblem(tenant.file().toString(), key, "Spark cannot use '" + expr + "': " + reason));
    }
  }
}
