package dev.scorecard.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code scorecard} command line. Exit codes follow the contract: 0 success; 2 bad config or
 * arguments (nothing written); 3 input data rejected over a tenant's tolerance; 1 anything else.
 */
@Command(name = "scorecard", mixinStandardHelpOptions = true, version = "scorecard 0.1.0",
    description = "Balanced Scorecard analytics on Apache Spark and Delta Lake.",
    subcommands = {Commands.Run.class, Commands.Ingest.class, Commands.Kpis.class, Commands.Score.class, Commands.Forecast.class,
        Commands.Links.class, Commands.Alerts.class, ValidateCommand.class, SqlCommand.class, GenerateCommand.class,
        ExplainCommand.class, ReportCommand.class, ServeCommand.class})
public final class Main {
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code, without exiting (for tests). */
  public static int execute(String... args) {
    return execute(new CommandLine(new Main()), args);
  }

  /**
   * As {@link #execute(String...)}, with what the command prints going to {@code out} and {@code err}
   * rather than to the process's standard output and error: tests read it there, side by side.
   * ({@code sql} prints its rows to standard output still: Spark's table format writes there.)
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return execute(new CommandLine(new Main()).setOut(out).setErr(err), args);
  }

  private static int execute(CommandLine cli, String... args) {
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("scorecard: " + e);
      return ExitCodes.FAILED;
    });
    return cli.execute(args);
  }
}
