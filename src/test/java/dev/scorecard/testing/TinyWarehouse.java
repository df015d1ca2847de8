package dev.scorecard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The tiny tenant ({@code src/test/resources/tiny}) run once as of 2025-04-30, into a warehouse
 * shared by the tests that need that run as it is: a whole run costs seconds, and several tests
 * only read its tables or compare theirs with them.
 */
public final class TinyWarehouse {
  public static final String LANDING = "src/test/resources/tiny/landing";
  public static final String AS_OF = "2025-04-30";
  private static Path conf;
  private static Path warehouse;
  private static int exitCode;

  private TinyWarehouse() {}

  /**
   * The warehouse, running the tiny tenant first if no test has; {@code run} is the command line's
   * entry point (arguments in, exit code out).
   */
  public static synchronized Path warehouse(Function<String[], Integer> run) {
    if (warehouse == null) {
      try {
        conf = Files.createTempDirectory("tiny-conf");
        warehouse = Files.createTempDirectory("tiny-warehouse");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      TenantFixture.write(conf, "tiny", TenantFixture.resource("/tiny/tiny.yaml"));
      exitCode = run.apply(args(warehouse));
    }
    return warehouse;
  }

  /** The config folder of the shared run. */
  public static synchronized Path conf() {
    if (conf == null) {
      throw new IllegalStateException("The tiny warehouse has not been run yet");
    }
    return conf;
  }

  public static synchronized int exitCode() {
    return exitCode;
  }

  /** The arguments of the shared run, into {@code target}. */
  public static String[] args(Path target) {
    return new String[] {"run", "--conf", conf.toString(), "--landing", LANDING, "--warehouse", target.toString(),
        "--as-of", AS_OF, "--master", "local[2]"};
  }
}
