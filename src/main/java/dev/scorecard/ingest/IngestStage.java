package dev.scorecard.ingest;

import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.TenantConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The ingest stage for one tenant: finds each source's files under the tenant's landing folder and
 * reads the new and corrected ones ({@link FileSelection}) into silver, quarantine and audit
 * datasets. Reading is lazy; publish runs it.
 */
public final class IngestStage {
  private IngestStage() {}

  /**
   * @param ingested per source, the files already ingested (path to checksum); empty to read all
   */
  public static List<SourceBatch> ingest(SparkSession spark, TenantConfig tenant, String landing,
      Map<String, Map<String, String>> ingested) {
    List<SourceBatch> batches = new ArrayList<>();
    for (SourceSpec source : tenant.sources().values()) {
      List<LandingFile> found = LandingFiles.find(spark.sparkContext().hadoopConfiguration(), landing,
          tenant.tenantId(), source);
      FileSelection selection = FileSelection.of(found, ingested.getOrDefault(source.id(), Map.of()),
          "tenant " + tenant.tenantId() + ", source " + source.id());
      batches.add(SourceIngest.ingest(spark, tenant, source, selection.read()));
    }
    return batches;
  }

  /** Every file of every source, as on a first run or with {@code --full}. */
  public static List<SourceBatch> ingest(SparkSession spark, TenantConfig tenant, String landing) {
    return ingest(spark, tenant, landing, Map.of());
  }
}
