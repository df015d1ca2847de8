package dev.scorecard.ingest;

import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.TenantConfig;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The ingest stage for one tenant: finds each source's files under the tenant's landing folder and
 * reads them into silver, quarantine and audit datasets. Reading is lazy; publish runs it.
 */
public final class IngestStage {
  private IngestStage() {}

  public static List<SourceBatch> ingest(SparkSession spark, TenantConfig tenant, String landing) {
    List<SourceBatch> batches = new ArrayList<>();
    for (SourceSpec source : tenant.sources().values()) {
      List<LandingFile> files = LandingFiles.find(spark.sparkContext().hadoopConfiguration(), landing,
          tenant.tenantId(), source);
      batches.add(SourceIngest.ingest(spark, tenant, source, files));
    }
    return batches;
  }
}
