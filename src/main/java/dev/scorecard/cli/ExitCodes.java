package dev.scorecard.cli;

import dev.scorecard.pipeline.Outcome;
import dev.scorecard.pipeline.RunResult;
import dev.scorecard.pipeline.TenantOutcome;

/** The exit codes of the contract, so a scheduler knows what to retry. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int BAD_CONFIG = 2;
  public static final int DATA_REJECTED = 3;

  private ExitCodes() {}

  /** The worst outcome of the run's tenants; 2 when the config could not be used at all. */
  static int of(RunResult result) {
    int code = result.problems().isEmpty() ? OK : BAD_CONFIG;
    for (TenantOutcome outcome : result.outcomes().values()) {
      code = worst(code, of(outcome.outcome()));
    }
    return code;
  }

  static int of(Outcome outcome) {
    return switch (outcome) {
      case OK -> OK;
      case CONFIG_REJECTED -> BAD_CONFIG;
      case DATA_REJECTED -> DATA_REJECTED;
      case FAILED -> FAILED;
    };
  }

  /** The worse of two codes: bad config (2) outranks a failure worth retrying (1), which outranks rejected data (3). */
  static int worst(int a, int b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(int code) {
    return switch (code) {
      case OK -> 0;
      case DATA_REJECTED -> 1;
      case FAILED -> 2;
      case BAD_CONFIG -> 3;
      default -> 4;
    };
  }
}
