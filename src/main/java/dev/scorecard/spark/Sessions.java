package dev.scorecard.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the SparkSession the engine runs in.
 *
 * <p>Two kinds of settings. {@link #DEFAULTS} tune Spark and Delta for one machine and scorecard
 * data (small after the first aggregation); a user who sets one of them, with spark-submit's
 * {@code --conf}, {@code spark-defaults.conf} or a {@code -Dspark...} system property, keeps the
 * value given. {@link #REQUIRED} are what the engine's results depend on (Delta's extension,
 * null for a zero denominator, dates in UTC); they are always set, and a user value that
 * differs is logged and replaced. Under spark-submit the master given there wins over
 * {@code --master}. A session already running in this JVM (a test, a notebook) is used as it is,
 * with only the required settings applied.
 */
public final class Sessions {
  private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);
  private static final String DELTA_EXTENSION = "io.delta.sql.DeltaSparkSessionExtension";

  /** Tuning for one machine; each yields to a value the user set. */
  static final Map<String, String> DEFAULTS = ordered(
      "spark.ui.enabled", "false",
      "spark.ui.showConsoleProgress", "false",
      "spark.sql.shuffle.partitions", "8",
      "spark.sql.adaptive.enabled", "true",
      // Delta rebuilds a table's state with this many tasks on every snapshot; our logs are small.
      "spark.databricks.delta.snapshotPartitions", "1");

  /** Settings the engine's results depend on; always set. */
  static final Map<String, String> REQUIRED = ordered(
      "spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog",
      // Owners' expressions divide by counts that can be zero for a node and period: that is
      // "no value" (null), as documented, not an error that stops the tenant.
      "spark.sql.ansi.enabled", "false",
      "spark.sql.legacy.timeParserPolicy", "CORRECTED",
      "spark.sql.session.timeZone", "UTC",
      // Every write conforms to its table's schema (publish.TableSchemas); nothing widens it silently.
      "spark.databricks.delta.schema.autoMerge.enabled", "false");

  private Sessions() {}

  public static SparkSession create(String master, String appName) {
    return create(master, appName, Map.of());
  }

  /**
   * A session as above with {@code extra} settings a command needs (a catalog, a server port),
   * set like the required ones: always, over a user's value.
   */
  public static SparkSession create(String master, String appName, Map<String, String> extra) {
    SparkSession running = SparkSession.getDefaultSession().isDefined() ? SparkSession.getDefaultSession().get() : null;
    if (running != null) {
      REQUIRED.forEach((key, value) -> running.conf().set(key, value));
      extra.forEach((key, value) -> running.conf().set(key, value));
      return running;
    }
    SparkConf user = new SparkConf();
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    settings(user).forEach(builder::config);
    extra.forEach(builder::config);
    if (!user.contains("spark.master")) {
      builder = builder.master(master);
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }

  /**
   * What the engine sets on top of the user's configuration: each default the user left unset,
   * every required setting, and Delta's extension added to any the user declared.
   */
  static Map<String, String> settings(SparkConf user) {
    Map<String, String> settings = new LinkedHashMap<>();
    DEFAULTS.forEach((key, value) -> {
      if (!user.contains(key)) {
        settings.put(key, value);
      }
    });
    REQUIRED.forEach((key, value) -> {
      if (user.contains(key) && !user.get(key).equals(value)) {
        LOG.warn("{}={} is replaced by {}: the engine's results depend on it", key, user.get(key), value);
      }
      settings.put(key, value);
    });
    String extensions = user.contains("spark.sql.extensions") ? user.get("spark.sql.extensions") : "";
    settings.put("spark.sql.extensions",
        extensions.contains(DELTA_EXTENSION) ? extensions : extensions.isEmpty() ? DELTA_EXTENSION : extensions + "," + DELTA_EXTENSION);
    return settings;
  }

  private static Map<String, String> ordered(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
