package dev.scorecard.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Tonight's conditions matched with the alerts of earlier nights. A condition that an alert still
 * open (or resolved only tonight) describes continues that alert, with its id and the night it
 * opened; any other condition opens a new alert, whose id is a hash of the condition and that
 * night. So the id is the same on every night the condition lasts, and a condition that comes back
 * after it was resolved is a new alert. States follow from the dates alone, so running the same
 * night again gives the same rows: {@code opened} on the night it opened, {@code open} after,
 * {@code resolved} from the night its condition ended. Resolved alerts stay, as history.
 */
public final class AlertHistory {
  private AlertHistory() {}

  /**
   * @param previous the tenant's alerts that this night can change ({@link #reachable}): with only
   *     these, the alerts of later nights (a backfill) are never among them; given the whole
   *     history, they stay as they are
   * @param conditions tonight's conditions, folded
   * @param words the message and query of a condition
   */
  public static List<Alert> merge(List<Alert> previous, List<Condition> conditions, LocalDate night, Instant now,
      Function<Condition, String[]> words) {
    Map<String, Alert> ongoing = new HashMap<>();
    for (Alert a : previous) {
      boolean lasting = (a.resolvedOn() == null || a.resolvedOn().equals(night)) && !a.openedOn().isAfter(night);
      if (lasting) {
        ongoing.merge(a.condition().identity(), a, (x, y) -> x.openedOn().isAfter(y.openedOn()) ? x : y);
      }
    }
    Map<String, Alert> out = new LinkedHashMap<>();
    for (Condition c : conditions) {
      Alert last = ongoing.get(c.identity());
      String id = last != null ? last.alertId() : id(c, night);
      LocalDate openedOn = last != null ? last.openedOn() : night;
      Instant openedAt = last != null ? last.openedAt() : now;
      AlertState state = openedOn.equals(night) ? AlertState.OPENED : AlertState.OPEN;
      String[] text = words.apply(c);
      out.put(id, new Alert(id, c, state, openedAt, null, openedOn, null, text[0], text[1]));
    }
    for (Alert last : previous) {
      // An alert of a later night (a run for an earlier as-of date, such as a backfill) stays as it is.
      boolean later = last.openedOn().isAfter(night);
      if (!out.containsKey(last.alertId())) {
        out.put(last.alertId(), last.state() == AlertState.RESOLVED || later ? last : last.resolve(night, now));
      }
    }
    return new ArrayList<>(out.values());
  }

  /**
   * The alerts a night can change, as a Spark SQL condition on the {@code alerts} table: those
   * {@link #merge} may continue or resolve (opened before and still open, or resolved on that
   * night) and those opened on that night, whose ids tonight's new alerts may take again. Every
   * other alert is history that the night leaves as it is, so a night reads and rewrites only
   * these, however many nights came before.
   */
  public static String reachable(LocalDate night) {
    String day = "DATE '" + night + "'";
    return "(opened_on = " + day + " OR (opened_on < " + day + " AND (resolved_on IS NULL OR resolved_on = " + day
        + ")))";
  }

  /** A new alert's id: 32 hex digits of the SHA-256 of its condition's identity and the night it opened. */
  public static String id(Condition c, LocalDate night) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest((c.identity() + "|" + night)
          .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
