package dev.scorecard.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Where a command prints: picocli's writers, which are standard output and error unless the caller
 * of {@link Main#execute(PrintWriter, PrintWriter, String...)} gave others. A command mixes it in
 * ({@code @Mixin Console console}) and never writes to {@code System.out} itself. ({@code @Command}
 * only makes it a mixin picocli accepts; it adds no option.)
 */
@Command
final class Console {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
