package dev.scorecard.config;

/**
 * Checks a source's number style: separators a CSV export really uses, and never the same
 * character for decimals and thousands. JSON Lines sources cannot set one: JSON numbers always
 * use {@code .}.
 */
final class NumberStyleValidator {
  static final String DECIMALS = ".,";
  static final String GROUPINGS = ".,' _";

  private NumberStyleValidator() {}

  static void validate(String key, SourceSpec source, Problems problems) {
    NumberStyle style = source.numbers();
    if (style.equals(NumberStyle.DEFAULT) || problems.about(key + ".decimal_separator")
        || problems.about(key + ".thousands_separator")) {
      return;
    }
    if (source.format() != SourceFormat.CSV) {
      problems.add(key, "decimal_separator and thousands_separator apply to csv sources only (JSON numbers always use '.'); remove them");
      return;
    }
    if (DECIMALS.indexOf(style.decimal()) < 0) {
      problems.add(key + ".decimal_separator", "'%s' is not a decimal separator (use \".\" or \",\")", style.decimal());
    }
    if (style.grouped() && GROUPINGS.indexOf(style.thousands()) < 0) {
      problems.add(key + ".thousands_separator", "'%s' is not a thousands separator (use one of \".\", \",\", \"'\", \" \", \"_\")",
          style.thousands());
    } else if (style.thousands() == style.decimal()) {
      problems.add(key + ".thousands_separator", "'%s' is also the decimal separator; set two different characters (such as "
          + "decimal_separator: \",\" and thousands_separator: \".\")", style.thousands());
    }
  }
}
