package dev.scorecard.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import dev.scorecard.publish.SilverTables;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Finds the files of a parse that were not delivered whole, so that none of their rows is
 * published: a half-delivered day would read as a bad day until someone noticed. A file is
 * incomplete when it cannot be read to its end (a truncated gzip, a quoted field never closed),
 * or when its last record is cut: a CSV record with fewer fields than the header, a JSON line
 * that ends mid-object. Such a file is read again line by line, and every line goes to
 * quarantine with the damage as its reason ({@link RecordParser#rejected}); its complete
 * re-delivery then replaces it cleanly.
 */
final class IncompleteFiles {
  private static final String CUT_CSV = "^has (\\\\d+) fields where the header has (\\\\d+)$";

  private IncompleteFiles() {}

  /** The damage of each incomplete file, by {@link #key}; empty for most parses. */
  static Map<String, String> find(Dataset<Row> parsed, String reasons) {
    String unreadable = "filter(" + reasons + ", r -> r LIKE '" + UnreadableTail.PREFIX + "%')";
    Dataset<Row> damage = parsed.groupBy(col(SilverTables.TENANT), col(SilverTables.FILE)).agg(
        expr("max(try_element_at(" + unreadable + ", 1))").as("unreadable"),
        expr("max(" + SilverTables.LINE + ")").as("last_line"),
        expr("max_by(try_element_at(filter(" + reasons + ", r -> try_cast(regexp_extract(r, '" + CUT_CSV + "', 1) AS int)"
            + " < try_cast(regexp_extract(r, '" + CUT_CSV + "', 2) AS int)), 1), " + SilverTables.LINE + ")").as("cut_csv"),
        expr("max_by(try_element_at(filter(" + reasons + ", r -> r LIKE 'not valid JSON: Unexpected end-of-input%'), 1), "
            + SilverTables.LINE + ")").as("cut_json"))
        .where("unreadable IS NOT NULL OR cut_csv IS NOT NULL OR cut_json IS NOT NULL");
    Map<String, String> found = new HashMap<>();
    for (Row r : damage.collectAsList()) {
      String why = r.getString(2) != null ? r.getString(2)
          : r.getString(4) != null ? "its last record (line " + r.getLong(3) + ") " + r.getString(4)
          : "its last line (" + r.getLong(3) + ") is cut off: " + r.getString(5);
      found.put(key(r.getString(0), r.getString(1)), why);
    }
    return found;
  }

  /** A file of a tenant, as one key. */
  static String key(String tenantId, String file) {
    return tenantId + "\u0000" + file;
  }

  /** The reason every line of an incomplete file is quarantined with. */
  static String reason(String damage) {
    return "file is incomplete (" + damage + "); nothing of it is published until it is delivered whole";
  }
}
