package dev.scorecard.alert;

import java.sql.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;

/** The locations each alert's question was asked of, from {@link Conditions#asked}: what folding counts shares of. */
public final class Asked implements Folding.Coverage {
  private final Map<String, Set<String>> locations = new HashMap<>();

  public Asked(List<Row> rows) {
    for (Row r : rows) {
      locations.computeIfAbsent(key(r.getAs("asked_by"), r.getAs("tenant_id"), r.getAs("subject_type"),
          r.getAs("subject_id"), r.getAs("period_grain"), String.valueOf(r.<Date>getAs("period_start"))),
          k -> new HashSet<>()).add(r.getAs("node_id"));
    }
  }

  @Override
  public Set<String> locations(Condition c) {
    return locations.getOrDefault(key(askedBy(c), c.tenantId(), c.subjectType(), c.subjectId(), c.periodGrain(),
        String.valueOf(c.periodStart())), Set.of());
  }

  /** The question a condition answers, as {@link Conditions#asked} names it: of forecasts, or of scores. */
  public static String askedBy(Condition c) {
    return c.kind() == AlertKind.FORECAST_RISK ? "forecasts" : "scores";
  }

  private static String key(String... parts) {
    return String.join("\u0000", parts);
  }
}
