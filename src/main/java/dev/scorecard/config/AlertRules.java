package dev.scorecard.config;

/**
 * The alert kinds a KPI's series raise and their thresholds: the tenant's {@code alerts:} keys,
 * overridden per KPI under {@code alerts.kpis.<kpi_id>}. Objectives, perspectives and the overall
 * score follow the tenant's rules.
 *
 * @param status alert while the latest complete period is red
 * @param amber also alert while it is amber (status alerts only)
 * @param transition alert when the status got worse than the period before's
 * @param hysteresis score points a score must lie past the threshold it crossed, so a score
 *     hovering at a threshold does not raise a transition every period
 * @param forecastRisk alert when the open or next period's chance of meeting its target is low
 * @param riskBelow the chance (0-1) under which a forecast is a risk
 * @param anomaly alert when the latest complete value lies outside the 95% interval forecast
 *     for it one period earlier
 * @param anomalyMargin how far outside: a share of the interval's half-width (0.5: a normal
 *     error that far out comes once in some 300 periods, so hundreds of series do not raise a few
 *     false alarms every period)
 */
public record AlertRules(
    boolean status,
    boolean amber,
    boolean transition,
    double hysteresis,
    boolean forecastRisk,
    double riskBelow,
    boolean anomaly,
    double anomalyMargin) {

  public static final double HYSTERESIS_DEFAULT = 10;
  public static final double RISK_BELOW_DEFAULT = 0.3;
  public static final double ANOMALY_MARGIN_DEFAULT = 0.5;
  public static final AlertRules DEFAULT =
      new AlertRules(true, false, true, HYSTERESIS_DEFAULT, true, RISK_BELOW_DEFAULT, true, ANOMALY_MARGIN_DEFAULT);
}
