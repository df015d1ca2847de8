package dev.scorecard.ingest;

import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.testing.TestSpark;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads every file of every source of one tenant, as a first run or a full run does. */
final class IngestFixture {
  private IngestFixture() {}

  /** The as-of date the corpus and the other ingest tests read as of. */
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  static IngestBatch readAll(TenantConfig tenant, String landing) {
    List<SourceRead> reads = new ArrayList<>();
    for (SourceSpec source : tenant.sources().values()) {
      List<LandingFile> files = LandingFiles.find(TestSpark.session().sparkContext().hadoopConfiguration(), landing,
          tenant.tenantId(), source);
      FileSelection selection = FileSelection.of(files, Map.of());
      reads.add(new SourceRead(tenant, source, selection.read(), true, Set.of(), selection.duplicates()));
    }
    return Ingest.read(TestSpark.session(), reads, AS_OF);
  }
}
