package dev.scorecard.config;

import static dev.scorecard.config.YamlText.list;
import static dev.scorecard.config.YamlText.scalar;

import java.util.List;
import java.util.Map;

/**
 * Writes a {@link TenantConfig} as the YAML text of {@code conf/tenants/<id>.yaml}, in the layout
 * of docs/configuration.md: sections in the documented order; measures, perspectives, locations,
 * rules, links and targets as one-line flow mappings; sources, objectives and KPIs as blocks.
 * A key that holds the value the parser would supply anyway is left out (unless it carries a
 * comment), and numbers have no trailing zeros.
 *
 * <p>What {@link ConfigLoader} reads back from the text equals the config written, all but its
 * {@code file}. So a program that builds configs (the synthetic data generator) writes them here
 * rather than as text of its own, and cannot write a file the engine reads differently. Keys the
 * parser does not read for a KPI's type (a ratio's {@code expr}, a growth KPI's numerator) are not
 * written. {@link Comments} add a person's explanations.
 */
public final class ConfigYaml {
  private ConfigYaml() {}

  public static String write(TenantConfig config) {
    return write(config, Comments.NONE);
  }

  /**
   * The config as YAML with {@code comments} in their places.
   *
   * @throws IllegalArgumentException when a comment names a place the YAML does not have
   */
  public static String write(TenantConfig config, Comments comments) {
    YamlWriter out = new YamlWriter(comments);
    out.header();
    identity(out, config);
    strategy(out, config.strategy());
    hierarchy(out, config.hierarchy(), config.tenantId());
    SourcesYaml.write(out, config.sources());
    ScorecardYaml.write(out, config);
    links(out, config.links());
    TargetsYaml.write(out, config.targets());
    forecast(out, config.forecast());
    AlertsYaml.write(out, config.alerts());
    return out.finish();
  }

  private static void identity(YamlWriter out, TenantConfig config) {
    out.entry(0, "", "tenant_id", scalar(config.tenantId()), false);
    out.entry(0, "", "name", scalar(config.name()), config.name().equals(config.tenantId()));
    out.entry(0, "", "fiscal_year_start_month", String.valueOf(config.fiscalYearStartMonth()),
        config.fiscalYearStartMonth() == 1);
    out.entry(0, "", "currency", scalar(config.currency()), config.currency().isEmpty());
  }

  private static void strategy(YamlWriter out, Strategy strategy) {
    if (strategy.equals(new Strategy("", "", List.of()))) {
      return;
    }
    out.section("strategy", false);
    out.entry(2, "strategy", "mission", scalar(strategy.mission()), strategy.mission().isEmpty());
    out.entry(2, "strategy", "vision", scalar(strategy.vision()), strategy.vision().isEmpty());
    out.entry(2, "strategy", "themes", list(strategy.themes()), strategy.themes().isEmpty());
  }

  private static void hierarchy(YamlWriter out, Hierarchy hierarchy, String tenantId) {
    out.section("hierarchy", false);
    out.entry(2, "hierarchy", "org_name", scalar(hierarchy.orgName()), hierarchy.orgName().equals(tenantId));
    out.line(2, "hierarchy.regions", "regions:");
    for (int i = 0; i < hierarchy.regions().size(); i++) {
      region(out, "hierarchy.regions[" + i + "]", hierarchy.regions().get(i));
    }
  }

  private static void region(YamlWriter out, String path, Hierarchy.Region region) {
    out.line(4, path + ".id", "- id: " + scalar(region.id()));
    out.entry(6, path, "name", scalar(region.name()), region.name().equals(region.id()));
    out.line(6, path + ".locations", "locations:");
    for (int i = 0; i < region.locations().size(); i++) {
      Hierarchy.Location location = region.locations().get(i);
      out.line(8, path + ".locations[" + i + "]", "- " + new YamlFlow().put("id", scalar(location.id()))
          .putUnless(location.name().equals(location.id()), "name", scalar(location.name())));
    }
  }

  private static void links(YamlWriter out, List<LinkSpec> links) {
    if (links.isEmpty()) {
      return;
    }
    out.section("links", false);
    for (int i = 0; i < links.size(); i++) {
      LinkSpec link = links.get(i);
      out.line(2, "links[" + i + "]",
          "- " + new YamlFlow().put("from", scalar(link.from())).put("to", scalar(link.to())));
    }
  }

  private static void forecast(YamlWriter out, ForecastSettings forecast) {
    Map<Grain, Integer> horizons = forecast.horizons();
    if (horizons.isEmpty()) {
      return;
    }
    out.section("forecast", false);
    YamlFlow horizon = new YamlFlow();
    for (Grain grain : Grain.values()) {
      if (horizons.containsKey(grain)) {
        horizon.put(grain.id(), String.valueOf(horizons.get(grain)));
      }
    }
    out.line(2, "forecast.horizon", "horizon: " + horizon);
  }
}
