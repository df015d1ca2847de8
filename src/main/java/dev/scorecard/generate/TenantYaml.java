package dev.scorecard.generate;

import static dev.scorecard.generate.YamlText.flow;
import static dev.scorecard.generate.YamlText.list;
import static dev.scorecard.generate.YamlText.scalar;

import dev.scorecard.generate.Hierarchy.Location;
import dev.scorecard.generate.Hierarchy.Region;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a tenant's {@code conf/tenants/<id>.yaml} as commented text, in the layout of
 * docs/configuration.md: identity, strategy, hierarchy and sources here; the scorecard and
 * targets by {@link ScorecardYaml} and {@link TargetsYaml}.
 */
final class TenantYaml {
  private TenantYaml() {}

  static String render(TenantModel model, List<TargetLine> targets, List<TargetLine> examples, long seed) {
    YamlText yaml = new YamlText();
    header(yaml, model, seed);
    strategy(yaml, model.strategy());
    hierarchy(yaml, model.hierarchy());
    sources(yaml, model);
    measures(yaml, model.measures());
    ScorecardYaml.write(yaml, model.scorecard());
    TargetsYaml.write(yaml, model, targets, examples);
    return yaml.toString();
  }

  private static void header(YamlText yaml, TenantModel model, long seed) {
    String firstMonth = Month.of(model.fiscalYearStartMonth()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    yaml.comment(0, model.name() + ": tenant configuration for the scorecard engine.\n\n"
        + "Written by the synthetic data generator (`scorecard generate`, seed " + seed + ") with the\n"
        + "exports under <landing>/" + model.id() + "/; its targets were calibrated on those exports.\n"
        + "Edit it freely: the engine reads it as it is. docs/configuration.md describes every key.")
        .blank()
        .line(0, "tenant_id: " + model.id(), "must equal the file name")
        .line(0, "name: " + scalar(model.name()))
        .line(0, "fiscal_year_start_month: " + model.fiscalYearStartMonth(),
            "the fiscal year starts in " + firstMonth + "; quarters follow it")
        .line(0, "currency: " + model.currency())
        .blank();
  }

  private static void strategy(YamlText yaml, Strategy strategy) {
    yaml.comment(0, "Why the scorecard exists; each objective below serves one of the themes.")
        .line(0, "strategy:")
        .line(2, "mission: " + scalar(strategy.mission()))
        .line(2, "vision: " + scalar(strategy.vision()))
        .line(2, "themes: " + list(strategy.themes()))
        .blank();
  }

  private static void hierarchy(YamlText yaml, Hierarchy hierarchy) {
    yaml.comment(0, "Org -> regions -> locations. The org node's id is the tenant id; every location id in\n"
        + "the exports must be listed here. Scores and ratios roll up along this tree.")
        .line(0, "hierarchy:")
        .line(2, "org_name: " + scalar(hierarchy.orgName()))
        .line(2, "regions:");
    for (Region region : hierarchy.regions()) {
      yaml.line(4, "- id: " + region.id()).line(6, "name: " + scalar(region.name())).line(6, "locations:");
      for (Location location : region.locations()) {
        yaml.line(8, "- " + flow(List.of("id", location.id(), "name", scalar(location.name()))));
      }
    }
    yaml.blank();
  }

  private static void sources(YamlText yaml, TenantModel model) {
    yaml.comment(0, "The exports, one folder each under <landing>/" + model.id() + "/, one file per calendar month.\n"
        + "Column types: string, int, long, double, decimal, boolean, date, timestamp. The business key\n"
        + "identifies one row of the export.")
        .line(0, "sources:");
    for (SourceSpec source : model.sources()) {
      yaml.comment(2, source.description())
          .line(2, source.id() + ":")
          .line(4, "path: \"" + source.path() + "\"")
          .line(4, "format: " + source.format().name().toLowerCase(Locale.ROOT),
              source.gzip() ? "gzipped, as the .gz name says" : "plain text")
          .line(4, "columns:");
      source.columns().forEach(column -> yaml.line(6, column.name() + ": " + column.type()));
      yaml.line(4, "business_key: " + list(source.businessKey()))
          .line(4, "date_column: " + source.dateColumn());
      if (source.locationColumn() != null) {
        yaml.line(4, "location_column: " + source.locationColumn());
      } else {
        yaml.line(4, "location: " + source.fixedLocation(), "single site: every row belongs to this location");
      }
    }
    yaml.blank();
  }

  private static void measures(YamlText yaml, List<MeasureSpec> measures) {
    yaml.comment(0, "Measures: one aggregate over one source per node and period. KPIs are built from these.\n"
        + "agg: sum | count | count_distinct | avg | min | max; expr and filter are Spark SQL.")
        .line(0, "measures:");
    int width = measures.stream().mapToInt(m -> m.id().length()).max().orElse(0) + 1;
    for (MeasureSpec measure : measures) {
      List<String> pairs = new ArrayList<>(List.of("source", measure.source(), "agg", measure.agg()));
      if (measure.expr() != null) {
        pairs.addAll(List.of("expr", scalar(measure.expr())));
      }
      if (measure.filter() != null) {
        pairs.addAll(List.of("filter", scalar(measure.filter())));
      }
      String key = (measure.id() + ":" + " ".repeat(width)).substring(0, width + 1);
      yaml.line(2, key + flow(pairs));
    }
    yaml.blank();
  }
}
