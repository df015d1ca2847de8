package dev.scorecard.generate;

/**
 * A KPI of the tenant YAML, and the way to compute its value from {@link Totals} so targets can
 * be calibrated on the generated data.
 *
 * @param calibrateOn the grain whose values set the KPI's ratio target for every grain, or null
 *     to calibrate each grain on its own values (lumpy monthly values such as staff turnover
 *     are better judged over a year)
 */
record KpiSpec(String id, String name, String objective, Type type, Terms expr, Terms numerator,
    Terms denominator, String against, double scale, String unit, boolean lowerIsBetter, double weight,
    String description, Grain calibrateOn) {

  /** The KPI types the engine knows. */
  enum Type { SIMPLE, RATIO, GROWTH }

  static KpiSpec simple(String id, String name, String objective, String expr, String unit, String description) {
    return new KpiSpec(id, name, objective, Type.SIMPLE, Terms.parse(expr), null, null, null, 1, unit,
        false, 1, description, null);
  }

  static KpiSpec ratio(String id, String name, String objective, String numerator, String denominator,
      double scale, String unit, String description) {
    return new KpiSpec(id, name, objective, Type.RATIO, null, Terms.parse(numerator), Terms.parse(denominator),
        null, scale, unit, false, 1, description, null);
  }

  static KpiSpec yearOnYear(String id, String name, String objective, String expr, String description) {
    return new KpiSpec(id, name, objective, Type.GROWTH, Terms.parse(expr), null, null, "year_ago", 1, "%",
        false, 1, description, null);
  }

  /** The same KPI with lower values better (a cost, a delay, a complaint rate). */
  KpiSpec minimise() {
    return new KpiSpec(id, name, objective, type, expr, numerator, denominator, against, scale, unit, true,
        weight, description, calibrateOn);
  }

  KpiSpec weight(double newWeight) {
    return new KpiSpec(id, name, objective, type, expr, numerator, denominator, against, scale, unit,
        lowerIsBetter, newWeight, description, calibrateOn);
  }

  KpiSpec calibrateOn(Grain grain) {
    return new KpiSpec(id, name, objective, type, expr, numerator, denominator, against, scale, unit,
        lowerIsBetter, weight, description, grain);
  }

  /** Simple KPIs add up over nodes and periods, so they get a target per level. */
  boolean additive() {
    return type == Type.SIMPLE;
  }

  /**
   * The KPI's value as the engine defines it; {@code yearAgo} is only read by growth KPIs.
   * NaN when undefined (zero denominator, no reference).
   */
  double value(Totals current, Totals yearAgo) {
    return switch (type) {
      case SIMPLE -> expr.value(current);
      case RATIO -> divide(scale * numerator.value(current), denominator.value(current));
      case GROWTH -> yearAgo == null ? Double.NaN
          : divide(100 * (expr.value(current) - expr.value(yearAgo)), Math.abs(expr.value(yearAgo)));
    };
  }

  private static double divide(double numerator, double denominator) {
    return denominator == 0 ? Double.NaN : numerator / denominator;
  }

  String direction() {
    return lowerIsBetter ? "lower_is_better" : "higher_is_better";
  }
}
