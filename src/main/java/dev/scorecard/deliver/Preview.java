package dev.scorecard.deliver;

import java.util.List;
import java.util.Optional;

/**
 * What a run would deliver, rendered but not sent, for {@code scorecard alerts --dry-run}.
 *
 * @param webhookBodies the exact JSON body of each webhook post, one per notice, in order (empty
 *     when no webhook is configured); the signature is left out, since it needs the secret
 * @param email the digest's From, To and Subject lines and its plain text, if an email is
 *     configured and there is anything to send
 */
public record Preview(List<String> webhookBodies, Optional<String> email) {
  public Preview {
    webhookBodies = List.copyOf(webhookBodies);
  }
}
