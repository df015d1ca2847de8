package dev.scorecard.alert;

import static dev.scorecard.alert.AlertFixtures.red;
import static dev.scorecard.alert.AlertFixtures.stale;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertHistoryTest {
  private static final LocalDate NIGHT1 = LocalDate.parse("2025-04-01");
  private static final LocalDate NIGHT2 = LocalDate.parse("2025-04-02");
  private static final LocalDate NIGHT3 = LocalDate.parse("2025-04-03");
  private static final Condition RED = red("location", "l1", "2025-02-01", Severity.WARNING);
  private static final Condition STALE = stale("sales");

  private static List<Alert> night(List<Alert> before, LocalDate night, Condition... now) {
    return AlertHistory.merge(before, List.of(now), night, Instant.parse(night + "T02:00:00Z"),
        c -> new String[] {"msg " + c.subjectId(), "SELECT 1"});
  }

  @Test
  void theIdIsAHashOfTheConditionAndTheNightItOpenedAndTheSameEveryNightAfter() {
    // sha256("tiny|status|kpi|revenue|location|l1|month|2025-04-01"), first 16 bytes, by python3's hashlib:
    // a lasting state, without its start; the night it opened makes a later return a new alert.
    assertThat(AlertHistory.id(RED, NIGHT1)).isEqualTo("e79be4d0b7832ab8950689233a87bfa9");
    Condition transition = new Condition("tiny", AlertKind.TRANSITION, "kpi", "revenue", "location", "l1", "month",
        LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-01"), 80.0, 200.0, 30.0, "red", "amber",
        Severity.WARNING, List.of(), null);
    // An event keeps when it happened: sha256("tiny|transition|kpi|revenue|location|l1|month|2025-03-01|2025-04-01").
    assertThat(AlertHistory.id(transition, NIGHT1)).isEqualTo("5e1f35cee4a343bcf9c06286f50b2af4");

    List<Alert> first = night(List.of(), NIGHT1, RED);
    Condition laterStreakStart = red("location", "l1", "2025-03-01", Severity.CRITICAL);
    assertThat(night(first, NIGHT2, laterStreakStart)).singleElement()
        .as("the same red objective, worse: the same alert").satisfies(a -> {
          assertThat(a.alertId()).isEqualTo(first.get(0).alertId());
          assertThat(a.state()).isEqualTo(AlertState.OPEN);
          assertThat(a.condition().severity()).isEqualTo(Severity.CRITICAL);
        });
  }

  @Test
  void anAlertOpensStaysOpenAndIsResolvedAndKeptAsHistory() {
    List<Alert> first = night(List.of(), NIGHT1, RED, STALE);
    assertThat(first).extracting(a -> a.state() + "@" + a.openedOn()).containsExactly("OPENED@2025-04-01",
        "OPENED@2025-04-01");

    List<Alert> second = night(first, NIGHT2, RED);
    assertThat(second).extracting(a -> a.condition().kind() + ":" + a.state() + ":" + a.openedOn() + ":" + a.resolvedOn())
        .containsExactly("STATUS:OPEN:2025-04-01:null", "STALE_SOURCE:RESOLVED:2025-04-01:2025-04-02");
    assertThat(second.get(1).resolvedAt()).isEqualTo(Instant.parse("2025-04-02T02:00:00Z"));
    assertThat(second.get(0).openedAt()).as("kept from the night it opened").isEqualTo(Instant.parse("2025-04-01T02:00:00Z"));

    List<Alert> third = night(second, NIGHT3);
    assertThat(third).extracting(a -> a.state() + ":" + a.resolvedOn())
        .containsExactlyInAnyOrder("RESOLVED:2025-04-03", "RESOLVED:2025-04-02");
  }

  @Test
  void runningTheSameNightAgainGivesTheSameAlerts() {
    List<Alert> first = night(List.of(), NIGHT1, RED, STALE);
    assertThat(night(first, NIGHT1, RED, STALE)).isEqualTo(first);

    List<Alert> second = night(first, NIGHT2, RED);
    assertThat(night(second, NIGHT2, RED)).isEqualTo(second);
  }

  @Test
  void aConditionBackAfterItWasResolvedIsANewAlert() {
    List<Alert> resolved = night(night(List.of(), NIGHT1, STALE), NIGHT2);
    List<Alert> back = night(resolved, NIGHT3, STALE);

    assertThat(back).hasSize(2);
    assertThat(back.get(0)).satisfies(a -> {
      assertThat(a.state()).isEqualTo(AlertState.OPENED);
      assertThat(a.openedOn()).isEqualTo(NIGHT3);
      assertThat(a.alertId()).isEqualTo(AlertHistory.id(STALE, NIGHT3)).isNotEqualTo(resolved.get(0).alertId());
    });
    assertThat(back.get(1)).as("the first, kept as history").isEqualTo(resolved.get(0));
  }

  @Test
  void aRunForAnEarlierNightLeavesTheAlertsOfLaterNightsAsTheyAre() {
    List<Alert> later = night(List.of(), NIGHT3, STALE);

    List<Alert> earlier = night(later, NIGHT1, RED);

    assertThat(earlier).extracting(a -> a.condition().kind() + ":" + a.state() + ":" + a.openedOn() + ":" + a.resolvedOn())
        .containsExactly("STATUS:OPENED:2025-04-01:null", "STALE_SOURCE:OPENED:2025-04-03:null");
  }
}
