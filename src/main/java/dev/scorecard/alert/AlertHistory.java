package dev.scorecard.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Tonight's conditions matched with the alerts of earlier nights. An alert's id is a hash of its
 * condition (kind, subject, node, grain and when the condition began), so it is the same on
 * consecutive nights. States follow from the dates alone, so running the same night again gives
 * the same rows: {@code opened} on the night it opened, {@code open} after, {@code resolved} from the
 * night its condition ended. Resolved alerts stay, as history.
 */
public final class AlertHistory {
  private AlertHistory() {}

  /**
   * @param previous the tenant's alerts as last written
   * @param conditions tonight's conditions, folded
   * @param words the message and query of a condition
   */
  public static List<Alert> merge(List<Alert> previous, List<Condition> conditions, LocalDate night, Instant now,
      Function<Condition, String[]> words) {
    Map<String, Alert> before = new LinkedHashMap<>();
    previous.forEach(a -> before.put(a.alertId(), a));
    Map<String, Alert> out = new LinkedHashMap<>();
    for (Condition c : conditions) {
      String id = id(c);
      Alert last = before.get(id);
      boolean continues = last != null && (last.resolvedOn() == null || last.resolvedOn().equals(night))
          && !last.openedOn().isAfter(night);
      LocalDate openedOn = continues ? last.openedOn() : night;
      Instant openedAt = continues ? last.openedAt() : now;
      AlertState state = openedOn.equals(night) ? AlertState.OPENED : AlertState.OPEN;
      String[] text = words.apply(c);
      out.put(id, new Alert(id, c, state, openedAt, null, openedOn, null, text[0], text[1]));
    }
    for (Alert last : previous) {
      if (!out.containsKey(last.alertId())) {
        out.put(last.alertId(), last.state() == AlertState.RESOLVED ? last : last.resolve(night, now));
      }
    }
    return new ArrayList<>(out.values());
  }

  /** The alert's id: 32 hex digits of the SHA-256 of its condition's identity. */
  public static String id(Condition c) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(c.identity().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
