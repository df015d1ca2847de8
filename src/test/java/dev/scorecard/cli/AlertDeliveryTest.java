package dev.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scorecard.pipeline.Pipeline;
import dev.scorecard.pipeline.RunRequest;
import dev.scorecard.pipeline.RunResult;
import dev.scorecard.pipeline.Stages;
import dev.scorecard.testing.ChildJvm;
import dev.scorecard.testing.TenantFixture;
import dev.scorecard.testing.TestSpark;
import dev.scorecard.testing.TinyWarehouse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scorecard alerts} as a scheduler runs it: in its own process, the webhook secret in its
 * environment, a real HTTP server on loopback. The tiny tenant's alerts (as of 2025-04-30) are
 * posted; a receiver that fails leaves them to the next run, which sends each that did not arrive
 * and nothing twice. The first run is a process of its own; the later ones run in this JVM with
 * the secret handed to the pipeline as the process environment would ({@link #runHere}), which
 * spares a cold JVM each.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlertDeliveryTest {
  private static final String SECRET = "tiny's webhook secret";
  private static final MockWebServer server = new MockWebServer();
  @TempDir static Path dir;
  private static Path conf;
  private static Path warehouse;
  private static SparkSession spark;

  @BeforeAll
  static void setUp() throws IOException {
    spark = TestSpark.session();
    server.start();
    copy(TinyWarehouse.warehouse(Main::execute), warehouse = dir.resolve("warehouse"));
    conf = dir.resolve("conf");
    TenantFixture.write(conf, "tiny", TenantFixture.resource("/tiny/tiny.yaml") + "alerts:\n"
        + "  webhook: { url: \"" + server.url("/hooks/scorecard") + "\", secret_env: TINY_HOOK_SECRET }\n"
        + "  retry: { attempts: 2, backoff_seconds: 0.05, timeout_seconds: 5 }\n");
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @Test
  @Order(1)
  void aDryRunPrintsEachBodyAndWritesAndSendsNothing() {
    long version = version("alerts");
    long deliveries = version("alert_deliveries");
    Printed run = Printed.run(args("--dry-run"));

    assertThat(run.code()).isZero();
    String printed = run.out();
    assertThat(printed).contains("would send (dry run, nothing sent or written):", "\"delivery_id\":\"",
        "\"tenant_id\":\"tiny\"");
    assertThat(printed.lines().filter(l -> l.contains("\"delivery_id\"")).count()).isEqualTo(opened());
    assertThat(server.getRequestCount()).isZero();
    assertThat(version("alerts")).isEqualTo(version);
    assertThat(version("alert_deliveries")).isEqualTo(deliveries);
  }

  @Test
  @Order(2)
  void aReceiverThatIsDownLeavesEveryAlertToTheNextRun() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).body("down for maintenance").build());
    server.enqueue(new MockResponse.Builder().code(503).body("down for maintenance").build());

    assertThat(run()).isZero();

    long opened = opened();
    assertThat(opened).as("the tiny tenant has alerts opened tonight").isGreaterThanOrEqualTo(3);
    // The first alert used both attempts; the others were not tried against a receiver seen down.
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(deliveries()).containsExactlyInAnyOrder(
        "[failed,1,2]", "[pending," + (opened - 1) + ",0]");
    RecordedRequest first = server.takeRequest(1, TimeUnit.SECONDS);
    server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(first.getHeaders().get("X-Scorecard-Signature")).isEqualTo("sha256=" + hmac(first.getBody().toByteArray()));
  }

  @Test
  @Order(3)
  void theNextRunDeliversWhatDidNotArriveAndTheOneAfterSendsNothing() throws Exception {
    long opened = opened();
    for (int i = 0; i < opened; i++) {
      server.enqueue(new MockResponse.Builder().code(i == 0 ? 502 : 204).build());
    }
    server.enqueue(new MockResponse.Builder().code(204).build());
    int before = server.getRequestCount();

    assertThat(runHere()).isZero();

    assertThat(server.getRequestCount() - before).as("one retry for the 502, one post for each").isEqualTo(opened + 1);
    assertThat(deliveries()).containsExactly(
        "[delivered," + opened + "," + (2 + 2 + (opened - 1)) + "]");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < opened + 1; i++) {
      RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);
      JsonNode body = new ObjectMapper().readTree(r.getBody().utf8());
      assertThat(r.getHeaders().get("X-Scorecard-Delivery")).isEqualTo(body.get("delivery_id").asText());
      assertThat(r.getHeaders().get("X-Scorecard-Signature")).isEqualTo("sha256=" + hmac(r.getBody().toByteArray()));
      ids.add(body.get("alert_id").asText());
    }
    assertThat(ids.stream().distinct().count()).isEqualTo(opened);
    assertThat(ids).containsAll(spark.read().format("delta").load(warehouse.resolve("curated/alerts").toString())
        .where("state = 'opened'").select("alert_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());

    int sent = server.getRequestCount();
    assertThat(runHere()).isZero();
    assertThat(server.getRequestCount()).as("a delivered opening is never sent again").isEqualTo(sent);
  }

  @Test
  @Order(4)
  void aDeliveryOwedForAnAlertOfAnEarlierNightIsSentWhileThatNightsHistoryStaysUntouched() throws Exception {
    // Planted: an alert opened 2025-03-01 and resolved 2025-03-10, long before tonight (2025-04-30),
    // whose opening never reached the receiver. Tonight neither continues nor resolves it.
    String alerts = "delta.`" + warehouse.resolve("curated/alerts") + "`";
    plant("alerts", "SELECT 'tiny' tenant_id, 'old-alert' alert_id, 'stale_source' kind, 'warning' severity,"
        + " 'resolved' state, 'org' node_level, 'tiny' node_id, 'source sales delivered no data for 9 days.' message,"
        + " 'source' subject_type, 'sales' subject_id, DATE'2025-02-20' since, 9.0D value, 3.0D target,"
        + " DATE'2025-03-01' opened_on, DATE'2025-03-10' resolved_on, 'planted' run_id,"
        + " TIMESTAMP'2025-03-10 02:00:00' computed_at");
    plant("alert_deliveries", "SELECT 'tiny' tenant_id, 'old-alert' alert_id, 'webhook' channel, 'opened' transition,"
        + " 1 attempts, 'failed' status, '503' last_response, 'planted' run_id,"
        + " TIMESTAMP'2025-03-10 02:00:00' computed_at");
    long history = spark.sql("SELECT * FROM " + alerts + " WHERE opened_on < DATE'2025-04-30' AND resolved_on < "
        + "DATE'2025-04-30'").count();
    server.enqueue(new MockResponse.Builder().code(204).build());
    int before = server.getRequestCount();

    assertThat(runHere()).isZero();

    assertThat(server.getRequestCount() - before).as("only the owed opening").isEqualTo(1);
    JsonNode body = new ObjectMapper().readTree(server.takeRequest(1, TimeUnit.SECONDS).getBody().utf8());
    assertThat(body.get("alert_id").asText() + " " + body.get("kind").asText()).isEqualTo("old-alert stale_source");
    assertThat(spark.sql("SELECT status, attempts FROM delta.`" + warehouse.resolve("curated/alert_deliveries")
        + "` WHERE alert_id = 'old-alert'").collectAsList()).extracting(Row::toString).containsExactly("[delivered,2]");
    assertThat(spark.sql("SELECT run_id FROM " + alerts + " WHERE alert_id = 'old-alert'").collectAsList())
        .as("an earlier night's alert is neither read for merging nor rewritten").extracting(r -> r.getString(0))
        .containsExactly("planted");
    assertThat(spark.sql("SELECT * FROM " + alerts + " WHERE opened_on < DATE'2025-04-30' AND resolved_on < "
        + "DATE'2025-04-30'").count()).isEqualTo(history);
  }

  /** Appends one row to a curated table: the columns given, the others null. */
  private static void plant(String table, String select) {
    String path = warehouse.resolve("curated").resolve(table).toString();
    Dataset<Row> empty = spark.read().format("delta").load(path).limit(0);
    Dataset<Row> row = spark.sql(select);
    for (org.apache.spark.sql.types.StructField f : empty.schema().fields()) {
      row = row.withColumn(f.name(), java.util.Arrays.asList(row.columns()).contains(f.name())
          ? row.col(f.name()).cast(f.dataType()) : org.apache.spark.sql.functions.lit(null).cast(f.dataType()));
    }
    row.select(empty.columns()[0], java.util.Arrays.copyOfRange(empty.columns(), 1, empty.columns().length))
        .write().format("delta").mode("append").save(path);
  }

  private static String[] args(String... more) {
    List<String> args = new ArrayList<>(List.of("alerts", "--conf", conf.toString(), "--landing", TinyWarehouse.LANDING,
        "--warehouse", warehouse.toString(), "--as-of", TinyWarehouse.AS_OF, "--master", "local[1]"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  /** {@code scorecard alerts} in a new JVM whose environment holds the secret; its exit code. */
  private static int run() throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(ChildJvm.command(Main.class, List.of("-Dspark.sql.shuffle.partitions=2"), args()))
        .redirectErrorStream(true).redirectOutput(dir.resolve("alerts-" + System.nanoTime() + ".log").toFile());
    pb.environment().put("TINY_HOOK_SECRET", SECRET);
    Process process = pb.start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return process.exitValue();
  }

  /** {@code scorecard alerts} in this JVM, the secret given to the pipeline as its environment; its exit code. */
  private static int runHere() {
    RunRequest request = new RunRequest(conf, List.of(), TinyWarehouse.LANDING, warehouse.toString(), "local[1]",
        java.time.LocalDate.parse(TinyWarehouse.AS_OF), false, false, false, Map.of("TINY_HOOK_SECRET", SECRET)::get);
    RunResult result = Pipeline.run(request, List.of(Stages.named("alerts")));
    RunReport.print(result, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    return ExitCodes.of(result);
  }

  private static long opened() {
    return spark.read().format("delta").load(warehouse.resolve("curated/alerts").toString()).where("state = 'opened'")
        .count();
  }

  private static List<String> deliveries() {
    return spark.read().format("delta").load(warehouse.resolve("curated/alert_deliveries").toString())
        .groupBy("status").agg(org.apache.spark.sql.functions.count("*"), org.apache.spark.sql.functions.sum("attempts"))
        .collectAsList().stream().map(Row::toString).toList();
  }

  private static long version(String table) {
    return spark.sql("DESCRIBE HISTORY delta.`" + warehouse.resolve("curated").resolve(table) + "`").count();
  }

  private static String hmac(byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body));
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
