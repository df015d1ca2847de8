package dev.scorecard.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scorecard.testing.Golden;
import dev.scorecard.testing.TestSpark;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The contract's tables, each against its golden schema, and writes held to them. */
class CuratedTablesTest {
  @ParameterizedTest
  @EnumSource(CuratedTables.class)
  void eachTableIsDeclaredAsItsGoldenFileSays(CuratedTables table) {
    Golden.assertMatches(table.tableName() + ".schema", Golden.render(table.schema()));
  }

  @Test
  void aColumnOfAnotherTypeFailsTheWriteNamingTheColumnAndBothTypes() {
    StructType drifted = new StructType().add("tenant_id", DataTypes.StringType).add("node_level", DataTypes.StringType)
        .add("node_id", DataTypes.StringType).add("node_name", DataTypes.StringType)
        .add("parent_level", DataTypes.StringType).add("parent_node_id", DataTypes.IntegerType)
        .add("extra", DataTypes.StringType);
    Dataset<Row> rows = TestSpark.session().createDataFrame(List.of(), drifted);
    assertThatThrownBy(() -> TableSchemas.conform("nodes", CuratedTables.NODES.contentSchema(), rows))
        .hasMessage("Cannot write nodes: column parent_node_id is int where the table's schema says string;"
            + " column extra is not in the table's schema");
    Dataset<Row> missing = TestSpark.session().createDataFrame(List.of(), new StructType()
        .add("tenant_id", DataTypes.StringType));
    assertThatThrownBy(() -> TableSchemas.conform("objectives", CuratedTables.OBJECTIVES.contentSchema(), missing))
        .hasMessageStartingWith("Cannot write objectives: column objective_id (string) is missing;");
  }

  @Test
  void aTableWrittenByAnotherVersionWithAnotherTypeIsRefusedWithHowToFixIt() {
    StructType old = new StructType().add("tenant_id", DataTypes.StringType).add("score", DataTypes.StringType);
    StructType now = new StructType().add("tenant_id", DataTypes.StringType).add("score", DataTypes.DoubleType)
        .add("status", DataTypes.StringType);
    assertThatThrownBy(() -> TableSchemas.missingIn("scorecard", "/w/curated/scorecard", old, now))
        .hasMessage("The table scorecard at /w/curated/scorecard has column score as string, but this version writes"
            + " double: it was written by another version of the engine. Move the table away and run"
            + " `scorecard run --full` to rebuild it.");
    StructType older = new StructType().add("tenant_id", DataTypes.StringType).add("score", DataTypes.DoubleType);
    assertThat(TableSchemas.missingIn("scorecard", "/w", older, now)).extracting(f -> f.name()).containsExactly("status");
  }
}
