package dev.scorecard.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a tenant's {@code alerts:} section ({@link AlertSettings}). Each kind is {@code true},
 * {@code false} or a mapping of its thresholds (with {@code enabled: false} to turn it off); a
 * KPI under {@code kpis:} names only what differs from the tenant's rules.
 */
final class AlertSettingsParser {
  static final Set<String> KPI_KINDS = Set.of("status", "transition", "forecast_risk", "anomaly");
  private static final String ENV_NAME = "[A-Za-z_][A-Za-z0-9_]*";

  private final Problems problems;

  AlertSettingsParser(Problems problems) {
    this.problems = problems;
  }

  AlertSettings parse(YamlNode node, Set<String> kpiIds) {
    node.allowOnly(Set.of("status", "transition", "forecast_risk", "anomaly", "stale_source", "data_quality", "grains", "subjects",
        "fold_share", "kpis", "webhook", "email", "retry"));
    AlertSettings d = AlertSettings.DEFAULT;
    AlertRules rules = rules(node, AlertRules.DEFAULT);
    Map<String, AlertRules> kpis = new LinkedHashMap<>();
    node.children("kpis").forEach((id, kpi) -> {
      kpi.allowOnly(KPI_KINDS);
      if (!kpiIds.contains(id)) {
        problems.add(kpi.path(), "is not a KPI of this tenant (KPIs: %s)", new java.util.TreeSet<>(kpiIds));
      }
      AlertRules own = rules(kpi, rules);
      if (!own.equals(rules)) {
        kpis.put(id, own);
      }
    });
    YamlNode stale = kind(node, "stale_source", Set.of("factor"));
    YamlNode quality = kind(node, "data_quality", Set.of("quarantine_ratio"));
    return new AlertSettings(rules, kpis, grains(node), subjects(node), enabled(node, "stale_source", true),
        positive(stale, "factor", d.staleFactor()), enabled(node, "data_quality", true),
        share(quality, "quarantine_ratio", d.quarantineRatio(), true), share(node, "fold_share", d.foldShare(), false),
        webhook(node), email(node), retry(node.section("retry")));
  }

  /** The KPI kinds of {@code node}, each key it leaves out taken from {@code base}. */
  private AlertRules rules(YamlNode node, AlertRules base) {
    YamlNode status = kind(node, "status", Set.of("amber"));
    YamlNode transition = kind(node, "transition", Set.of("hysteresis"));
    YamlNode risk = kind(node, "forecast_risk", Set.of("below"));
    YamlNode anomaly = kind(node, "anomaly", Set.of("margin"));
    double margin = anomaly.number("margin", base.anomalyMargin());
    if (anomaly.has("margin") && (margin < 0 || margin > 10)) {
      problems.add(anomaly.key("margin"), "must be between 0 and 10 half-widths of the 95%% interval, got %s", margin);
    }
    double hysteresis = transition.number("hysteresis", base.hysteresis());
    if (transition.has("hysteresis") && (hysteresis < 0 || hysteresis > 100)) {
      problems.add(transition.key("hysteresis"), "must be between 0 and 100 score points, got %s", hysteresis);
    }
    return new AlertRules(enabled(node, "status", base.status()), status.bool("amber", base.amber()),
        enabled(node, "transition", base.transition()), hysteresis, enabled(node, "forecast_risk", base.forecastRisk()),
        share(risk, "below", base.riskBelow(), true), enabled(node, "anomaly", base.anomaly()), margin);
  }

  /** A kind's settings: its mapping, or an empty one when it is given as true or false. */
  private static YamlNode kind(YamlNode parent, String name, Set<String> thresholds) {
    YamlNode kind = parent.section(name);
    if (!kind.isScalar()) {
      Set<String> allowed = new java.util.HashSet<>(thresholds);
      allowed.add("enabled");
      kind.allowOnly(allowed);
    }
    return kind;
  }

  private boolean enabled(YamlNode parent, String name, boolean fallback) {
    YamlNode kind = parent.section(name);
    if (!parent.has(name)) {
      return fallback;
    }
    if (kind.isScalar()) {
      if (!kind.isBoolean()) {
        problems.add(kind.path(), "must be true, false or a mapping of its settings, got '%s'", kind.scalar());
        return fallback;
      }
      return Boolean.parseBoolean(kind.scalar());
    }
    return kind.bool("enabled", true);
  }

  private double share(YamlNode node, String name, double fallback, boolean zeroAllowed) {
    double value = node.number(name, fallback);
    if (node.has(name) && (value > 1 || value < 0 || (!zeroAllowed && value == 0))) {
      problems.add(node.key(name), "must be a share between %s and 1, got %s", zeroAllowed ? "0" : "0 (excluded)", value);
    }
    return value;
  }

  private double positive(YamlNode node, String name, double fallback) {
    double value = node.number(name, fallback);
    if (node.has(name) && value <= 0) {
      problems.add(node.key(name), "must be above 0, got %s", value);
    }
    return value;
  }

  private List<Grain> grains(YamlNode node) {
    List<Grain> grains = new ArrayList<>();
    for (String text : node.texts("grains", List.of())) {
      node.choiceOf(node.key("grains"), text, Grain.class).ifPresent(grains::add);
    }
    return node.has("grains") ? grains : AlertSettings.GRAINS_DEFAULT;
  }

  private List<String> subjects(YamlNode node) {
    List<String> subjects = node.texts("subjects", AlertSettings.SUBJECTS_DEFAULT);
    for (String s : subjects) {
      if (!AlertSettings.SUBJECTS.contains(s)) {
        problems.add(node.key("subjects"), "unknown value '%s' (expected some of %s)", s, AlertSettings.SUBJECTS);
      }
    }
    return subjects;
  }

  private Optional<AlertSettings.Webhook> webhook(YamlNode parent) {
    if (!parent.has("webhook")) {
      return Optional.empty();
    }
    YamlNode node = parent.section("webhook");
    node.allowOnly(Set.of("url", "secret_env"));
    String url = node.text("url");
    URI uri = null;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      // reported below
    }
    if (!url.isEmpty() && (uri == null || uri.getHost() == null
        || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())))) {
      problems.add(node.key("url"), "must be an http:// or https:// address with a host, got '%s'", url);
    }
    return Optional.of(new AlertSettings.Webhook(uri == null ? URI.create("http://invalid") : uri, env(node, "secret_env", true)));
  }

  private Optional<AlertSettings.Email> email(YamlNode parent) {
    if (!parent.has("email")) {
      return Optional.empty();
    }
    YamlNode node = parent.section("email");
    node.allowOnly(Set.of("host", "port", "from", "to", "starttls", "username_env", "password_env"));
    int port = node.integer("port", AlertSettings.Email.PORT_DEFAULT);
    if (port < 1 || port > 65535) {
      problems.add(node.key("port"), "must be a port between 1 and 65535, got %s", port);
    }
    List<String> to = node.texts("to", List.of());
    if (to.isEmpty()) {
      problems.add(node.key("to"), "is required: a list of addresses, such as [owner@example.com]");
    }
    for (String address : to) {
      if (!address.matches("[^@\\s]+@[^@\\s]+")) {
        problems.add(node.key("to"), "'%s' is not an e-mail address", address);
      }
    }
    String from = node.text("from");
    if (!from.isEmpty() && !from.matches("[^@\\s]+@[^@\\s]+")) {
      problems.add(node.key("from"), "'%s' is not an e-mail address", from);
    }
    Optional<String> user = node.has("username_env") ? Optional.of(env(node, "username_env", true)) : Optional.empty();
    Optional<String> password = node.has("password_env") ? Optional.of(env(node, "password_env", true)) : Optional.empty();
    if (user.isPresent() != password.isPresent()) {
      problems.add(node.path(), "needs both username_env and password_env for an SMTP login, or neither");
    }
    return Optional.of(new AlertSettings.Email(node.text("host"), port, from, to, node.bool("starttls", false), user,
        password));
  }

  /** The name of an environment variable that holds a secret: the secret itself never sits in the YAML. */
  private String env(YamlNode node, String name, boolean required) {
    String value = required ? node.text(name) : node.text(name, "");
    if (!value.isEmpty() && !value.matches(ENV_NAME)) {
      problems.add(node.key(name), "must name an environment variable (letters, digits, _), got '%s'; "
          + "put the secret itself in that variable, never in the YAML", value);
    }
    return value;
  }

  private AlertSettings.Retry retry(YamlNode node) {
    node.allowOnly(Set.of("attempts", "backoff_seconds", "timeout_seconds"));
    AlertSettings.Retry d = AlertSettings.Retry.DEFAULT;
    int attempts = node.integer("attempts", d.attempts());
    if (attempts < 1 || attempts > 10) {
      problems.add(node.key("attempts"), "must be between 1 and 10, got %s", attempts);
    }
    double backoff = node.number("backoff_seconds", d.backoff().toMillis() / 1000.0);
    if (backoff < 0 || backoff > 60) {
      problems.add(node.key("backoff_seconds"), "must be between 0 and 60 seconds, got %s", backoff);
    }
    double timeout = node.number("timeout_seconds", d.timeout().toMillis() / 1000.0);
    if (timeout <= 0 || timeout > 300) {
      problems.add(node.key("timeout_seconds"), "must be above 0 and at most 300 seconds, got %s", timeout);
    }
    return new AlertSettings.Retry(attempts, Duration.ofMillis(Math.round(backoff * 1000)),
        Duration.ofMillis(Math.round(timeout * 1000)));
  }
}
