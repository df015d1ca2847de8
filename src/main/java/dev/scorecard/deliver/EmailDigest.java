package dev.scorecard.deliver;

import java.time.LocalDate;
import java.util.List;

/**
 * The one mail a tenant gets per night: every alert that opened or resolved, opened first, each
 * group in the order given, as plain text and as HTML with the same content. The subject counts
 * both, so an inbox shows the night at a glance.
 *
 * @param subject e.g. {@code [scorecard] acme: 3 alerts opened, 1 resolved on 2026-10-01}
 */
record EmailDigest(String subject, String text, String html) {

  static EmailDigest of(String tenantId, LocalDate night, List<Notice> notices) {
    List<Notice> opened = only(notices, Transition.OPENED);
    List<Notice> resolved = only(notices, Transition.RESOLVED);
    String subject = subject(tenantId, night, opened.size(), resolved.size());
    return new EmailDigest(subject, DigestText.of(subject, opened, resolved), DigestHtml.of(subject, opened, resolved));
  }

  static String subject(String tenantId, LocalDate night, int opened, int resolved) {
    String counts = opened > 0 && resolved > 0 ? alerts(opened) + " opened, " + resolved + " resolved"
        : opened > 0 ? alerts(opened) + " opened" : alerts(resolved) + " resolved";
    return "[scorecard] " + tenantId + ": " + counts + " on " + night;
  }

  private static String alerts(int count) {
    return count + (count == 1 ? " alert" : " alerts");
  }

  private static List<Notice> only(List<Notice> notices, Transition transition) {
    return notices.stream().filter(n -> n.transition() == transition).toList();
  }
}
