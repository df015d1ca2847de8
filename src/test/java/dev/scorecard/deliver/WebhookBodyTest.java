package dev.scorecard.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookBodyTest {

  @Test
  void writesTheAlertColumnsInTheirFixedOrder() {
    assertThat(body(Notices.opened())).isEqualTo("{\"delivery_id\":\"9f2c41d07a3be815:opened\","
        + "\"alert_id\":\"9f2c41d07a3be815\",\"transition\":\"opened\",\"tenant_id\":\"acme\",\"kind\":\"status\","
        + "\"severity\":\"critical\",\"subject_type\":\"kpi\",\"subject_id\":\"on_time_delivery\","
        + "\"node_level\":\"region\",\"node_id\":\"north\",\"period_grain\":\"month\",\"period_start\":\"2026-09-01\","
        + "\"value\":82.5,\"target\":95.0,\"children\":[\"store-12\",\"store-17\"],"
        + "\"message\":\"On-time delivery is red in region north: 82.5% against a target of 95%\","
        + "\"query\":\"SELECT period_start, value, target, status FROM kpi_scores WHERE tenant_id = 'acme' "
        + "AND kpi_id = 'on_time_delivery' AND node_id = 'north' ORDER BY period_start\","
        + "\"opened_on\":\"2026-10-01\",\"resolved_on\":null}");
  }

  @Test
  void writesMissingValuesAsNullAndEscapesStrings() {
    String body = body(Notices.unsafe());

    assertThat(body).contains("\"node_id\":\"store-\\\"9\\\"\"", "\"value\":0.3333333333333333",
        "\"target\":null", "\"children\":[]", "\"query\":null", "\"resolved_on\":null");
  }

  @Test
  void writesANumberThatIsNotFiniteAsNull() {
    Notice n = Notices.opened();
    Notice nan = new Notice(n.alertId(), n.transition(), n.tenantId(), n.kind(), n.severity(), n.subjectType(),
        n.subjectId(), n.nodeLevel(), n.nodeId(), n.periodGrain(), n.periodStart(), Double.NaN, n.target(),
        n.children(), n.message(), n.query(), n.openedOn(), n.resolvedOn());

    assertThat(body(nan)).contains("\"value\":null,\"target\":95.0");
  }

  @Test
  void theSameNoticeGivesTheSameBytes() {
    assertThat(WebhookBody.of(Notices.resolved())).isEqualTo(WebhookBody.of(Notices.resolved()));
  }

  private static String body(Notice notice) {
    return new String(WebhookBody.of(notice), StandardCharsets.UTF_8);
  }
}
