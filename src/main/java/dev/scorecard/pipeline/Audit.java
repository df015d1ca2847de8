package dev.scorecard.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The superseded counts of the audit, per file (a handful of numbers, so on the driver): the files
 * read this run get theirs in their new audit row; files read earlier whose rows the run's rows
 * superseded (or no longer supersede) get a recount.
 */
final class Audit {
  /** The columns of a recount: which file, and its new count. */
  static final StructType RECOUNT = new StructType().add("tenant_id", DataTypes.StringType)
      .add("source", DataTypes.StringType).add("file", DataTypes.StringType).add("rows_superseded", DataTypes.LongType);

  private final Map<String, Long> superseded = new HashMap<>();

  /** @param counts rows of (tenant_id, file, rows_superseded, source) */
  Audit(List<Row> counts) {
    for (Row r : counts) {
      superseded.put(key(r.getString(0), r.getString(3), r.getString(1)), r.getLong(2));
    }
  }

  /** A new audit row with its file's superseded count. */
  Row withSuperseded(Row audit) {
    Object[] values = new Object[audit.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = audit.get(i);
    }
    String file = audit.getString(audit.fieldIndex("file"));
    values[audit.fieldIndex("rows_superseded")] = count(audit.getString(0), audit.getString(1), file);
    return RowFactory.create(values);
  }

  /**
   * For each tenant and source whose earlier rows were hit, every file ingested before and not
   * read now, with its count as recounted (0 when none of its rows is superseded any more).
   */
  List<Row> recounts(Map<String, Set<String>> hit, Map<String, Map<String, Map<String, String>>> ingested, List<Row> fresh) {
    Set<String> readNow = new HashSet<>();
    fresh.forEach(r -> readNow.add(key(r.getString(0), r.getString(1), r.getString(2))));
    List<Row> rows = new ArrayList<>();
    hit.forEach((tenant, sources) -> sources.forEach(source -> {
      for (String file : ingested.getOrDefault(tenant, Map.of()).getOrDefault(source, Collections.emptyMap()).keySet()) {
        if (!readNow.contains(key(tenant, source, file))) {
          rows.add(RowFactory.create(tenant, source, file, count(tenant, source, file)));
        }
      }
    }));
    return rows;
  }

  private long count(String tenant, String source, String file) {
    return superseded.getOrDefault(key(tenant, source, file), 0L);
  }

  private static String key(String tenant, String source, String file) {
    return tenant + "\u0000" + source + "\u0000" + file;
  }
}
