package dev.scorecard.deliver;

import static dev.scorecard.deliver.Notices.NIGHT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EmailDigestTest {

  @ParameterizedTest(name = "{0} opened, {1} resolved: {2}")
  @CsvSource(delimiter = ';', textBlock = """
      3; 1; [scorecard] acme: 3 alerts opened, 1 resolved on 2026-10-01
      1; 2; [scorecard] acme: 1 alert opened, 2 resolved on 2026-10-01
      1; 0; [scorecard] acme: 1 alert opened on 2026-10-01
      0; 1; [scorecard] acme: 1 alert resolved on 2026-10-01
      0; 4; [scorecard] acme: 4 alerts resolved on 2026-10-01
      """)
  void subjectCountsBoth(int opened, int resolved, String subject) {
    assertThat(EmailDigest.subject("acme", NIGHT, opened, resolved)).isEqualTo(subject);
  }

  @Test
  void textListsOpenedThenResolvedWithTheirFacts() {
    EmailDigest digest = EmailDigest.of("acme", NIGHT, List.of(Notices.resolved(), Notices.opened()));

    assertThat(digest.text()).isEqualTo("""
        [scorecard] acme: 1 alert opened, 1 resolved on 2026-10-01

        Opened (1)
        ==========

        [critical] On-time delivery is red in region north: 82.5% against a target of 95%
          What:     status of kpi on_time_delivery
          Where:    region north (from store-12, store-17)
          Period:   month starting 2026-09-01
          Value:    82.5 (target 95)
          Opened:   2026-10-01
          Query:    SELECT period_start, value, target, status FROM kpi_scores WHERE tenant_id = 'acme' \
        AND kpi_id = 'on_time_delivery' AND node_id = 'north' ORDER BY period_start
          Alert:    9f2c41d07a3be815:opened

        Resolved (1)
        ============

        [warning] Source pos delivers data for store-03 again
          What:     stale_source of source pos
          Where:    location store-03
          Period:   month starting 2026-09-01
          Opened:   2026-09-28
          Resolved: 2026-10-01
          Alert:    51be0c9de2f04a77:resolved
        """);
  }

  @Test
  void htmlHasTheSameContentWithEveryValueEscaped() {
    EmailDigest digest = EmailDigest.of("acme", NIGHT, List.of(Notices.opened(), Notices.unsafe()));

    assertThat(digest.html())
        .contains("<h2>Opened (2)</h2>", "<title>[scorecard] acme: 2 alerts opened on 2026-10-01</title>",
            "[critical] On-time delivery is red in region north: 82.5% against a target of 95%",
            "<pre>SELECT period_start, value, target, status FROM kpi_scores WHERE tenant_id = 'acme'",
            "[info] &lt;script&gt;alert('x')&lt;/script&gt; &amp; more",
            "anomaly of kpi basket&lt;size&gt;", "location store-&quot;9&quot;", "0.3333333333333333 (target none)")
        .doesNotContain("<script>", "Resolved (");
  }
}
