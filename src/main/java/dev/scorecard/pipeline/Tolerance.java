package dev.scorecard.pipeline;

import static org.apache.spark.sql.functions.col;

import dev.scorecard.config.SourceSpec;
import dev.scorecard.ingest.Ingest;
import dev.scorecard.ingest.SourceRead;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;

/**
 * Each source's tolerance of bad rows ({@code max_bad_ratio}), over the files read this run: a
 * tenant with any source over it leaves the batch before anything is written for it, with every
 * such source named and its most common reasons.
 */
final class Tolerance {
  private Tolerance() {}

  static void reject(Batch batch, List<SourceRead> reads, List<Row> audit, Dataset<Row> quarantine) {
    Map<String, List<SourceRead>> over = new LinkedHashMap<>();
    for (SourceRead r : reads) {
      long read = 0;
      long bad = 0;
      for (Row a : audit) {
        if (counted(a, r.tenantId(), r.source().id())) {
          read += a.getLong(a.fieldIndex("rows_read"));
          bad += a.getLong(a.fieldIndex("rows_quarantined"));
        }
      }
      if (read > 0 && (double) bad / read > r.source().maxBadRatio()) {
        over.computeIfAbsent(r.tenantId(), t -> new ArrayList<>()).add(r);
      }
    }
    if (over.isEmpty()) {
      return;
    }
    List<Row> common = mostCommon(quarantine, over);
    over.forEach((tenant, sources) -> {
      List<String> reasons = new ArrayList<>();
      for (SourceRead r : sources) {
        reasons.add(describe(r.source(), audit, common, tenant));
      }
      reasons.add("nothing new was published for tenant " + tenant);
      batch.reject(tenant, Outcome.DATA_REJECTED, reasons);
    });
  }

  /** The three most common (file, reason) pairs of each source over tolerance. */
  private static List<Row> mostCommon(Dataset<Row> quarantine, Map<String, List<SourceRead>> over) {
    Column wanted = functions.lit(false);
    for (Map.Entry<String, List<SourceRead>> e : over.entrySet()) {
      for (SourceRead r : e.getValue()) {
        wanted = wanted.or(col("tenant_id").equalTo(e.getKey()).and(col("source").equalTo(r.source().id())));
      }
    }
    return quarantine.filter(wanted).groupBy("tenant_id", "source", "file", "reason").count()
        .withColumn("_rank", functions.row_number().over(Window.partitionBy("tenant_id", "source")
            .orderBy(col("count").desc(), col("file"), col("reason"))))
        .filter(col("_rank").leq(3)).orderBy("tenant_id", "source", "_rank").collectAsList();
  }

  /**
   * Whether an audit row counts toward its source's ratio: a file rejected whole does not. It
   * publishes nothing and is in the audit as rejected; counting its rows would stop the tenant's
   * good files too, night after night, until the file is delivered again.
   */
  private static boolean counted(Row audit, String tenant, String source) {
    return audit.getString(0).equals(tenant) && audit.getString(1).equals(source)
        && !Ingest.REJECTED.equals(audit.getAs("status"));
  }

  private static String describe(SourceSpec source, List<Row> audit, List<Row> common, String tenant) {
    long read = 0;
    long bad = 0;
    for (Row a : audit) {
      if (counted(a, tenant, source.id())) {
        read += a.getLong(a.fieldIndex("rows_read"));
        bad += a.getLong(a.fieldIndex("rows_quarantined"));
      }
    }
    StringBuilder text = new StringBuilder(String.format("tenant %s, source %s: %d of %d rows quarantined (%.1f%%), over"
        + " max_bad_ratio %.1f%%; most common:", tenant, source.id(), bad, read, 100.0 * bad / read, 100 * source.maxBadRatio()));
    for (Row c : common) {
      if (c.getString(0).equals(tenant) && c.getString(1).equals(source.id())) {
        text.append(String.format("%n    %s: %s (%d rows)", c.getString(2), c.getString(3), c.getLong(4)));
      }
    }
    return text.toString();
  }
}
