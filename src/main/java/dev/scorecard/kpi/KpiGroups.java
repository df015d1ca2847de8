package dev.scorecard.kpi;

import dev.scorecard.config.KpiSpec;
import dev.scorecard.config.MeasureSpec;
import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.publish.SilverTables;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tenants whose KPI values come from one Spark plan: the same fiscal year, measures and KPI
 * definitions, and for every source the same silver table, date column and business key. A
 * franchise platform's tenants made from one template form one group, however many there are;
 * their hierarchies and targets may differ.
 */
public final class KpiGroups {
  private KpiGroups() {}

  /** The tenants in groups, each in the order given. */
  public static Collection<List<TenantConfig>> of(List<TenantConfig> tenants) {
    Map<String, List<TenantConfig>> groups = new LinkedHashMap<>();
    tenants.forEach(t -> groups.computeIfAbsent(key(t), k -> new ArrayList<>()).add(t));
    return groups.values();
  }

  static String key(TenantConfig t) {
    String sources = t.sources().values().stream().map(KpiGroups::source).collect(Collectors.joining(";"));
    String measures = t.measures().values().stream().map(MeasureSpec::toString).collect(Collectors.joining(";"));
    String kpis = t.kpis().values().stream().map(KpiGroups::kpi).collect(Collectors.joining(";"));
    return t.fiscalYearStartMonth() + "\n" + sources + "\n" + measures + "\n" + kpis;
  }

  private static String source(SourceSpec s) {
    return s.id() + "|" + SilverTables.name(s) + "|" + s.dateColumn() + "|" + s.businessKey();
  }

  private static String kpi(KpiSpec k) {
    return String.join("|", k.id(), k.type().id(), k.expr() + "", k.numerator() + "", k.denominator() + "",
        Double.toString(k.scale()), k.against() + "", k.unit() + "", k.grains().toString());
  }
}
