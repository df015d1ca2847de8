package dev.scorecard.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import dev.scorecard.publish.SilverTables;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Finds the files of a parse that were not delivered whole, so that none of their rows is
 * published: a half-delivered day would read as a bad day until someone noticed. A file is
 * incomplete when it cannot be read to its end (a truncated gzip, a quoted field never closed),
 * or when its last record is cut: a CSV record with fewer fields than the header, a JSON line
 * that ends mid-object, with no line break after it. Such a file is read again line by line, and every line goes to
 * quarantine with the damage as its reason ({@link RecordParser#rejected}); its complete
 * re-delivery then replaces it cleanly.
 */
final class IncompleteFiles {
  /** How the damage of a file suspected for its last record starts. */
  private static final String LAST = "its last";
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
          : r.getString(4) != null ? LAST + " record (line " + r.getLong(3) + ") " + r.getString(4)
          : LAST + " line (" + r.getLong(3) + ") is cut off: " + r.getString(5);
      found.put(key(r.getString(0), r.getString(1)), why);
    }
    return found;
  }

  /**
   * Leaves out of {@code incomplete} the files suspected only for their last record (short of
   * fields, or not whole JSON) that end with a line break: such a file was written to its end,
   * and its odd last line (a trailer, a total) is a bad row, not a cut. A file cut mid-record
   * has no line break at its end.
   */
  static void keepCutOnly(Map<String, String> incomplete, List<SourceRead> group, Configuration hadoop) {
    if (incomplete.isEmpty()) {
      return;
    }
    for (SourceRead read : group) {
      for (LandingFile file : read.files()) {
        String key = key(read.tenantId(), file.relativePath());
        String damage = incomplete.get(key);
        if (damage != null && damage.startsWith(LAST) && endsWithLineBreak(file, hadoop)) {
          incomplete.remove(key);
        }
      }
    }
  }

  private static boolean endsWithLineBreak(LandingFile file, Configuration hadoop) {
    Path path = new Path(URI.create(file.uri()));
    try (InputStream raw = path.getFileSystem(hadoop).open(path);
        InputStream in = file.relativePath().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      int last = -1;
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
        if (n > 0) {
          last = buffer[n - 1];
        }
      }
      return last == '\n';
    } catch (IOException e) {
      return false; // cannot be read to its end: incomplete indeed
    }
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
