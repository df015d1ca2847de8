package dev.scorecard.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What a scheduler or a person asks of one run.
 *
 * @param tenants the tenants to run; empty for every tenant in the config
 * @param full read every landing file and recompute every period, instead of only what changed
 * @param summary whether to end with a summary per tenant (the whole nightly run does)
 * @param dryRun compute what the stages would write and send, but write and send nothing (alerts)
 */
public record RunRequest(Path conf, List<String> tenants, String landing, String warehouse, String master,
    LocalDate asOf, boolean full, boolean summary, boolean dryRun) {}
