package dev.scorecard.generate;

import dev.scorecard.config.Grain;
import dev.scorecard.config.Level;
import dev.scorecard.config.TargetSpec;
import dev.scorecard.generate.FiscalCalendar.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives a tenant's targets from its simulated data with {@link Goals}: additive KPIs per level
 * and grain (a region's numbers come from regions, an org's from the org), other KPIs once for
 * all levels from location values. Only whole fiscal periods count; when the span holds none
 * of a grain (short benchmark runs), partial periods are used, additive values scaled up to a
 * whole period.
 */
final class TargetCalibrator {
  static final int DEFAULT_GREEN = 90;

  private final TenantModel model;
  private final Span span;
  private final Ledger ledger;
  private final FiscalCalendar calendar;
  /** Totals by node and months, shared by the KPIs (a lookup only, never iterated). */
  private final Map<List<List<String>>, Totals> totals = new HashMap<>();

  TargetCalibrator(TenantModel model, Span span, Ledger ledger) {
    this.model = model;
    this.span = span;
    this.ledger = ledger;
    this.calendar = model.calendar();
  }

  /** Recurring targets for every KPI at month, quarter and year, in KPI order. */
  List<TargetSpec> targets() {
    List<TargetSpec> lines = new ArrayList<>();
    for (KpiRecipe kpi : model.scorecard().kpis()) {
      lines.addAll(kpi.additive() ? perLevel(kpi) : allLevels(kpi));
    }
    return lines;
  }

  /**
   * Examples for the first additive KPI: a target of its own for the largest location (when
   * there is more than one) and a stricter override for the peak month.
   */
  List<TargetSpec> examples() {
    KpiRecipe kpi = model.scorecard().kpis().stream().filter(KpiRecipe::additive).findFirst().orElseThrow();
    List<TargetSpec> lines = new ArrayList<>();
    List<String> locations = model.locationIds();
    if (locations.size() > 1) {
      String flagship = locations.stream()
          .max(Comparator.comparingDouble(id -> kpi.value(totals(List.of(id), span.months()), null)))
          .orElseThrow();
      Goal own = Goals.fit(values(kpi, Grain.MONTH, List.of(List.of(flagship))), kpi, DEFAULT_GREEN);
      lines.add(own.forNode(kpi.id(), Grain.MONTH, flagship));
    }
    peakMonth().ifPresent(month -> {
      double[] values = locations.stream()
          .mapToDouble(id -> kpi.value(totals(List.of(id), List.of(month)), null)).toArray();
      Goal peak = Goals.fit(values, kpi, 95);
      lines.add(peak.forPeriod(kpi.id(), Grain.MONTH, Level.LOCATION, month, 95, 80));
    });
    return lines;
  }

  private List<TargetSpec> perLevel(KpiRecipe kpi) {
    List<TargetSpec> lines = new ArrayList<>();
    for (Grain grain : Grains.TARGETED) {
      for (Map.Entry<Level, List<List<String>>> level : levels().entrySet()) {
        Goal goal = Goals.fit(values(kpi, grain, level.getValue()), kpi, DEFAULT_GREEN);
        lines.add(goal.recurring(kpi.id(), grain, Optional.of(level.getKey())));
      }
    }
    return lines;
  }

  private List<TargetSpec> allLevels(KpiRecipe kpi) {
    List<List<String>> locations = levels().get(Level.LOCATION);
    Goal shared = kpi.calibrateOn() == null ? null : fit(kpi, kpi.calibrateOn(), locations);
    List<TargetSpec> lines = new ArrayList<>();
    for (Grain grain : Grains.TARGETED) {
      Goal goal = shared != null ? shared : fit(kpi, grain, locations);
      lines.add(goal.recurring(kpi.id(), grain, Optional.empty()));
    }
    return lines;
  }

  /** Fits on the values, or for growth without a year-ago period, 5% growth against none. */
  private Goal fit(KpiRecipe kpi, Grain grain, List<List<String>> nodes) {
    double[] values = values(kpi, grain, nodes);
    return values.length == 0 ? Goals.round(5, 0) : Goals.fit(values, kpi, DEFAULT_GREEN);
  }

  /** The location sets of each level's nodes, levels bottom up, nodes in YAML order. */
  private Map<Level, List<List<String>>> levels() {
    Map<Level, List<List<String>>> levels = new EnumMap<>(Level.class);
    levels.put(Level.LOCATION, model.locationIds().stream().map(List::of).toList());
    levels.put(Level.REGION, model.hierarchy().regions().stream().map(TenantModel::locationIds).toList());
    levels.put(Level.ORG, List.of(model.locationIds()));
    return levels;
  }

  /** The KPI's values for every node and usable period of the grain. */
  double[] values(KpiRecipe kpi, Grain grain, List<List<String>> nodes) {
    List<Period> periods = calendar.periods(grain, span);
    boolean estimate = periods.stream().noneMatch(Period::complete);
    List<Double> values = new ArrayList<>();
    for (List<String> node : nodes) {
      for (Period period : periods) {
        if (!estimate && !period.complete()) {
          continue;
        }
        double value = kpi.value(totals(node, period.months()), yearAgo(node, period));
        if (estimate && kpi.additive()) {
          value *= wholeDays(period, grain) / (double) coveredDays(period);
        }
        if (Double.isFinite(value)) {
          values.add(value);
        }
      }
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private Totals yearAgo(List<String> node, Period period) {
    List<YearMonth> months = period.months().stream().map(m -> m.minusMonths(12)).toList();
    return months.stream().allMatch(span::covers) ? totals(node, months) : null;
  }

  private static long wholeDays(Period period, Grain grain) {
    return ChronoUnit.DAYS.between(period.start().atDay(1), period.start().plusMonths(Grains.months(grain)).atDay(1));
  }

  private long coveredDays(Period period) {
    return period.months().stream().mapToLong(m -> span.days(m).size()).sum();
  }

  private Totals totals(List<String> node, List<YearMonth> months) {
    return totals.computeIfAbsent(List.of(node, months.stream().map(YearMonth::toString).toList()),
        key -> ledger.over(node, months));
  }

  /** The last December the span covers (Christmas trade), else the last whole month, if any. */
  private Optional<YearMonth> peakMonth() {
    List<YearMonth> whole = span.months().stream().filter(span::covers).toList();
    return whole.stream().filter(m -> m.getMonthValue() == 12).reduce((a, b) -> b)
        .or(() -> whole.stream().reduce((a, b) -> b));
  }
}
