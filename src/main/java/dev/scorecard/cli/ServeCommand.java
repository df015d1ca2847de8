package dev.scorecard.cli;

import dev.scorecard.pipeline.SqlEndpoint;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Serves the warehouse's curated tables over Spark Connect until stopped (Ctrl-C or SIGTERM). */
@Command(name = "serve", description = "Serves the curated tables over Spark Connect (sc://host:port), catalog"
    + " 'scorecard', for BI tools, notebooks and Spark Connect clients.")
final class ServeCommand implements Callable<Integer> {
  @Mixin Console console;

  @Option(names = "--warehouse", defaultValue = "warehouse", description = "Delta warehouse root. Default: ${DEFAULT-VALUE}")
  String warehouse;

  @Option(names = "--master", defaultValue = "local[*]", description = "Spark master. Default: ${DEFAULT-VALUE}")
  String master;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on. Default: ${DEFAULT-VALUE}"
      + " (this machine only; Spark Connect has no authentication of its own)")
  String host;

  @Option(names = "--port", defaultValue = "15002", description = "Port to listen on. Default: ${DEFAULT-VALUE}")
  int port;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 1 || port > 65535) {
      console.err().println("--port " + port + " is not a port: give 1 to 65535.");
      return ExitCodes.BAD_CONFIG;
    }
    SqlEndpoint.Started started = SqlEndpoint.start(warehouse, master, host, port);
    if (started.tables().isEmpty()) {
      console.err().println("No curated tables under " + warehouse + "/curated yet: run `scorecard run` first, or pass"
          + " --warehouse. Serving anyway; tables appear as the pipeline writes them.");
    }
    console.out().println("Serving " + started.tables().size() + " tables of " + warehouse + " at " + started.url()
        + " (catalog scorecard: SELECT * FROM scorecard.kpi_scores). Stop with Ctrl-C.");
    console.out().flush();
    Runtime.getRuntime().addShutdownHook(new Thread(SqlEndpoint::stop, "scorecard-serve-stop"));
    new CountDownLatch(1).await();
    return ExitCodes.OK;
  }
}
