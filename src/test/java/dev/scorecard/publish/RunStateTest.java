package dev.scorecard.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.testing.TestSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run state table: partitioned by tenant, so that a change replaces the tenants it touches and
 * nothing else, and moved once from the unpartitioned table earlier versions kept.
 */
class RunStateTest {
  private static final LocalDate APRIL_2 = LocalDate.parse("2025-04-02");
  private static final LocalDate AS_OF = LocalDate.parse("2025-04-30");
  private final SparkSession spark = TestSpark.session();
  @TempDir Path root;

  @Test
  void theStateOfAnEarlierVersionIsMovedOnceAndKeptWhole() {
    // As versions up to 0001ce4 wrote it: state/stages, unpartitioned, the same columns.
    StructType old = new StructType().add("tenant_id", DataTypes.StringType, false)
        .add("stage", DataTypes.StringType, false).add("kind", DataTypes.StringType, false)
        .add("day", DataTypes.DateType).add("as_of", DataTypes.DateType).add("fingerprint", DataTypes.StringType)
        .add("run_id", DataTypes.StringType);
    spark.createDataFrame(List.of(
        RowFactory.create("a", "kpis", "pending", Date.valueOf(APRIL_2), null, null, null),
        RowFactory.create("a", "kpis", "mark", null, Date.valueOf(AS_OF), "fp-a", "run-1"),
        RowFactory.create("b", "score", "pending", null, null, null, null),
        RowFactory.create("b", "ingest", "mark", null, Date.valueOf(AS_OF), "fp-b", "run-1")), old)
        .write().format("delta").save(root.resolve("state/stages").toString());
    Warehouse warehouse = new Warehouse(spark, root.toString());

    RunState a = RunState.read(warehouse, List.of("a"));

    assertThat(a.pending("a", "kpis")).contains(Set.of(APRIL_2));
    assertThat(a.mark("a", "kpis")).contains(new RunState.Mark(AS_OF, "fp-a", "run-1"));
    assertThat(Files.exists(root.resolve("state/stages"))).as("the old table is gone").isFalse();
    assertThat(partitionColumns()).containsExactly("tenant_id");
    assertThat(rows()).hasSize(4);

    // Settling a's stage replaces a's folder only: b's pending "everything" and mark stay.
    a.settle("kpis", Map.of("a", new RunState.Mark(AS_OF, "fp-a2", "run-2")));
    a.save();
    RunState both = RunState.read(warehouse, List.of("a", "b"));
    assertThat(both.pending("a", "kpis")).contains(Set.of());
    assertThat(both.mark("a", "kpis")).contains(new RunState.Mark(AS_OF, "fp-a2", "run-2"));
    assertThat(both.pending("b", "score")).isEqualTo(Optional.empty());
    assertThat(both.mark("b", "ingest")).contains(new RunState.Mark(AS_OF, "fp-b", "run-1"));
    assertThat(rows()).hasSize(3);
  }

  @Test
  void aNewWarehouseGetsTheTablePartitionedByTenantAtItsFirstChange() {
    Warehouse warehouse = new Warehouse(spark, root.toString());
    RunState state = RunState.read(warehouse, List.of("a"));
    assertThat(state.pending("a", "kpis")).contains(Set.of());
    assertThat(state.mark("a", "kpis")).isEmpty();

    state.addPending(Map.of("a", List.of(APRIL_2)), List.of("kpis", "score"));

    assertThat(partitionColumns()).containsExactly("tenant_id");
    assertThat(RunState.read(warehouse, List.of("a")).pending("a", "score")).contains(Set.of(APRIL_2));
    assertThat(Files.exists(root.resolve("state/stages"))).isFalse();
  }

  @Test
  void whatStagesSettleIsCommittedOnceBySaveWhileDaysOwedAreCommittedAtOnce() {
    Warehouse warehouse = new Warehouse(spark, root.toString());
    RunState state = RunState.read(warehouse, List.of("a"));
    state.addPending(Map.of("a", List.of(APRIL_2)), List.of("kpis", "score"));
    long afterPending = versions();
    assertThat(RunState.read(warehouse, List.of("a")).pending("a", "kpis")).contains(Set.of(APRIL_2));

    state.settle("kpis", Map.of("a", new RunState.Mark(AS_OF, "fp-k", "run-1")));
    state.settle("score", Map.of("a", new RunState.Mark(AS_OF, "fp-s", "run-1")));
    // Known to this run at once, not yet to the table: a run killed now owes both stages still.
    assertThat(state.pending("a", "kpis")).contains(Set.of());
    assertThat(RunState.read(warehouse, List.of("a")).pending("a", "score")).contains(Set.of(APRIL_2));
    assertThat(versions()).isEqualTo(afterPending);

    state.save();
    assertThat(versions()).isEqualTo(afterPending + 1);
    RunState next = RunState.read(warehouse, List.of("a"));
    assertThat(next.pending("a", "kpis")).contains(Set.of());
    assertThat(next.pending("a", "score")).contains(Set.of());
    assertThat(next.mark("a", "score")).contains(new RunState.Mark(AS_OF, "fp-s", "run-1"));

    // Nothing settled since: no commit. Settling the same mark again changes nothing either.
    state.settle("kpis", Map.of("a", new RunState.Mark(AS_OF, "fp-k", "run-1")));
    state.save();
    assertThat(versions()).isEqualTo(afterPending + 1);
  }

  private long versions() {
    return spark.sql("DESCRIBE HISTORY delta.`" + root.resolve("state/tenant_stages") + "`").count();
  }

  private List<String> partitionColumns() {
    Row detail = spark.sql("DESCRIBE DETAIL delta.`" + root.resolve("state/tenant_stages") + "`").first();
    return detail.getList(detail.fieldIndex("partitionColumns"));
  }

  private List<Row> rows() {
    return spark.read().format("delta").load(root.resolve("state/tenant_stages").toString()).collectAsList();
  }
}
