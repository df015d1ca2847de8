package dev.scorecard.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's {@code alerts:} section: which conditions raise alerts, how alerts of many locations
 * fold into one at their region, and where alerts are delivered. Without the section every kind
 * is on with its defaults and nothing is delivered (alerts are still written to the table).
 *
 * @param rules the kinds and thresholds of KPI, objective, perspective and overall scores
 * @param kpis per KPI id, its rules where they differ from {@code rules}
 * @param grains the period grains whose scores raise status and transition alerts
 * @param subjects the scores that raise status and transition alerts: {@code kpi}, {@code objective},
 *     {@code perspective}, {@code scorecard} (a node's overall score). By default objectives and
 *     the overall score, each naming the KPIs that pulled it down; KPIs speak through forecast
 *     risk and anomaly alerts, which catch their change early
 * @param staleSource alert when a source delivered no data for {@code staleFactor} times its usual
 *     gap between days of data
 * @param staleFactor how many usual gaps of silence make a source stale
 * @param dataQuality alert for a rejected file, or a file whose quarantined share exceeds
 *     {@code quarantineRatio}
 * @param quarantineRatio the share (0-1) of a file's rows in quarantine that raises an alert
 * @param foldShare the share (0-1) of a node's locations that must raise the same alert for it to
 *     be raised once at that node, listing them, instead of once per location
 * @param webhook where each alert's opening and resolution is posted, if anywhere
 * @param email where a digest per night is mailed, if anywhere
 * @param retry how delivery is retried within one run (failed deliveries are retried next run)
 */
public record AlertSettings(
    AlertRules rules,
    Map<String, AlertRules> kpis,
    List<Grain> grains,
    List<String> subjects,
    boolean staleSource,
    double staleFactor,
    boolean dataQuality,
    double quarantineRatio,
    double foldShare,
    Optional<Webhook> webhook,
    Optional<Email> email,
    Retry retry) {

  public static final List<Grain> GRAINS_DEFAULT = List.of(Grain.MONTH);
  public static final List<String> SUBJECTS = List.of("kpi", "objective", "perspective", "scorecard");
  public static final List<String> SUBJECTS_DEFAULT = List.of("objective", "scorecard");
  public static final double STALE_FACTOR_DEFAULT = 3;
  public static final double QUARANTINE_RATIO_DEFAULT = 0.05;
  public static final double FOLD_SHARE_DEFAULT = 0.5;
  public static final AlertSettings DEFAULT = new AlertSettings(AlertRules.DEFAULT, Map.of(), GRAINS_DEFAULT, SUBJECTS_DEFAULT, true,
      STALE_FACTOR_DEFAULT, true, QUARANTINE_RATIO_DEFAULT, FOLD_SHARE_DEFAULT, Optional.empty(), Optional.empty(),
      Retry.DEFAULT);

  public AlertSettings {
    kpis = Map.copyOf(new java.util.TreeMap<>(kpis));
    grains = List.copyOf(grains);
    subjects = List.copyOf(subjects);
  }

  /** The rules of a KPI: its own, or the tenant's. */
  public AlertRules rules(String kpiId) {
    return kpis.getOrDefault(kpiId, rules);
  }

  /**
   * A JSON POST per alert opened or resolved, signed with HMAC-SHA256 of the body under the secret
   * held in the environment variable {@code secretEnv} (never in the YAML).
   */
  public record Webhook(URI url, String secretEnv) {}

  /**
   * One digest per tenant and night over SMTP, as plain text and HTML.
   *
   * @param usernameEnv, passwordEnv environment variables holding the SMTP login, if it needs one
   */
  public record Email(String host, int port, String from, List<String> to, boolean starttls,
      Optional<String> usernameEnv, Optional<String> passwordEnv) {
    public static final int PORT_DEFAULT = 25;

    public Email {
      to = List.copyOf(to);
    }
  }

  /**
   * Attempts per delivery within one run, the wait before the second (doubling after each), and
   * how long one attempt may take.
   */
  public record Retry(int attempts, Duration backoff, Duration timeout) {
    public static final Retry DEFAULT = new Retry(3, Duration.ofSeconds(2), Duration.ofSeconds(10));
  }
}
