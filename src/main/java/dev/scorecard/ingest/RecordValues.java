package dev.scorecard.ingest;

import dev.scorecard.config.ColumnNames;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Types the fields of one record against its source's layout and checks them: a reason for each
 * field that does not parse or is required but empty, for an unknown location, for a row of
 * another tenant, and for each broken {@code error} rule; a warning for each broken {@code warn}
 * rule. A rule does not look at a field that did not parse: that field already has its reason.
 */
final class RecordValues {
  private RecordValues() {}

  /** The layout's columns as typed values, then the row's location id. */
  /** @param field the text of the declared column at an index, or null when the record has none */
  static Object[] typed(RecordLayout layout, IntFunction<String> field, List<String> reasons, List<String> warnings) {
    Object[] values = new Object[layout.width()];
    boolean[] unreadable = new boolean[layout.names.size()];
    for (int i = 0; i < layout.names.size(); i++) {
      String name = layout.names.get(i);
      try {
        values[i] = ValueParser.parse(layout.types.get(i), field.apply(i), layout.numbers);
      } catch (IllegalArgumentException e) {
        reasons.add(name + ": " + e.getMessage());
        unreadable[i] = true;
        continue;
      }
      if (values[i] == null && layout.required.contains(name)) {
        reasons.add(name + ": is required but empty");
      }
    }
    values[layout.names.size()] = location(layout, values, reasons);
    tenant(layout, values, reasons);
    for (RowRule rule : layout.rules) {
      String broken = unreadable[rule.index()] ? null : rule.apply(values);
      List<String> into = rule.warns() ? warnings : reasons;
      if (broken != null && !into.contains(broken)) {
        into.add(broken);
      }
    }
    return values;
  }

  /** The row's location id: the fixed one, or the id its location column names (as id or code). */
  private static String location(RecordLayout layout, Object[] values, List<String> reasons) {
    if (layout.fixedLocation != null) {
      return layout.fixedLocation;
    }
    String written = (String) values[layout.names.indexOf(layout.locationColumn)];
    if (written == null) {
      return null;
    }
    String id = layout.locations.get(ColumnNames.loose(written));
    if (id == null) {
      reasons.add(layout.unknownLocation(written));
      return written;
    }
    return id;
  }

  /** A row that names another tenant must never be published under this one. */
  private static void tenant(RecordLayout layout, Object[] values, List<String> reasons) {
    if (layout.tenantColumn == null) {
      return;
    }
    Object owner = values[layout.names.indexOf(layout.tenantColumn)];
    if (owner != null && !owner.equals(layout.tenantId)) {
      reasons.add("belongs to tenant '" + owner + "', not '" + layout.tenantId + "'");
    }
  }
}
