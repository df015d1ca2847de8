package dev.scorecard.generate;

import java.util.List;

/**
 * What {@link Generator#generate} wrote.
 *
 * @param tenantIds the tenants, in the order written
 * @param rowsWritten data rows over all landing files (headers not counted)
 * @param filesWritten landing files plus one YAML per tenant
 */
public record GeneratorResult(List<String> tenantIds, long rowsWritten, long filesWritten) {

  public GeneratorResult {
    tenantIds = List.copyOf(tenantIds);
  }
}
