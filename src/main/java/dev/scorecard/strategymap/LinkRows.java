package dev.scorecard.strategymap;

import dev.scorecard.publish.CuratedTables;
import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/** {@link LinkRow}s as a frame shaped like {@code strategy_links}. */
public final class LinkRows {
  private LinkRows() {}

  public static Dataset<Row> frame(SparkSession spark, List<LinkRow> rows) {
    return spark.createDataFrame(rows.stream().map(LinkRows::row).toList(),
        CuratedTables.STRATEGY_LINKS.contentSchema());
  }

  private static Row row(LinkRow r) {
    return RowFactory.create(r.tenantId(), r.fromId(), r.toId(), r.grain(), r.configured(), r.lag(), r.correlation(),
        r.pValue(), r.n(), r.verdict().id(), r.causeKpi(), r.effectKpi(), r.locations(), r.periods(),
        scala.jdk.javaapi.CollectionConverters.asScala(r.byLag()).toSeq(),
        r.throughPeriod() == null ? null : Date.valueOf(r.throughPeriod()));
  }
}
