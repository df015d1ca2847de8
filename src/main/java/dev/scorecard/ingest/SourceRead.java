package dev.scorecard.ingest;

import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.TenantConfig;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One tenant's source to read in this run.
 *
 * @param files the files to parse: new and corrected ones, or all of them when {@code whole}
 * @param whole whether the tenant's earlier rows of this source are replaced whole (a full run,
 *     or a config that changes how exports are read); otherwise only the rows of {@code files}
 * @param corrected the paths among {@code files} ingested before with other content
 * @param duplicates new files not read because an ingested file has their content, to its path:
 *     each is recorded in the audit once, as a duplicate
 */
public record SourceRead(TenantConfig tenant, SourceSpec source, List<LandingFile> files, boolean whole,
    Set<String> corrected, Map<LandingFile, String> duplicates) {

  public String tenantId() {
    return tenant.tenantId();
  }
}
