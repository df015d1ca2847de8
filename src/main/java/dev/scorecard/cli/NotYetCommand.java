package dev.scorecard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The contract's {@code alerts} stage, which this version does not build yet.
 * They exit 2 (nothing written, do not retry) with a message, rather than pretend to succeed.
 */
@Command
final class NotYetCommand implements Callable<Integer> {
  @Mixin CommonOptions options;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    System.err.println("scorecard " + spec.name() + ": this stage is not available in this version yet; nothing was written.");
    return ExitCodes.BAD_CONFIG;
  }
}
