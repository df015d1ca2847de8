package dev.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scorecard.pipeline.Stage;
import dev.scorecard.pipeline.Stages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The two ways the jar is scheduled, checked against the jar itself: the Airflow DAG
 * ({@code jobs/scorecard_nightly_dag.py}, loaded by {@code src/test/python/load_dag.py} with
 * stand-ins for Airflow, which is not installed here) and the cron script
 * ({@code jobs/scorecard-nightly.sh}, run with a stand-in {@code java} that records its
 * arguments and exits with the codes a scenario gives). Both must run every stage in the
 * pipeline's order, with arguments the command line accepts, and retry only what a retry can fix.
 */
class NightlyJobsTest {
  private static final Path DAG = Path.of("jobs/scorecard_nightly_dag.py");
  private static final Path CRON = Path.of("jobs/scorecard-nightly.sh");

  private static List<String> stageNames() {
    return Stages.ALL.stream().map(Stage::name).toList();
  }

  // ---- the Airflow DAG ----

  @Test
  void theDagRunsEveryStageInThePipelinesOrderAsOneSparkSubmitEach() throws Exception {
    JsonNode dag = loadDag();
    List<String> tasks = new ArrayList<>();
    dag.get("tasks").forEach(t -> tasks.add(t.get("task_id").asText()));
    assertThat(tasks).containsExactlyElementsOf(stageNames());

    List<String> edges = new ArrayList<>();
    dag.get("edges").forEach(e -> edges.add(e.get(0).asText() + ">>" + e.get(1).asText()));
    assertThat(edges).containsExactly("ingest>>kpis", "kpis>>score", "score>>forecast", "forecast>>links",
        "links>>alerts");

    for (JsonNode task : dag.get("tasks")) {
      assertThat(task.get("type").asText()).isEqualTo("ScorecardStageOperator");
      assertThat(task.get("java_class").asText()).isEqualTo(Main.class.getName());
      assertThat(task.get("conf").get("spark.sql.extensions").asText()).isEqualTo("io.delta.sql.DeltaSparkSessionExtension");
      assertThat(task.get("conf").get("spark.sql.catalog.spark_catalog").asText())
          .isEqualTo("org.apache.spark.sql.delta.catalog.DeltaCatalog");
    }
    assertThat(dag.get("dag").get("schedule").asText()).isEqualTo("0 2 * * *");
    assertThat(dag.get("dag").get("catchup").asBoolean()).isFalse();
    assertThat(dag.get("dag").get("max_active_runs").asInt()).isEqualTo(1);
    assertThat(dag.get("dag").get("description").asText()).contains(String.join(" -> ", stageNames()));
  }

  @Test
  void eachTasksArgumentsAreAcceptedByThatStagesCommand() throws Exception {
    for (JsonNode task : loadDag().get("tasks")) {
      List<String> args = new ArrayList<>();
      // Airflow renders the templates at run time; a date and paths stand in for them here.
      task.get("application_args").forEach(a -> args.add(a.asText().equals("{{ ds }}") ? "2026-10-15"
          : a.asText().replaceAll("\\{\\{.*\\}\\}", "/data/x")));
      assertThat(args.get(0)).isEqualTo(task.get("task_id").asText());
      assertThat(args).containsSubsequence("--as-of", "2026-10-15");
      assertThat(args).contains("--conf", "--landing", "--warehouse");
      assertParses(args);
    }
  }

  @Test
  void exitCodesTwoAndThreeFailTheTaskWithoutRetryAndEverythingElseIsRetried() throws Exception {
    JsonNode dag = loadDag();
    assertThat(dag.get("dag").get("default_args").get("retries").asInt()).isEqualTo(3);
    Map<String, String> raised = new java.util.LinkedHashMap<>();
    dag.get("failures").forEach(f -> raised.put(f.get("message").asText(), f.get("raised").asText()));
    assertThat(raised.values()).containsExactly(
        "hook error", // Error code is: 1 -> Airflow retries
        "AirflowFailException", // 2: bad config
        "AirflowFailException", // 3: data rejected
        "hook error", // 137: killed, retried like 1
        "AirflowFailException", // Kubernetes: the driver's own code 3 wins over spark-submit's 1
        "hook error"); // no code at all
    assertThat(ExitCodes.BAD_CONFIG).isEqualTo(2);
    assertThat(ExitCodes.DATA_REJECTED).isEqualTo(3);
  }

  private static JsonNode loadDag() throws IOException, InterruptedException {
    Process p = new ProcessBuilder("python3", "src/test/python/load_dag.py", DAG.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as("load_dag.py exit code; output: %s", out).isZero();
    return new ObjectMapper().readTree(out);
  }

  private static void assertParses(List<String> args) {
    CommandLine cli = new CommandLine(new Main());
    CommandLine.ParseResult parsed = cli.parseArgs(args.toArray(String[]::new));
    assertThat(parsed.subcommand()).as("subcommand of %s", args).isNotNull();
    assertThat(parsed.subcommand().commandSpec().name()).isEqualTo(args.get(0));
  }

  // ---- the cron script ----

  /**
   * A stand-in for {@code java}: appends its arguments as one line to {@code $CALLS}; exits with
   * the code listed for the stage's n-th call in {@code $CODES} ("score=1,1,0 kpis=2"), else 0.
   */
  private static final String FAKE_JAVA = """
      #!/usr/bin/env bash
      printf '%s\\n' "$*" >> "$CALLS"
      args=("$@"); stage=""
      for i in "${!args[@]}"; do [[ "${args[$i]}" == "-jar" ]] && stage="${args[$((i + 2))]}"; done
      n=$(grep -cE -- "(^| )-jar [^ ]+ $stage( |$)" "$CALLS")
      for rule in ${CODES:-}; do
        if [[ "${rule%%=*}" == "$stage" ]]; then
          IFS=, read -r -a codes <<< "${rule#*=}"
          exit "${codes[$((n - 1))]:-0}"
        fi
      done
      exit 0
      """;

  record CronRun(int exitCode, List<List<String>> calls, String log) {
    List<String> stages() {
      return calls.stream().map(c -> c.get(c.indexOf("-jar") + 2)).toList();
    }
  }

  private static CronRun cron(Path dir, String codes, Map<String, String> env) throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, FAKE_JAVA);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path calls = dir.resolve("calls");
    Files.deleteIfExists(calls);
    Files.createFile(calls);
    ProcessBuilder pb = new ProcessBuilder("bash", CRON.toAbsolutePath().toString()).directory(dir.toFile())
        .redirectErrorStream(true);
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().put("CALLS", calls.toString());
    pb.environment().put("CODES", codes);
    pb.environment().put("JAR", "scorecard.jar");
    pb.environment().put("AS_OF", "2026-10-15");
    pb.environment().put("RETRY_SLEEP", "0");
    pb.environment().put("CLASS_ARCHIVE", "");
    pb.environment().putAll(env);
    Process p = pb.start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
    List<List<String>> lines = Files.readAllLines(calls).stream().map(l -> List.of(l.split(" "))).toList();
    return new CronRun(p.exitValue(), lines, log);
  }

  @Test
  void theCronScriptRunsEveryStageInOrderWithArgumentsTheCommandLineAccepts(@TempDir Path dir) throws Exception {
    Files.createFile(dir.resolve("scorecard.jar"));
    CronRun run = cron(dir, "", Map.of("CONF", "/etc/sc", "LANDING", "/data/landing", "WAREHOUSE", "/data/wh",
        "JAVA_OPTS", "-Xmx8g -Dspark.sql.shuffle.partitions=16"));
    assertThat(run.exitCode()).isZero();
    assertThat(run.stages()).containsExactlyElementsOf(stageNames());
    for (List<String> call : run.calls()) {
      assertThat(call.subList(0, 4)).containsExactly("-Xmx8g", "-Dspark.sql.shuffle.partitions=16", "-jar", "scorecard.jar");
      List<String> args = call.subList(4, call.size());
      assertThat(args.subList(1, args.size())).containsExactly("--as-of", "2026-10-15", "--conf", "/etc/sc",
          "--landing", "/data/landing", "--warehouse", "/data/wh");
      assertParses(args);
    }
    assertThat(run.log()).contains("scorecard-nightly: all stages ok");
  }

  @Test
  void aFailureIsRetriedUntilItPassesAndTheRunGoesOn(@TempDir Path dir) throws Exception {
    Files.createFile(dir.resolve("scorecard.jar"));
    CronRun run = cron(dir, "score=1,137,0", Map.of("RETRIES", "2"));
    assertThat(run.exitCode()).isZero();
    assertThat(run.stages()).containsExactly("ingest", "kpis", "score", "score", "score", "forecast", "links", "alerts");
    assertThat(run.log()).contains("score: exit 1, retrying in 0s", "score: exit 137, retrying in 0s", "score: ok");
  }

  @Test
  void retriesGiveUpAfterTheirNumberWithTheStagesLastCode(@TempDir Path dir) throws Exception {
    Files.createFile(dir.resolve("scorecard.jar"));
    CronRun run = cron(dir, "forecast=1,1,137", Map.of("RETRIES", "2"));
    assertThat(run.exitCode()).isEqualTo(137);
    assertThat(run.stages()).containsExactly("ingest", "kpis", "score", "forecast", "forecast", "forecast");
    assertThat(run.log()).contains("forecast: exit 137, giving up after 3 attempts");
  }

  @Test
  void badConfigAndRejectedDataStopAtOnceWithTheirCode(@TempDir Path dir) throws Exception {
    Files.createFile(dir.resolve("scorecard.jar"));
    CronRun config = cron(dir, "kpis=2", Map.of());
    assertThat(config.exitCode()).isEqualTo(ExitCodes.BAD_CONFIG);
    assertThat(config.stages()).containsExactly("ingest", "kpis");
    assertThat(config.log()).contains("kpis: exit 2 (bad config or arguments), not retrying");

    CronRun data = cron(dir, "ingest=3", Map.of());
    assertThat(data.exitCode()).isEqualTo(ExitCodes.DATA_REJECTED);
    assertThat(data.stages()).containsExactly("ingest");
  }

  @Test
  void aMissingJarIsBadConfigAndStartsNoJvm(@TempDir Path dir) throws Exception {
    CronRun run = cron(dir, "", Map.of());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_CONFIG);
    assertThat(run.calls()).isEmpty();
    assertThat(run.log()).contains("jar not found: scorecard.jar");
  }

  @Test
  void theClassDataArchiveIsWrittenByTheFirstJvmAfterANewJarAndMappedAfter(@TempDir Path dir) throws Exception {
    Path jar = Files.createFile(dir.resolve("scorecard.jar"));
    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-10-01T00:00:00Z")));
    // The stand-in java writes no archive; each stage asks for one to be written at exit.
    CronRun first = cron(dir, "", Map.of("CLASS_ARCHIVE", "scorecard.jsa"));
    assertThat(first.calls()).allSatisfy(c -> assertThat(c).contains("-XX:ArchiveClassesAtExit=scorecard.jsa"));

    Path archive = Files.writeString(dir.resolve("scorecard.jsa"), "archive");
    Files.setLastModifiedTime(archive, FileTime.from(Instant.parse("2026-10-02T00:00:00Z")));
    CronRun next = cron(dir, "", Map.of("CLASS_ARCHIVE", "scorecard.jsa"));
    assertThat(next.calls()).allSatisfy(c -> assertThat(c).contains("-XX:SharedArchiveFile=scorecard.jsa"));

    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-10-03T00:00:00Z"))); // a new jar
    CronRun upgraded = cron(dir, "", Map.of("CLASS_ARCHIVE", "scorecard.jsa"));
    assertThat(upgraded.calls().get(0)).contains("-XX:ArchiveClassesAtExit=scorecard.jsa");
    assertThat(archive).doesNotExist();
  }
}
