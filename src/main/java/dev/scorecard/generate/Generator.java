package dev.scorecard.generate;

import dev.scorecard.config.ConfigLoader;
import dev.scorecard.config.ConfigYaml;
import dev.scorecard.config.TargetSpec;
import dev.scorecard.config.TenantConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes realistic synthetic exports and a matching tenant YAML, for the shipped sample and for
 * benchmarks.
 *
 * <p>The data follows a coffee franchise's (or an online shop's) calendar and the cause and
 * effect its strategy map claims, with lags at monthly scale (see {@link CausalModel}), so the
 * engine's link tests, forecasts and scores have real structure to find. Targets in the YAML are
 * calibrated on the written data. The sample's brewhaus also has known {@link Trouble} in its last
 * months, for the alerts to find; its targets are calibrated on the days before it. Output
 * depends on the options alone: tenant {@code i} draws from {@code seed + i}, rows are written in
 * a fixed order, and nothing holds a time stamp.
 *
 * <p>Each tenant's config is built as the engine's own records ({@link TenantConfig}) and written
 * by {@link ConfigYaml}, so the YAML loads back to exactly the config the data was made for.
 */
public final class Generator {
  private Generator() {}

  public static GeneratorResult generate(GeneratorOptions options) throws IOException {
    List<TenantPlan> plans = new ArrayList<>();
    if (options.sample()) {
      plans.add(TenantPlan.brewhaus());
      plans.add(TenantPlan.fjordShop());
    } else {
      for (int i = 1; i <= options.tenants(); i++) {
        plans.add(TenantPlan.chain(i, options.locations()));
      }
    }
    Span span = options.sample()
        ? new Span(GeneratorOptions.SAMPLE_START, GeneratorOptions.SAMPLE_DAYS)
        : new Span(options.start(), options.days());
    List<TenantConfig> configs = new ArrayList<>();
    long rows = 0;
    long files = 0;
    for (int i = 0; i < plans.size(); i++) {
      TenantPlan plan = plans.get(i);
      TenantModel model = plan.model();
      LandingWriter out = new LandingWriter(options.landing().resolve(model.id()), model.exports(), plan.trouble());
      Ledger ledger;
      try (out) {
        ledger = Simulation.run(plan.sites(span, new Draw(options.seed() + i), options.causation() ? 1 : 0), span, out);
      }
      Span calm = plan.trouble().calmPart(span);
      configs.add(writeConfig(options, plan, new TargetCalibrator(model, calm, ledger)));
      rows += out.rowsWritten();
      files += out.filesWritten() + 1;
    }
    return new GeneratorResult(configs, rows, files);
  }

  /** Writes {@code <conf>/tenants/<id>.yaml}: the recurring targets, then the examples. */
  private static TenantConfig writeConfig(GeneratorOptions options, TenantPlan plan, TargetCalibrator calibrator)
      throws IOException {
    TenantModel model = plan.model();
    Path file = Files.createDirectories(options.conf().resolve(ConfigLoader.TENANTS_DIR)).resolve(model.id() + ".yaml");
    List<TargetSpec> targets = calibrator.targets();
    List<TargetSpec> examples = calibrator.examples();
    List<TargetSpec> all = new ArrayList<>(targets);
    all.addAll(examples);
    TenantConfig config = model.config(file, all);
    String yaml = ConfigYaml.write(config, TenantComments.of(model, plan.trouble(), targets, examples,
        options.seed()));
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return config;
  }

  /**
   * Writes the shipped sample: {@code Generator <landing> <conf> [seed]}, for example
   * {@code sample-data/landing conf 42}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: Generator <landing> <conf> [seed]");
      System.exit(2);
    }
    long seed = args.length > 2 ? Long.parseLong(args[2]) : GeneratorOptions.SAMPLE_SEED;
    GeneratorResult result = generate(GeneratorOptions.sample(Path.of(args[0]), Path.of(args[1]), seed));
    System.out.printf("wrote %s: %d rows in %d files%n", result.tenantIds(), result.rowsWritten(),
        result.filesWritten());
  }
}
