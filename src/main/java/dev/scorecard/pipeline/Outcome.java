package dev.scorecard.pipeline;

/** How a run ended for one tenant; the command line maps each to the contract's exit code. */
public enum Outcome {
  /** Everything asked for was published. */
  OK,
  /** The tenant's config cannot be used; nothing was written for it (exit 2). */
  CONFIG_REJECTED,
  /** The tenant's input had more bad rows than its tolerance; nothing new was published for it (exit 3). */
  DATA_REJECTED,
  /** Anything else; retrying may help (exit 1). */
  FAILED
}
