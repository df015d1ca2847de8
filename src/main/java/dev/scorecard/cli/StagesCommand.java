package dev.scorecard.cli;

import dev.scorecard.pipeline.Pipeline;
import dev.scorecard.pipeline.RunRequest;
import dev.scorecard.pipeline.RunResult;
import dev.scorecard.pipeline.Stage;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * A command that runs one or more stages for the selected tenants: it builds the request from the
 * options, lets the pipeline run it, prints what happened and returns the worst outcome's exit
 * code.
 */
@Command
abstract class StagesCommand implements Callable<Integer> {
  @Mixin CommonOptions options;
  @Mixin Console console;

  /** The stages this command runs, in order. */
  abstract List<Stage> stages();

  /** Whether to write and send nothing, only say what would be. */
  boolean dryRun() {
    return false;
  }

  /** Whether to end with the summary per tenant. */
  boolean summary() {
    return false;
  }

  @Override
  public Integer call() {
    RunRequest request = new RunRequest(options.conf, options.tenants, options.landing, options.warehouse,
        options.master, options.asOfOrToday(), options.full, summary(), dryRun());
    RunResult result = Pipeline.run(request, stages());
    RunReport.print(result, console.out(), console.err());
    return ExitCodes.of(result);
  }
}
