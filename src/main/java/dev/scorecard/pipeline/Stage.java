package dev.scorecard.pipeline;

import java.util.List;
import java.util.Map;

/**
 * One stage of the nightly run. It processes every tenant of the batch at once, reads and writes
 * what it declares, takes out of the batch any tenant whose input it rejects, and says what it did
 * as numbers. Running it again with nothing new does nothing and writes nothing.
 */
public interface Stage {
  /** The name of its command ({@code scorecard ingest}) and of its run state. */
  String name();

  /** The tables (and {@code landing}) it reads: each is written by a stage before it. */
  List<String> reads();

  /** The tables it writes. */
  List<String> writes();

  Done run(RunContext context, Batch batch);

  /**
   * What a stage did.
   *
   * @param counts per tenant it worked for, what it did
   * @param upToDate the tenants it had nothing to do for
   */
  record Done(Map<String, Counts> counts, List<String> upToDate) {}
}
