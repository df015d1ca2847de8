package dev.scorecard.generate;

import dev.scorecard.config.AgainstPeriod;
import dev.scorecard.config.Bounds;
import dev.scorecard.config.Direction;
import dev.scorecard.config.Grain;
import dev.scorecard.config.KpiSpec;
import dev.scorecard.config.KpiType;
import dev.scorecard.config.Scoring;

/**
 * A KPI as the config declares it ({@link KpiSpec}), with its expressions parsed into
 * {@link Terms} so targets can be calibrated on the generated data by the engine's own formula.
 *
 * @param expr the parsed {@code expr} of a simple or growth KPI, else null
 * @param numerator the parsed numerator of a ratio KPI, else null
 * @param denominator the parsed denominator of a ratio KPI, else null
 * @param calibrateOn the grain whose values set the KPI's ratio target for every grain, or null
 *     to calibrate each grain on its own values (lumpy monthly values such as staff turnover
 *     are better judged over a year)
 */
record KpiRecipe(KpiSpec spec, Terms expr, Terms numerator, Terms denominator, Grain calibrateOn) {

  static KpiRecipe simple(String id, String name, String objective, String expr, String unit, String description) {
    return new KpiRecipe(spec(id, name, objective, KpiType.SIMPLE, expr, "", "", 1, unit, description),
        Terms.parse(expr), null, null, null);
  }

  static KpiRecipe ratio(String id, String name, String objective, String numerator, String denominator,
      double scale, String unit, String description) {
    return new KpiRecipe(spec(id, name, objective, KpiType.RATIO, "", numerator, denominator, scale, unit, description),
        null, Terms.parse(numerator), Terms.parse(denominator), null);
  }

  static KpiRecipe yearOnYear(String id, String name, String objective, String expr, String description) {
    return new KpiRecipe(spec(id, name, objective, KpiType.GROWTH, expr, "", "", 1, "%", description),
        Terms.parse(expr), null, null, null);
  }

  /** A spec as the parser reads it: {@code against} only for growth, default grains and scoring. */
  private static KpiSpec spec(String id, String name, String objective, KpiType type, String expr, String numerator,
      String denominator, double scale, String unit, String description) {
    return new KpiSpec(id, name, objective, type, expr, numerator, denominator, scale,
        type == KpiType.GROWTH ? AgainstPeriod.YEAR_AGO : null, unit, Direction.HIGHER_IS_BETTER, 1,
        KpiSpec.GRAINS_DEFAULT, description, Scoring.DEFAULT, Bounds.NONE);
  }

  /** The same KPI with lower values better (a cost, a delay, a complaint rate). */
  KpiRecipe minimise() {
    return respec(Direction.LOWER_IS_BETTER, spec.weight());
  }

  KpiRecipe weight(double newWeight) {
    return respec(spec.direction(), newWeight);
  }

  KpiRecipe calibrateOn(Grain grain) {
    return new KpiRecipe(spec, expr, numerator, denominator, grain);
  }

  private KpiRecipe respec(Direction direction, double weight) {
    KpiSpec s = spec;
    return new KpiRecipe(new KpiSpec(s.id(), s.name(), s.objective(), s.type(), s.expr(), s.numerator(),
        s.denominator(), s.scale(), s.against(), s.unit(), direction, weight, s.grains(), s.description(),
        s.scoring(), s.bounds()), expr, numerator, denominator, calibrateOn);
  }

  String id() {
    return spec.id();
  }

  KpiType type() {
    return spec.type();
  }

  boolean lowerIsBetter() {
    return spec.direction() == Direction.LOWER_IS_BETTER;
  }

  /** Simple KPIs add up over nodes and periods, so they get a target per level. */
  boolean additive() {
    return type() == KpiType.SIMPLE;
  }

  /**
   * The KPI's value as the engine defines it; {@code yearAgo} is only read by growth KPIs.
   * NaN when undefined (zero denominator, no reference).
   */
  double value(Totals current, Totals yearAgo) {
    return switch (type()) {
      case SIMPLE -> expr.value(current);
      case RATIO -> divide(spec.scale() * numerator.value(current), denominator.value(current));
      case GROWTH -> yearAgo == null ? Double.NaN
          : divide(100 * (expr.value(current) - expr.value(yearAgo)), Math.abs(expr.value(yearAgo)));
    };
  }

  private static double divide(double numerator, double denominator) {
    return denominator == 0 ? Double.NaN : numerator / denominator;
  }
}
