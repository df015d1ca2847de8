package dev.scorecard.config;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Names as exports write them and as the engine uses them.
 *
 * <p>A source declares each column by its name in the file ({@code Net Sales}, {@code Créé le},
 * {@code order-id}); measures, rules and tables use an identifier, given with {@code as} or
 * derived from that name: accents dropped ({@code ß} as {@code ss}), lower case, every run of other characters than
 * letters and digits one {@code _}, none at either end, and {@code col_} in front of a leading
 * digit. So {@code Net Sales} is {@code net_sales}, {@code Créé le} is {@code cree_le},
 * {@code 2024 Units} is {@code col_2024_units}, and a snake-case name is itself.
 *
 * <p>Headers and location codes are matched loosely when not exactly: ignoring case and
 * surrounding spaces. A name that matches nothing is reported with the nearest candidate.
 */
public final class ColumnNames {
  /** What an identifier looks like: Spark SQL and Delta take it unquoted. */
  public static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private ColumnNames() {}

  /** The identifier derived from a column's name in the file; empty when it has no letter or digit. */
  public static String identifier(String header) {
    String plain = MARKS.matcher(Normalizer.normalize(header.replace("ß", "ss"), Normalizer.Form.NFKD)).replaceAll("");
    String id = OTHER.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("_").replaceAll("^_+|_+$", "");
    return !id.isEmpty() && Character.isDigit(id.charAt(0)) ? "col_" + id : id;
  }

  /** A name as compared loosely: without surrounding spaces, in lower case. */
  public static String loose(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The candidate nearest to {@code wanted} when it is near enough to be a likely slip (compared
   * loosely; at most a third of the longer name's characters differ), else empty.
   */
  public static Optional<String> nearest(String wanted, Collection<String> candidates) {
    String w = loose(wanted);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String c = loose(candidate);
      int limit = Math.max(1, Math.max(w.length(), c.length()) / 3);
      int distance = DISTANCE.apply(w, c);
      if (distance <= limit && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }
}
