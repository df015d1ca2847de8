package dev.scorecard.generate;

import dev.scorecard.config.TenantConfig;
import java.util.List;

/**
 * What {@link Generator#generate} wrote.
 *
 * @param configs each tenant's config as written to its YAML, in the order written
 * @param rowsWritten data rows over all landing files (headers not counted)
 * @param filesWritten landing files plus one YAML per tenant
 */
public record GeneratorResult(List<TenantConfig> configs, long rowsWritten, long filesWritten) {

  public GeneratorResult {
    configs = List.copyOf(configs);
  }

  /** The tenants, in the order written. */
  public List<String> tenantIds() {
    return configs.stream().map(TenantConfig::tenantId).toList();
  }
}
