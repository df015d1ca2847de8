package dev.scorecard.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** Which settings the engine adds to a user's Spark configuration (spark-submit --conf, -Dspark...). */
class SessionsTest {
  @Test
  void withNothingSetEveryDefaultAndRequiredSettingApplies() {
    Map<String, String> settings = Sessions.settings(new SparkConf(false));
    assertThat(settings).containsEntry("spark.sql.shuffle.partitions", "8")
        .containsEntry("spark.ui.enabled", "false")
        .containsEntry("spark.databricks.delta.snapshotPartitions", "1")
        .containsEntry("spark.sql.ansi.enabled", "false")
        .containsEntry("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension");
  }

  @Test
  void aDefaultTheUserSetKeepsTheUsersValue() {
    SparkConf user = new SparkConf(false).set("spark.sql.shuffle.partitions", "400").set("spark.ui.enabled", "true");
    Map<String, String> settings = Sessions.settings(user);
    // Not in what the engine sets, so the builder keeps the 400 and the UI the user asked for.
    assertThat(settings).doesNotContainKeys("spark.sql.shuffle.partitions", "spark.ui.enabled")
        .containsEntry("spark.databricks.delta.snapshotPartitions", "1");
  }

  @Test
  void aRequiredSettingIsAlwaysTheEnginesAndDeltaJoinsTheUsersExtensions() {
    SparkConf user = new SparkConf(false).set("spark.sql.ansi.enabled", "true")
        .set("spark.sql.extensions", "org.example.MyExtension");
    Map<String, String> settings = Sessions.settings(user);
    assertThat(settings).containsEntry("spark.sql.ansi.enabled", "false")
        .containsEntry("spark.sql.extensions", "org.example.MyExtension,io.delta.sql.DeltaSparkSessionExtension");
    SparkConf already = new SparkConf(false).set("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension,x.Y");
    assertThat(Sessions.settings(already)).containsEntry("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension,x.Y");
  }
}
