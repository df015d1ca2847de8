package dev.scorecard.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The tenant config of the forecast speed bench, written as YAML so it goes through the same
 * loader and validation as a real tenant: {@code locations} locations in regions of 100, one
 * source with a column per KPI, {@code kpis} simple monthly KPIs with alternating directions,
 * and one location-level monthly target per KPI (so the stage resolves targets as in a run).
 */
final class BenchTenant {
  static final String ID = "forecast-bench";
  private static final int LOCATIONS_PER_REGION = 100;
  private static final String[] PERSPECTIVES = {"financial", "customer", "internal_process", "learning_growth"};

  private BenchTenant() {}

  static String locationId(long location) {
    return String.format("loc-%05d", location);
  }

  static String kpiId(int kpi) {
    return String.format("kpi_%02d", kpi);
  }

  /** Writes {@code <confDir>/tenants/forecast-bench.yaml}. */
  static void write(Path confDir, int locations, int kpis) {
    Path file = confDir.resolve("tenants").resolve(ID + ".yaml");
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, yaml(locations, kpis));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  static List<String> yaml(int locations, int kpis) {
    List<String> y = new ArrayList<>(List.of("tenant_id: " + ID, "name: Forecast bench", "hierarchy:",
        "  org_name: Forecast bench", "  regions:"));
    for (int r = 0; r * LOCATIONS_PER_REGION < locations; r++) {
      y.addAll(List.of(String.format("    - id: region-%03d", r), String.format("      name: Region %d", r),
          "      locations:"));
      for (int l = r * LOCATIONS_PER_REGION; l < Math.min(locations, (r + 1) * LOCATIONS_PER_REGION); l++) {
        y.add(String.format("        - { id: %s, name: Location %d }", locationId(l), l));
      }
    }
    y.addAll(List.of("sources:", "  feed:", "    path: \"feed/*.csv\"", "    format: csv", "    columns:",
        "      date: date", "      location_id: string"));
    for (int k = 0; k < kpis; k++) {
      y.add(String.format("      v%02d: double", k));
    }
    y.addAll(List.of("    business_key: [date, location_id]", "    date_column: date",
        "    location_column: location_id", "measures:"));
    for (int k = 0; k < kpis; k++) {
      y.add(String.format("  m%02d: { source: feed, agg: sum, expr: v%02d }", k, k));
    }
    y.add("perspectives:");
    for (String p : PERSPECTIVES) {
      y.add(String.format("  %s: { name: %s, weight: 1 }", p, p));
    }
    y.add("objectives:");
    for (String p : PERSPECTIVES) {
      y.add(String.format("  obj_%s: { name: Objective %s, perspective: %s }", p, p, p));
    }
    y.add("kpis:");
    for (int k = 0; k < kpis; k++) {
      y.add(String.format("  %s: { name: KPI %d, objective: obj_%s, type: simple, expr: m%02d, direction: %s,"
          + " grains: [month] }", kpiId(k), k, PERSPECTIVES[k % PERSPECTIVES.length], k,
          k % 2 == 0 ? "higher_is_better" : "lower_is_better"));
    }
    y.add("targets:");
    for (int k = 0; k < kpis; k++) {
      y.add(String.format("  - { kpi: %s, grain: month, level: location, target: %s }", kpiId(k),
          SyntheticKpiSeries.scale(k)));
    }
    return y;
  }
}
