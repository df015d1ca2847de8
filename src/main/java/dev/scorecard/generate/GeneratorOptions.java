package dev.scorecard.generate;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What {@link Generator#generate} writes and where.
 *
 * @param landing the landing root; files go to {@code <landing>/<tenant_id>/<source>/}
 * @param conf the config root; each tenant's YAML goes to {@code <conf>/tenants/<tenant_id>.yaml}
 * @param tenants benchmark tenants to write ({@code chain-001}, ...); ignored for the sample
 * @param locations locations per benchmark tenant, in regions of about eight; ignored for the sample
 * @param days days per tenant from {@code start}; ignored for the sample
 * @param seed the seed: the same options give byte-identical files
 * @param sample write the shipped sample set ({@code brewhaus} and {@code fjord-shop}, 1096 days
 *     from 2023-11-01) instead of benchmark tenants
 * @param causation whether the stores' cause-and-effect chain is built in ({@link CausalModel}); without
 *     it every driver wanders on its own, so the strategy map's arrows have nothing to find
 */
public record GeneratorOptions(Path landing, Path conf, int tenants, int locations, int days, LocalDate start,
    long seed, boolean sample, boolean causation) {

  /** The first day of the shipped sample. */
  public static final LocalDate SAMPLE_START = LocalDate.of(2023, 11, 1);
  /** The sample's length: three years, through 2026-10-31. */
  public static final int SAMPLE_DAYS = 1096;
  /** The seed the shipped sample was written with. */
  public static final long SAMPLE_SEED = 42;

  public GeneratorOptions {
    require(landing != null, "Cannot generate without a landing directory");
    require(conf != null, "Cannot generate without a conf directory");
    if (!sample) {
      require(tenants >= 1 && tenants <= 999, "Invalid tenant count: %s (expected 1 to 999)", tenants);
      require(locations >= 1 && locations <= 9999, "Invalid location count: %s (expected 1 to 9999)", locations);
      require(days >= 1, "Invalid day count: %s (expected at least 1)", days);
      require(start != null, "Cannot generate without a start date");
    }
  }

  /** The options that write the shipped sample set. */
  public static GeneratorOptions sample(Path landing, Path conf, long seed) {
    return new GeneratorOptions(landing, conf, 0, 0, SAMPLE_DAYS, SAMPLE_START, seed, true, true);
  }

  /** The options for {@code tenants} benchmark tenants. */
  public static GeneratorOptions bench(Path landing, Path conf, int tenants, int locations, int days,
      LocalDate start, long seed) {
    return new GeneratorOptions(landing, conf, tenants, locations, days, start, seed, false, true);
  }

  private static void require(boolean condition, String message, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(message, args));
    }
  }
}
