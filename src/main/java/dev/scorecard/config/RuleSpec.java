package dev.scorecard.config;

import java.util.List;
import java.util.Optional;

/**
 * One validation rule of a source, declared as data in the tenant's YAML (in the spirit of Deequ's
 * {@code isComplete("id")}): a column, a check, and whether a row that breaks it is an error or a
 * warning. Only the settings of its own check are set; {@link ConfigValidator} says when others are.
 *
 * @param min smallest allowed number ({@code range})
 * @param max largest allowed number ({@code range})
 * @param values the allowed texts ({@code allowed}); empty when not given
 * @param regex a Java regular expression the whole text must match ({@code pattern})
 * @param from first allowed day ({@code date_window}), fixed or relative to the as-of date
 * @param until last allowed day ({@code date_window}), fixed or relative to the as-of date
 */
public record RuleSpec(
    String column,
    RuleCheck check,
    RuleLevel level,
    Optional<Double> min,
    Optional<Double> max,
    List<String> values,
    Optional<String> regex,
    Optional<DateBound> from,
    Optional<DateBound> until) {

  public static final RuleLevel LEVEL_DEFAULT = RuleLevel.ERROR;
}
