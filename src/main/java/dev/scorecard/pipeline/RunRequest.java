package dev.scorecard.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a scheduler or a person asks of one run.
 *
 * @param tenants the tenants to run; empty for every tenant in the config
 * @param full read every landing file and recompute every period, instead of only what changed
 * @param summary whether to end with a summary per tenant (the whole nightly run does)
 * @param dryRun compute what the stages would write and send, but write and send nothing (alerts)
 * @param environment where the secrets a config names by variable ({@code secret_env}) are looked up
 */
public record RunRequest(Path conf, List<String> tenants, String landing, String warehouse, String master,
    LocalDate asOf, boolean full, boolean summary, boolean dryRun, UnaryOperator<String> environment) {

  /** A request whose secrets come from the process's environment, as a scheduler provides them. */
  public RunRequest(Path conf, List<String> tenants, String landing, String warehouse, String master,
      LocalDate asOf, boolean full, boolean summary, boolean dryRun) {
    this(conf, tenants, landing, warehouse, master, asOf, full, summary, dryRun, System::getenv);
  }
}
