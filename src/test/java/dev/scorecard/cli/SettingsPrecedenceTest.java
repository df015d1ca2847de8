package dev.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.testing.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new JVM, as spark-submit starts one: the Spark settings a user gives ({@code --conf} arrives as
 * {@code -Dspark...}) win over the engine's defaults, the defaults fill in the rest, and a setting
 * the results depend on stays the engine's. Read back with {@code scorecard sql}'s prompt.
 */
class SettingsPrecedenceTest {
  @Test
  void aUsersSettingWinsOverTheDefaultsButNotOverWhatResultsDependOn(@TempDir Path warehouse)
      throws IOException, InterruptedException {
    List<String> command = ChildJvm.command(Main.class,
        List.of("-Dspark.sql.shuffle.partitions=3", "-Dspark.sql.ansi.enabled=true"),
        "sql", "--format", "csv", "--warehouse", warehouse.toString(), "--master", "local[1]");
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    process.getOutputStream().write(("SET spark.sql.shuffle.partitions;\nSET spark.databricks.delta.snapshotPartitions;\n"
        + "SET spark.sql.ansi.enabled;\n").getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).isEqualTo(ExitCodes.OK);
    assertThat(out.lines().filter(l -> l.startsWith("spark."))).containsExactly(
        "spark.sql.shuffle.partitions,3", "spark.databricks.delta.snapshotPartitions,1", "spark.sql.ansi.enabled,false");
  }
}
