package dev.scorecard.alert;

import dev.scorecard.config.KpiSpec;
import dev.scorecard.config.Level;
import dev.scorecard.config.ObjectiveSpec;
import dev.scorecard.config.PerspectiveSpec;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.model.Node;
import dev.scorecard.model.NodeTree;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Each alert as a sentence an owner reads (what, where, when, how far off, since when, why) and
 * the SQL that shows the series behind it. Serializable, so that Spark's executors can write it.
 */
public final class AlertText implements Serializable {
  private final NodeTree tree;
  private final Names names;

  /** The names of a tenant's KPIs, objectives and perspectives, by id. */
  public record Names(Map<String, String> kpis, Map<String, String> objectives, Map<String, String> perspectives)
      implements Serializable {
    public static Names of(TenantConfig t) {
      return new Names(names(t.kpis(), KpiSpec::name), names(t.objectives(), ObjectiveSpec::name),
          names(t.perspectives(), PerspectiveSpec::name));
    }

    private static <T> Map<String, String> names(Map<String, T> specs, Function<T, String> name) {
      Map<String, String> out = new LinkedHashMap<>();
      specs.forEach((id, spec) -> out.put(id, name.apply(spec)));
      return out;
    }
  }

  public AlertText(NodeTree tree, Names names) {
    this.tree = tree;
    this.names = names;
  }

  /** The message and the query of a condition. */
  public String[] of(Condition c) {
    return new String[] {message(c), query(c)};
  }

  private String message(Condition c) {
    String what = subject(c);
    String where = where(c);
    String when = c.periodGrain() == null ? "" : " for " + c.periodGrain() + " " + c.periodStart();
    String text = switch (c.kind()) {
      case STATUS -> what + " is " + c.status() + where + when + figures(c) + " (since " + c.since() + ")";
      case TRANSITION -> what + " went from " + c.previousStatus() + " to " + c.status() + where + when + figures(c);
      case FORECAST_RISK -> what + where + " will likely miss its target" + when + (c.score() == null ? ""
          : ": forecast " + number(c.value()) + " against " + number(c.target()) + ", chance of meeting it "
              + Math.round(100 * c.score()) + "%");
      case ANOMALY -> what + where + when + (c.value() == null ? " lay outside the 95% interval forecast for it"
          : " was " + number(c.value()) + ", outside the 95% interval forecast for it (" + number(c.target())
              + " expected)");
      case STALE_SOURCE -> "source " + c.subjectId() + " delivered no data for " + number(c.value()) + " days (last day "
          + c.since() + "; usually silent at most " + number(c.target()) + " days)";
      case DATA_QUALITY -> c.status().equals("rejected")
          ? "file " + c.subjectId() + " was rejected whole: " + c.drivers()
          : "file " + c.subjectId() + " had " + Math.round(100 * c.value()) + "% of its rows quarantined (threshold "
              + Math.round(100 * c.target()) + "%)";
    };
    boolean scores = c.kind() == AlertKind.STATUS || c.kind() == AlertKind.TRANSITION;
    if (scores && c.drivers() != null && !c.drivers().isEmpty()) {
      text += "; pulled down by " + c.drivers();
    }
    return text + ".";
  }

  private String subject(Condition c) {
    return switch (c.subjectType()) {
      case "kpi" -> name(names.kpis(), c.subjectId());
      case "objective" -> "objective " + name(names.objectives(), c.subjectId());
      case "perspective" -> "perspective " + name(names.perspectives(), c.subjectId());
      case "scorecard" -> "the overall score";
      default -> c.subjectType() + " " + c.subjectId();
    };
  }

  private static String name(Map<String, String> names, String id) {
    return Optional.ofNullable(names.get(id)).orElse(id);
  }

  private String where(Condition c) {
    String name = node(c.nodeLevel(), c.nodeId());
    if (c.children().isEmpty()) {
      return " at " + name;
    }
    int of = c.nodeLevel().equals(Level.ORG.id()) ? tree.level(Level.LOCATION).size()
        : tree.children(Level.REGION, c.nodeId()).size();
    return " at " + c.children().size() + " of " + of + " locations of " + name + " (" + String.join(", ", c.children())
        + ")";
  }

  private String node(String level, String id) {
    return java.util.Arrays.stream(Level.values()).filter(l -> l.id().equals(level)).findFirst()
        .flatMap(l -> tree.node(l, id)).map(Node::name).orElse(id);
  }

  private static String figures(Condition c) {
    StringBuilder text = new StringBuilder();
    if (c.value() != null) {
      text.append(": ").append(number(c.value()));
      if (c.target() != null) {
        text.append(" against target ").append(number(c.target())).append(" (gap ").append(number(c.value() - c.target()))
            .append(')');
      }
    }
    if (c.score() != null) {
      text.append(text.length() == 0 ? ": " : ", ").append("score ").append(number(c.score()));
    }
    return text.toString();
  }

  static String number(Double v) {
    if (v == null) {
      return "n/a";
    }
    double abs = Math.abs(v);
    return abs >= 1000 || v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
  }

  private String query(Condition c) {
    String tenantId = quote(c.tenantId());
    return switch (c.subjectType()) {
      case "kpi" -> "SELECT period_start, value, target, score, status FROM kpi_scores WHERE tenant_id = " + tenantId
          + " AND kpi_id = " + quote(c.subjectId()) + nodeAndGrain(c) + " ORDER BY period_start";
      case "objective" -> "SELECT period_start, score, status FROM objective_scores WHERE tenant_id = " + tenantId
          + " AND objective_id = " + quote(c.subjectId()) + nodeAndGrain(c) + " ORDER BY period_start";
      case "perspective" -> "SELECT period_start, score, status FROM perspective_scores WHERE tenant_id = " + tenantId
          + " AND perspective_id = " + quote(c.subjectId()) + nodeAndGrain(c) + " ORDER BY period_start";
      case "scorecard" -> "SELECT period_start, score, status, rank_in_peers FROM scorecard WHERE tenant_id = " + tenantId
          + nodeAndGrain(c) + " ORDER BY period_start";
      case "source" -> "SELECT file, status, rows_read, rows_quarantined, ingested_at FROM ingest_audit WHERE tenant_id = "
          + tenantId + " AND source = " + quote(c.subjectId()) + " ORDER BY ingested_at DESC";
      default -> "SELECT line, reason, raw_record FROM quarantine WHERE tenant_id = " + tenantId + " AND file = "
          + quote(c.subjectId()) + " ORDER BY line";
    };
  }

  private static String nodeAndGrain(Condition c) {
    String node = c.children().isEmpty() ? " AND node_id = " + quote(c.nodeId())
        : " AND node_id IN (" + quote(c.nodeId()) + ", "
            + String.join(", ", c.children().stream().map(AlertText::quote).toList()) + ")";
    return node + " AND period_grain = " + quote(c.periodGrain());
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
