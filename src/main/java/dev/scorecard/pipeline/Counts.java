package dev.scorecard.pipeline;

import java.util.List;

/** What one stage did for one tenant, as numbers. */
public sealed interface Counts permits Counts.Ingest, Counts.Kpis, Counts.Scores, Counts.Forecasts,
    Counts.Alerts, Counts.Links {
  /**
   * @param filesFound files of the tenant's sources in the landing folder
   * @param filesRead files read this run (new, corrected, or all when {@code whole})
   * @param whole whether every file was read (a full run, or a config that changes how exports are read)
   */
  /** @param filesRejected files read and rejected whole (status rejected in the audit) */
  record Ingest(int filesFound, int filesRead, long rowsRead, long rowsValid, long rowsQuarantined, boolean whole,
      int filesRejected) implements Counts {}

  /** @param allPeriods whether every period was recomputed, rather than those that changed */
  record Kpis(long values, long defined, boolean allPeriods) implements Counts {}

  record Scores(long kpiScores, long scored, boolean allPeriods) implements Counts {}

  /** @param refitted series fitted in this run; the others kept the fit of an earlier night */
  record Forecasts(long series, long periods, long refitted) implements Counts {}

  /**
   * @param arrows arrows of the strategy map tested; {@code supported}, {@code contradicted} and
   *     {@code insufficient} of them by verdict (the rest are weak)
   * @param suggested arrows the data suggests that the map does not have
   */
  record Links(int arrows, int supported, int contradicted, int insufficient, int suggested) implements Counts {}

  /**
   * @param opened alerts opened tonight; {@code open} those still open from earlier nights;
   *     {@code resolved} those resolved tonight
   * @param delivered, failed, pending deliveries tonight by their outcome
   * @param preview on a dry run, what would be sent: each webhook body and the email digest
   */
  record Alerts(int opened, int open, int resolved, int delivered, int failed, int pending, List<String> preview)
      implements Counts {
    public Alerts {
      preview = List.copyOf(preview);
    }
  }
}
