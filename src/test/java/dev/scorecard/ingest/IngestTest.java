package dev.scorecard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.config.TenantConfig;
import dev.scorecard.testing.TenantFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest of real files with awkward names, a re-delivered copy, and a link that leads outside. */
class IngestTest {
  private static final String HEADER = "order_id,day,location_id,customer,revenue,cost\n";

  @Test
  void readsEveryFileOnceAndNothingOutsideTheTenantFolder(@TempDir Path conf, @TempDir Path landing) throws IOException {
    TenantConfig tenant = TenantFixture.load(conf, "tiny", TenantFixture.resource("/tiny/tiny.yaml"));
    Path sales = Files.createDirectories(landing.resolve("tiny/sales"));
    String first = HEADER + "o1,2025-03-01,l1,c1,10,5\no2,2025-03-02,l2,c2,20,5\n";
    Files.writeString(sales.resolve("a b.csv"), first);
    Files.writeString(sales.resolve("copy of a b.csv"), first);
    Files.writeString(sales.resolve("x,2024 {1}.csv"), HEADER + "o3,2025-03-03,l3,c3,30,5\no4,2025-02-30,l3,c3,1,1\n");
    Path outside = Files.writeString(Files.createDirectories(landing.resolve("other")).resolve("secret.csv"),
        HEADER + "s1,2025-03-01,l1,c9,999,1\n");
    Files.createSymbolicLink(sales.resolve("outside.csv"), outside);

    IngestBatch batch = IngestFixture.readAll(tenant, landing.toString());

    List<String> audit = batch.audit().select("file", "status", "rows_read", "rows_valid", "rows_quarantined",
        "duplicate_of").collectAsList().stream().map(Row::toString).sorted().toList();
    // The copy is not read (its rows would count twice) but is in the audit as a duplicate.
    assertThat(audit).containsExactly("[sales/a b.csv,ingested,2,2,0,null]",
        "[sales/copy of a b.csv,duplicate,0,0,0,sales/a b.csv]", "[sales/x,2024 {1}.csv,ingested,2,1,1,null]");
    assertThat(batch.silver().get(0).rows().select("order_id").collectAsList()).extracting(r -> r.getString(0))
        .containsExactlyInAnyOrder("o1", "o2", "o3");
    assertThat(batch.quarantine().select("line", "reason").collectAsList()).extracting(Row::toString)
        .containsExactly("[3,day: '2025-02-30' is not a valid date (expected YYYY-MM-DD)]");
  }
}
