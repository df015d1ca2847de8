package dev.scorecard.config;

import static dev.scorecard.config.YamlText.list;
import static dev.scorecard.config.YamlText.number;
import static dev.scorecard.config.YamlText.scalar;

/**
 * Writes the {@code alerts:} section for {@link ConfigYaml}: only what differs from the defaults
 * (nothing at all for {@link AlertSettings#DEFAULT}), each kind on one line.
 */
final class AlertsYaml {
  private AlertsYaml() {}

  static void write(YamlWriter out, AlertSettings alerts) {
    if (alerts.equals(AlertSettings.DEFAULT)) {
      return;
    }
    AlertSettings d = AlertSettings.DEFAULT;
    out.section("alerts", false);
    rules(out, 2, "alerts", alerts.rules(), AlertRules.DEFAULT);
    kind(out, 2, "alerts", "stale_source", alerts.staleSource(), new YamlFlow()
        .putUnless(alerts.staleFactor() == d.staleFactor(), "factor", number(alerts.staleFactor())), d.staleSource());
    kind(out, 2, "alerts", "data_quality", alerts.dataQuality(), new YamlFlow().putUnless(
        alerts.quarantineRatio() == d.quarantineRatio(), "quarantine_ratio", number(alerts.quarantineRatio())),
        d.dataQuality());
    out.entry(2, "alerts", "grains", list(alerts.grains().stream().map(Grain::id).toList()),
        alerts.grains().equals(d.grains()));
    out.entry(2, "alerts", "subjects", list(alerts.subjects()), alerts.subjects().equals(d.subjects()));
    out.entry(2, "alerts", "fold_share", number(alerts.foldShare()), alerts.foldShare() == d.foldShare());
    if (!alerts.kpis().isEmpty()) {
      out.line(2, "alerts.kpis", "kpis:");
      alerts.kpis().forEach((id, rules) -> kpi(out, id, rules, alerts.rules()));
    }
    alerts.webhook().ifPresent(w -> out.line(2, "alerts.webhook", "webhook: " + new YamlFlow()
        .put("url", scalar(w.url().toString())).put("secret_env", scalar(w.secretEnv()))));
    alerts.email().ifPresent(e -> out.line(2, "alerts.email", "email: " + new YamlFlow()
        .put("host", scalar(e.host())).putUnless(e.port() == AlertSettings.Email.PORT_DEFAULT, "port", String.valueOf(e.port()))
        .put("from", scalar(e.from())).put("to", list(e.to())).putUnless(!e.starttls(), "starttls", "true")
        .put("username_env", e.usernameEnv().map(YamlText::scalar)).put("password_env", e.passwordEnv().map(YamlText::scalar))));
    AlertSettings.Retry r = alerts.retry();
    AlertSettings.Retry dr = AlertSettings.Retry.DEFAULT;
    if (!r.equals(dr)) {
      out.line(2, "alerts.retry", "retry: " + new YamlFlow()
          .putUnless(r.attempts() == dr.attempts(), "attempts", String.valueOf(r.attempts()))
          .putUnless(r.backoff().equals(dr.backoff()), "backoff_seconds", number(r.backoff().toMillis() / 1000.0))
          .putUnless(r.timeout().equals(dr.timeout()), "timeout_seconds", number(r.timeout().toMillis() / 1000.0)));
    }
  }

  /** A KPI's kinds where they differ from the tenant's, as one flow line of flow values. */
  private static void kpi(YamlWriter out, String id, AlertRules rules, AlertRules tenant) {
    YamlFlow flow = new YamlFlow();
    flow.putUnless(rules.status() == tenant.status() && rules.amber() == tenant.amber(), "status",
        value(rules.status(), new YamlFlow().putUnless(rules.amber() == tenant.amber(), "amber",
            String.valueOf(rules.amber()))));
    flow.putUnless(rules.transition() == tenant.transition() && rules.hysteresis() == tenant.hysteresis(), "transition",
        value(rules.transition(), new YamlFlow().putUnless(rules.hysteresis() == tenant.hysteresis(), "hysteresis",
            number(rules.hysteresis()))));
    flow.putUnless(rules.forecastRisk() == tenant.forecastRisk() && rules.riskBelow() == tenant.riskBelow(),
        "forecast_risk", value(rules.forecastRisk(), new YamlFlow().putUnless(rules.riskBelow() == tenant.riskBelow(),
            "below", number(rules.riskBelow()))));
    flow.putUnless(rules.anomaly() == tenant.anomaly() && rules.anomalyMargin() == tenant.anomalyMargin(), "anomaly",
        value(rules.anomaly(), new YamlFlow().putUnless(rules.anomalyMargin() == tenant.anomalyMargin(), "margin",
            number(rules.anomalyMargin()))));
    out.line(4, "alerts.kpis." + id, scalar(id) + ": " + flow);
  }

  private static void rules(YamlWriter out, int indent, String parent, AlertRules rules, AlertRules base) {
    kind(out, indent, parent, "status", rules.status(), new YamlFlow()
        .putUnless(rules.amber() == base.amber(), "amber", String.valueOf(rules.amber())), base.status());
    kind(out, indent, parent, "transition", rules.transition(), new YamlFlow()
        .putUnless(rules.hysteresis() == base.hysteresis(), "hysteresis", number(rules.hysteresis())), base.transition());
    kind(out, indent, parent, "forecast_risk", rules.forecastRisk(), new YamlFlow()
        .putUnless(rules.riskBelow() == base.riskBelow(), "below", number(rules.riskBelow())), base.forecastRisk());
    kind(out, indent, parent, "anomaly", rules.anomaly(), new YamlFlow()
        .putUnless(rules.anomalyMargin() == base.anomalyMargin(), "margin", number(rules.anomalyMargin())), base.anomaly());
  }

  /** {@code name: false}, {@code name: {thresholds}} or nothing when it is on with default thresholds. */
  private static void kind(YamlWriter out, int indent, String parent, String name, boolean on, YamlFlow thresholds,
      boolean onByDefault) {
    String text = thresholds.toString();
    boolean plain = text.equals("{}");
    if (on && plain && onByDefault) {
      return;
    }
    out.entry(indent, parent, name, on ? (plain ? "true" : text) : "false", false);
  }

  /** A kind's value inside a KPI's line: {@code false}, its thresholds, or {@code true}. */
  private static String value(boolean on, YamlFlow thresholds) {
    String text = thresholds.toString();
    return !on ? "false" : text.equals("{}") ? "true" : text;
  }
}
