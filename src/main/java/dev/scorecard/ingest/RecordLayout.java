package dev.scorecard.ingest;

import dev.scorecard.config.ColumnType;
import dev.scorecard.config.NumberStyle;
import dev.scorecard.config.SourceFormat;
import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.TenantConfig;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a parser needs to know of one source, in a form Spark can ship to executors: the
 * declared columns and types, which of them are required, how numbers are written, the tenant's
 * id and location ids, the source's validation rules and business key.
 */
final class RecordLayout implements Serializable {
  final SourceFormat format;
  final char delimiter;
  final NumberStyle numbers;
  final List<String> names;
  final List<ColumnType> types;
  final Set<String> required;
  final String locationColumn;
  final String fixedLocation;
  final Set<String> locations;
  final String tenantId;
  /** The column that holds each row's tenant id, or null when the export has none. */
  final String tenantColumn;
  final List<RowRule> rules;
  /** Where the business key's columns stand among {@link #names}; empty when the source has none. */
  final int[] keyIndexes;

  RecordLayout(TenantConfig tenant, SourceSpec source) {
    this.format = source.format();
    this.delimiter = source.delimiter();
    this.numbers = source.numbers();
    this.names = new ArrayList<>(source.columns().keySet());
    this.types = new ArrayList<>(source.columns().values());
    this.required = new HashSet<>(source.businessKey());
    this.required.add(source.dateColumn());
    source.locationColumn().ifPresent(required::add);
    source.tenantColumn().ifPresent(required::add);
    this.locationColumn = source.locationColumn().orElse(null);
    this.fixedLocation = source.fixedLocation().orElse(null);
    this.locations = new HashSet<>();
    tenant.hierarchy().locations().forEach(l -> locations.add(l.id()));
    this.tenantId = tenant.tenantId();
    this.tenantColumn = source.tenantColumn().orElse(null);
    this.rules = new ArrayList<>(source.rules().stream().map(r -> RowRule.of(r, names)).toList());
    this.keyIndexes = source.businessKey().stream().mapToInt(names::indexOf).toArray();
  }

  /** The number of values of a record: the declared columns, then the location id. */
  int width() {
    return names.size() + 1;
  }
}
