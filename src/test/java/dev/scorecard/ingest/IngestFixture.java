package dev.scorecard.ingest;

import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.testing.TestSpark;
import java.util.ArrayList;
import java.util.List;

/** Reads every file of every source of one tenant, as a first run or a full run does. */
final class IngestFixture {
  private IngestFixture() {}

  static IngestBatch readAll(TenantConfig tenant, String landing) {
    List<SourceRead> reads = new ArrayList<>();
    for (SourceSpec source : tenant.sources().values()) {
      List<LandingFile> files = LandingFiles.find(TestSpark.session().sparkContext().hadoopConfiguration(), landing,
          tenant.tenantId(), source);
      reads.add(new SourceRead(tenant, source, files, true));
    }
    return Ingest.read(TestSpark.session(), reads);
  }
}
