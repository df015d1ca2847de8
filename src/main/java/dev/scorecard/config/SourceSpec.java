package dev.scorecard.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One raw export of a tenant: where its files lie under the tenant's landing folder, how to read
 * them, and which columns say the day and location a row belongs to.
 *
 * @param columns declared columns in order, name to type
 * @param locationColumn the column holding the location id, or empty when {@code fixedLocation}
 *     names the one location every row belongs to
 * @param tenantColumn a column holding the tenant id of each row, when the export carries one: a
 *     row of another tenant is quarantined
 * @param numbers how a CSV source writes numbers (decimal and thousands separators)
 * @param rules the source's validation rules, in file order
 */
public record SourceSpec(
    String id,
    String path,
    SourceFormat format,
    char delimiter,
    Map<String, ColumnType> columns,
    List<String> businessKey,
    String dateColumn,
    Optional<String> locationColumn,
    Optional<String> fixedLocation,
    double maxBadRatio,
    Optional<String> tenantColumn,
    NumberStyle numbers,
    List<RuleSpec> rules) {

  public static final char DELIMITER_DEFAULT = ',';
  public static final double MAX_BAD_RATIO_DEFAULT = 0.05;
}
