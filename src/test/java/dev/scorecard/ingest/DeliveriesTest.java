package dev.scorecard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.config.ColumnType;
import dev.scorecard.config.NumberStyle;
import dev.scorecard.config.SourceFormat;
import dev.scorecard.config.SourceSpec;
import dev.scorecard.publish.SilverTables;
import dev.scorecard.testing.TestSpark;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Silver rows keyed by order id: k1 in a.csv (delivered at 1) and b.csv (at 2), so b wins; k2 in
 * x.csv and y.csv delivered at the same time, so the later path y wins; k3 once.
 */
class DeliveriesTest {
  private static final StructType SILVER = new StructType().add(SilverTables.TENANT, DataTypes.StringType)
      .add("order_id", DataTypes.StringType).add("amount", DataTypes.DoubleType)
      .add(SilverTables.FILE, DataTypes.StringType).add(SilverTables.DELIVERED, DataTypes.LongType);

  /** Tenant t1's rows, and t2's k1 delivered last of all: another tenant's key never supersedes t1's. */
  private static Dataset<Row> silver() {
    return TestSpark.session().createDataFrame(List.of(
        RowFactory.create("t1", "k1", 10.0, "a.csv", 1L), RowFactory.create("t1", "k1", 11.0, "b.csv", 2L),
        RowFactory.create("t1", "k2", 20.0, "x.csv", 5L), RowFactory.create("t1", "k2", 21.0, "y.csv", 5L),
        RowFactory.create("t1", "k3", 30.0, "a.csv", 1L), RowFactory.create("t2", "k1", 99.0, "z.csv", 9L)), SILVER);
  }

  private static SourceSpec source(List<String> key) {
    Map<String, ColumnType> columns = new LinkedHashMap<>();
    columns.put("order_id", ColumnType.STRING);
    columns.put("amount", ColumnType.DOUBLE);
    return new SourceSpec("orders", "orders/*.csv", SourceFormat.CSV, ',', columns, Map.of(), key, "day",
        Optional.of("loc"), Optional.empty(), 0.05, Optional.empty(), NumberStyle.DEFAULT, List.of(), Map.of());
  }

  @Test
  void theLatestDeliveryOfEachKeyIsCurrent() {
    List<String> current = Deliveries.current(silver(), source(List.of("order_id"))).collectAsList().stream()
        .map(r -> r.getString(0) + ":" + r.getString(1) + "=" + r.getDouble(2)).sorted().toList();
    assertThat(current).containsExactly("t1:k1=11.0", "t1:k2=21.0", "t1:k3=30.0", "t2:k1=99.0");
  }

  @Test
  void supersededRowsAreCountedPerFile() {
    List<String> counts = Deliveries.supersededPerFile(silver(), source(List.of("order_id"))).collectAsList().stream()
        .map(r -> r.getString(0) + "/" + r.getString(1) + ":" + r.getLong(2)).sorted().toList();
    assertThat(counts).containsExactly("t1/a.csv:1", "t1/x.csv:1");
  }

  @Test
  void withoutABusinessKeyEveryRowIsCurrent() {
    assertThat(Deliveries.current(silver(), source(List.of())).count()).isEqualTo(6);
  }
}
