package dev.scorecard.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One raw export of a tenant: where its files lie under the tenant's landing folder, how to read
 * them, and which columns say the day and location a row belongs to.
 *
 * @param columns declared columns in order, identifier to type
 * @param headers the name in the file (CSV header, JSON field) of each declared column whose name
 *     is not its identifier, by identifier; see {@link ColumnNames}
 * @param locationColumn the column holding the location id, or empty when {@code fixedLocation}
 *     names the one location every row belongs to
 * @param tenantColumn a column holding the tenant id of each row, when the export carries one: a
 *     row of another tenant is quarantined
 * @param numbers how a CSV source writes numbers (decimal and thousands separators)
 * @param rules the source's validation rules, in file order
 * @param locationCodes export codes that stand for a location id (code as written to location
 *     id), beside the ids themselves; both match ignoring case and surrounding spaces
 */
public record SourceSpec(
    String id,
    String path,
    SourceFormat format,
    char delimiter,
    Map<String, ColumnType> columns,
    Map<String, String> headers,
    List<String> businessKey,
    String dateColumn,
    Optional<String> locationColumn,
    Optional<String> fixedLocation,
    double maxBadRatio,
    Optional<String> tenantColumn,
    NumberStyle numbers,
    List<RuleSpec> rules,
    Map<String, String> locationCodes) {

  public static final char DELIMITER_DEFAULT = ',';
  public static final double MAX_BAD_RATIO_DEFAULT = 0.05;

  /** The name of column {@code id} in the file. */
  public String header(String id) {
    return headers.getOrDefault(id, id);
  }
}
