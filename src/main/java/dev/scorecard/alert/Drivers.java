package dev.scorecard.alert;

import static org.apache.spark.sql.functions.col;

import dev.scorecard.spark.Columns;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Why a rolled-up score is red or fell: the KPIs whose change pulled its node's score down most in
 * that period ({@code score_changes}), those of the objective or perspective alerted about.
 */
public final class Drivers {
  private static final int TOP = 3;
  private static final Set<String> ROLLED_UP = Set.of("objective", "perspective", "scorecard");

  private Drivers() {}

  /** The conditions, those about a rolled-up score with their top {@value #TOP} negative contributors. */
  public static List<Condition> add(List<Condition> conditions, Dataset<Row> scoreChanges) {
    List<Row> keys = new ArrayList<>();
    for (Condition c : conditions) {
      if (needs(c)) {
        keys.add(RowFactory.create(c.tenantId(), c.nodeLevel(), c.nodeId(), c.periodGrain(), Date.valueOf(c.periodStart())));
      }
    }
    if (keys.isEmpty()) {
      return conditions;
    }
    StructType schema = new StructType().add("tenant_id", DataTypes.StringType).add("node_level", DataTypes.StringType)
        .add("node_id", DataTypes.StringType).add("period_grain", DataTypes.StringType)
        .add("period_start", DataTypes.DateType);
    Dataset<Row> wanted = scoreChanges.sparkSession().createDataFrame(keys, schema).distinct();
    Map<String, List<Row>> changes = new HashMap<>();
    for (Row r : scoreChanges.filter(col("contribution").lt(0).and(col("contributor").notEqual("renormalisation")))
        .join(wanted, Columns.seq("tenant_id", "node_level", "node_id", "period_grain", "period_start"), "left_semi")
        .collectAsList()) {
      changes.computeIfAbsent(key(r.getAs("tenant_id"), r.getAs("node_level"), r.getAs("node_id"), r.getAs("period_grain"),
          r.<Date>getAs("period_start").toString()), k -> new ArrayList<>()).add(r);
    }
    return conditions.stream().map(c -> needs(c) ? c.withDrivers(text(c, changes.getOrDefault(key(c.tenantId(),
        c.nodeLevel(), c.nodeId(), c.periodGrain(), c.periodStart().toString()), List.of()))) : c).toList();
  }

  private static boolean needs(Condition c) {
    return (c.kind() == AlertKind.STATUS || c.kind() == AlertKind.TRANSITION) && ROLLED_UP.contains(c.subjectType());
  }

  private static String text(Condition c, List<Row> changes) {
    return changes.stream()
        .filter(r -> switch (c.subjectType()) {
          case "objective" -> c.subjectId().equals(r.getAs("objective_id"));
          case "perspective" -> c.subjectId().equals(r.getAs("perspective_id"));
          default -> true;
        })
        .sorted(Comparator.comparingDouble(r -> r.<Double>getAs("contribution")))
        .limit(TOP)
        .map(r -> r.<String>getAs("contributor") + " (" + String.format(Locale.ROOT, "%+.1f", r.<Double>getAs("contribution"))
            + ")")
        .reduce((a, b) -> a + ", " + b).orElse(null);
  }

  private static String key(String... parts) {
    return String.join("\u0000", parts);
  }
}
