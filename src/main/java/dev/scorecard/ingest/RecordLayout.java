package dev.scorecard.ingest;

import dev.scorecard.config.ColumnNames;
import dev.scorecard.config.ColumnType;
import dev.scorecard.config.NumberStyle;
import dev.scorecard.config.SourceFormat;
import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.TenantConfig;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a parser needs to know of one source, in a form Spark can ship to executors: the
 * declared columns and types, which of them are required, how numbers are written, the tenant's
 * id and location ids, the source's validation rules and business key.
 */
final class RecordLayout implements Serializable {
  /** How many unknown location codes' reasons are remembered. */
  private static final int REMEMBERED = 1000;

  final SourceFormat format;
  final char delimiter;
  final NumberStyle numbers;
  /** The declared columns' identifiers, in order. */
  final List<String> names;
  /** Each declared column's name in the file, in the same order. */
  final List<String> headers;
  final List<ColumnType> types;
  final Set<String> required;
  final String locationColumn;
  final String fixedLocation;
  /** Location ids by every way the export may write them: the id or a code, compared loosely. */
  final Map<String, String> locations;
  final String tenantId;
  /** The column that holds each row's tenant id, or null when the export has none. */
  final String tenantColumn;
  final List<RowRule> rules;
  /** Where the business key's columns stand among {@link #names}; empty when the source has none. */
  final int[] keyIndexes;

  /** @param asOf the run's as-of date, which date windows relative to it count from */
  RecordLayout(TenantConfig tenant, SourceSpec source, LocalDate asOf) {
    this.format = source.format();
    this.delimiter = source.delimiter();
    this.numbers = source.numbers();
    this.names = new ArrayList<>(source.columns().keySet());
    this.headers = new ArrayList<>(names.stream().map(source::header).toList());
    this.types = new ArrayList<>(source.columns().values());
    this.required = new HashSet<>(source.businessKey());
    this.required.add(source.dateColumn());
    source.locationColumn().ifPresent(required::add);
    source.tenantColumn().ifPresent(required::add);
    this.locationColumn = source.locationColumn().orElse(null);
    this.fixedLocation = source.fixedLocation().orElse(null);
    this.locations = new HashMap<>();
    tenant.hierarchy().locations().forEach(l -> locations.put(ColumnNames.loose(l.id()), l.id()));
    source.locationCodes().forEach((code, id) -> locations.put(ColumnNames.loose(code), id));
    this.tenantId = tenant.tenantId();
    this.tenantColumn = source.tenantColumn().orElse(null);
    this.rules = new ArrayList<>(source.rules().stream().map(r -> RowRule.of(r, names, asOf)).toList());
    this.keyIndexes = source.businessKey().stream().mapToInt(names::indexOf).toArray();
  }

  /**
   * Reasons for unknown location codes met so far (an export of unmapped codes repeats a handful),
   * shared by the tasks of an executor, so concurrent, and bounded.
   */
  private transient Map<String, String> unknownLocations;

  /** Why a row whose location column reads {@code written} is quarantined, with the nearest id when there is one. */
  String unknownLocation(String written) {
    Map<String, String> known = remembered();
    String reason = known.get(written);
    if (reason == null) {
      String hint = ColumnNames.nearest(written, new TreeSet<>(locations.values()))
          .map(id -> "; did you mean '" + id + "'?")
          .orElse("; map export codes to location ids with the source's location_codes");
      reason = "unknown location '" + Evidence.quoted(written) + "' (not in the tenant's hierarchy" + hint + ")";
      if (known.size() < REMEMBERED) {
        known.put(written, reason);
      }
    }
    return reason;
  }

  private synchronized Map<String, String> remembered() {
    if (unknownLocations == null) {
      unknownLocations = new ConcurrentHashMap<>();
    }
    return unknownLocations;
  }

  /** The number of values of a record: the declared columns, then the location id. */
  int width() {
    return names.size() + 1;
  }
}
