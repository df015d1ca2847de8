package dev.scorecard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.config.DateBound;
import dev.scorecard.config.RuleCheck;
import dev.scorecard.config.RuleLevel;
import dev.scorecard.config.RuleSpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each check on typed values, without Spark: what passes, what breaks and what it says. */
class RuleChecksTest {
  @Test
  void required() {
    assertThat(RuleChecks.required().violation(null)).isEqualTo("is required but empty");
    assertThat(RuleChecks.required().violation("x")).isNull();
  }

  @Test
  void rangeOnEveryNumberTypeWithInclusiveBounds() {
    RowRule.Check range = RuleChecks.range(0.0, 1000.0);
    assertThat(range.violation(0.0)).isNull();
    assertThat(range.violation(1000)).isNull();
    assertThat(range.violation(new BigDecimal("1000.00"))).isNull();
    assertThat(range.violation(-0.5)).isEqualTo("-0.5 is below the minimum 0");
    assertThat(range.violation(1200.0)).isEqualTo("1200 is above the maximum 1000");
    assertThat(range.violation(5_000_000_000L)).isEqualTo("5000000000 is above the maximum 1000");
    assertThat(range.violation(null)).as("emptiness is required's business").isNull();
    assertThat(RuleChecks.range(null, 10.0).violation(-1e9)).isNull();
  }

  @Test
  void allowedAndPatternCompareTheWholeText() {
    RowRule.Check allowed = RuleChecks.allowed(new LinkedHashSet<>(List.of("store", "web")));
    assertThat(allowed.violation("web")).isNull();
    assertThat(allowed.violation("Web")).isEqualTo("'Web' is not one of [store, web]");
    RowRule.Check pattern = RuleChecks.pattern(Pattern.compile("R[0-9]{3}"));
    assertThat(pattern.violation("R123")).isNull();
    assertThat(pattern.violation("R1234")).isEqualTo("'R1234' does not match the pattern R[0-9]{3}");
    assertThat(pattern.violation(null)).isNull();
  }

  @Test
  void dateWindowOnDatesAndTimestampsByTheirUtcDay() {
    RowRule.Check window = RuleChecks.window(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
    assertThat(window.violation(LocalDate.of(2024, 1, 1))).isNull();
    assertThat(window.violation(LocalDate.of(2025, 12, 31))).isNull();
    assertThat(window.violation(LocalDate.of(2023, 12, 31))).isEqualTo("2023-12-31 is before the window's first day 2024-01-01");
    assertThat(window.violation(Instant.parse("2026-01-01T00:30:00Z"))).isEqualTo("2026-01-01 is after the window's last day 2025-12-31");
    assertThat(window.violation(Instant.parse("2025-12-31T23:30:00Z"))).isNull();
  }

  /** as_of - 1 year .. as_of, in a run as of 2025-06-30: 2024-06-30 .. 2025-06-30. */
  @Test
  void aWindowRelativeToTheAsOfDate() {
    RuleSpec spec = new RuleSpec("day", RuleCheck.DATE_WINDOW, RuleLevel.ERROR, Optional.empty(), Optional.empty(),
        List.of(), Optional.empty(), DateBound.parse("as_of - 1 year"), DateBound.parse("as_of"));
    RowRule.Check window = RuleChecks.of(spec, LocalDate.of(2025, 6, 30));
    assertThat(window.violation(LocalDate.of(2024, 6, 30))).isNull();
    assertThat(window.violation(LocalDate.of(2025, 6, 30))).isNull();
    assertThat(window.violation(LocalDate.of(2024, 6, 29))).isEqualTo("2024-06-29 is before the window's first day 2024-06-30");
    assertThat(window.violation(LocalDate.of(2025, 7, 1))).isEqualTo("2025-07-01 is after the window's last day 2025-06-30");
    assertThat(RuleChecks.of(spec, LocalDate.of(2025, 7, 1)).violation(LocalDate.of(2025, 7, 1))).as("a night later").isNull();
  }
}
