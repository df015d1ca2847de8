package dev.scorecard.generate;

/** The period grains targets are written for, with their length in months. */
enum Grain {
  MONTH(1),
  QUARTER(3),
  YEAR(12);

  private final int months;

  Grain(int months) {
    this.months = months;
  }

  int months() {
    return months;
  }

  /** The id the tenant YAML uses: {@code month}, {@code quarter}, {@code year}. */
  String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
