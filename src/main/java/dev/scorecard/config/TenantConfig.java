package dev.scorecard.config;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Everything one tenant declares: strategy, hierarchy, sources, measures and its scorecard. */
public record TenantConfig(
    Path file,
    String tenantId,
    String name,
    int fiscalYearStartMonth,
    String currency,
    Strategy strategy,
    Hierarchy hierarchy,
    Map<String, SourceSpec> sources,
    Map<String, MeasureSpec> measures,
    Map<String, PerspectiveSpec> perspectives,
    Map<String, ObjectiveSpec> objectives,
    Map<String, KpiSpec> kpis,
    List<LinkSpec> links,
    List<TargetSpec> targets,
    ForecastSettings forecast,
    AlertSettings alerts) {

  public static final String ID_PATTERN = "[a-z0-9][a-z0-9_-]{0,63}";
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /**
   * The measure a KPI is when it adds up over days and locations: a simple KPI that is one
   * measure summed or counted (revenue, orders); empty for every other KPI. Such a KPI's region
   * is the sum of its locations, its quarter the sum of its days, and its period in progress
   * the part so far of a whole period.
   */
  public Optional<MeasureSpec> additiveMeasure(KpiSpec kpi) {
    if (kpi.type() != KpiType.SIMPLE || kpi.expr() == null) {
      return Optional.empty();
    }
    MeasureSpec measure = measures.get(kpi.expr().strip());
    boolean adds = measure != null && (measure.agg() == Aggregation.SUM || measure.agg() == Aggregation.COUNT);
    return adds ? Optional.of(measure) : Optional.empty();
  }

  /**
   * The measures a ratio KPI's numerator and denominator read, whose sums it divides; empty for
   * other KPIs. Its period in progress can be completed from these sums to date.
   */
  public List<MeasureSpec> ratioMeasures(KpiSpec kpi) {
    if (kpi.type() != KpiType.RATIO) {
      return List.of();
    }
    Matcher names = IDENTIFIER.matcher(kpi.numerator() + " " + kpi.denominator());
    Set<MeasureSpec> found = new LinkedHashSet<>();
    while (names.find()) {
      MeasureSpec measure = measures.get(names.group());
      if (measure != null) {
        found.add(measure);
      }
    }
    return List.copyOf(found);
  }

}
