package dev.scorecard.generate;

import dev.scorecard.config.Comments;
import dev.scorecard.config.PerspectiveSpec;
import dev.scorecard.config.TargetSpec;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * What the generated tenant YAML says about itself: where it came from, what each section holds,
 * each export's description, and why its targets are what they are (see {@link TargetComments}).
 */
final class TenantComments {
  private TenantComments() {}

  static Comments of(TenantModel model, Trouble trouble, List<TargetSpec> targets, List<TargetSpec> examples,
      long seed) {
    Comments comments = Comments.NONE.withHeader(header(model, seed) + troubleNote(trouble))
        .withTrailing("tenant_id", "must equal the file name")
        .withTrailing("fiscal_year_start_month", "the fiscal year starts in " + firstMonth(model) + "; quarters follow it");
    comments = sections(comments, model);
    for (Export export : model.exports()) {
      comments = source(comments, export);
    }
    for (PerspectiveSpec perspective : model.scorecard().perspectives()) {
      comments = comments.withObjectiveGroup(perspective.id(), perspective.name());
    }
    return TargetComments.add(comments, model, targets, examples);
  }

  private static String header(TenantModel model, long seed) {
    return model.name() + ": tenant configuration for the scorecard engine.\n\n"
        + "Written by the synthetic data generator (`scorecard generate`, seed " + seed + ") with the\n"
        + "exports under <landing>/" + model.id() + "/; its targets were calibrated on those exports.\n"
        + "Edit it freely: the engine reads it as it is. docs/configuration.md describes every key.";
  }

  /** Nothing for an untroubled tenant; else what was built in and that targets predate it. */
  private static String troubleNote(Trouble trouble) {
    if (trouble.firstDay().isEmpty()) {
      return "";
    }
    return "\n\nKnown trouble is built into the last months, for the alerts to find:\n- "
        + String.join("\n- ", trouble.notes())
        + "\nThe targets were calibrated on the exports before " + trouble.firstDay().get()
        + ", so the trouble shows against them.";
  }

  private static String firstMonth(TenantModel model) {
    return Month.of(model.fiscalYearStartMonth()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static Comments sections(Comments comments, TenantModel model) {
    return comments
        .withSection("strategy", "Why the scorecard exists; each objective below serves one of the themes.")
        .withSection("hierarchy", "Org -> regions -> locations. The org node's id is the tenant id; every location id in\n"
            + "the exports must be listed here. Scores and ratios roll up along this tree.")
        .withSection("sources", "The exports, one folder each under <landing>/" + model.id()
            + "/, one file per calendar month.\n"
            + "Column types: string, int, long, double, decimal, boolean, date, timestamp. The business key\n"
            + "identifies one row of the export.")
        .withSection("measures", "Measures: one aggregate over one source per node and period. KPIs are built from these.\n"
            + "agg: sum | count | count_distinct | avg | min | max; expr and filter are Spark SQL.")
        .withSection("perspectives", "Perspectives, read bottom up as cause and effect; weights are relative shares of a\n"
            + "node's score.")
        .withSection("objectives", "Objectives, two per perspective; weight is relative within the perspective.")
        .withSection("kpis", "KPIs. simple: value = expr over measures. ratio: value = scale * numerator / denominator,\n"
            + "summed parts at every level, never a mean of ratios. growth: 100 * (value - value a year\n"
            + "before) / |value a year before|. All are computed per month, quarter and year.")
        .withSection("links", "The strategy map: cause -> effect between objectives. These are hypotheses; the engine\n"
            + "tests each one against the data.");
  }

  private static Comments source(Comments comments, Export export) {
    String key = "sources." + export.id();
    Comments described = comments.withSource(export.id(), export.description())
        .withTrailing(key + ".format", export.gzip() ? "gzipped, as the .gz name says" : "plain text");
    return export.spec().fixedLocation().isEmpty() ? described
        : described.withTrailing(key + ".location", "single site: every row belongs to this location");
  }
}
