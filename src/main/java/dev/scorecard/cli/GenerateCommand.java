package dev.scorecard.cli;

import dev.scorecard.generate.Generator;
import dev.scorecard.generate.GeneratorOptions;
import dev.scorecard.generate.GeneratorResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes synthetic exports and tenant configs: the shipped sample set, or N x M x D for benchmarks. */
@Command(name = "generate", description = "Writes realistic synthetic exports and configs (seeded, reproducible).")
final class GenerateCommand implements Callable<Integer> {
  @Mixin Console console;

  @Option(names = "--tenants", defaultValue = "1", description = "Franchise tenants (chain-001, ...). Default: ${DEFAULT-VALUE}")
  int tenants;

  @Option(names = "--locations", defaultValue = "24", description = "Locations per tenant. Default: ${DEFAULT-VALUE}")
  int locations;

  @Option(names = "--days", defaultValue = "1096", description = "Days of data. Default: ${DEFAULT-VALUE}")
  int days;

  @Option(names = "--start", defaultValue = "2023-11-01", description = "First day. Default: ${DEFAULT-VALUE}")
  LocalDate start;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed. Default: ${DEFAULT-VALUE}")
  long seed;

  @Option(names = "--without-causation", description = "Cut every cause-and-effect link of the stores "
      + "(training, turnover and downtime -> service -> satisfaction -> demand), to check that the link tests "
      + "find nothing where nothing was built in.")
  boolean withoutCausation;

  @Option(names = "--sample", description = "Write the shipped sample set (brewhaus, fjord-shop) instead.")
  boolean sample;

  @Option(names = "--landing", defaultValue = "sample-data/landing", description = "Where exports go. Default: ${DEFAULT-VALUE}")
  Path landing;

  @Option(names = "--conf", defaultValue = "conf", description = "Where tenants/<id>.yaml go. Default: ${DEFAULT-VALUE}")
  Path conf;

  @Override
  public Integer call() throws IOException {
    if (tenants < 1 || locations < 1 || days < 1) {
      console.err().println("generate: --tenants, --locations and --days must be at least 1");
      return ExitCodes.BAD_CONFIG;
    }
    GeneratorResult result = Generator.generate(new GeneratorOptions(landing, conf, tenants, locations, days, start, seed, sample,
        !withoutCausation));
    console.out().printf("wrote %d files, %d rows for %s under %s (configs under %s)%n", result.filesWritten(),
        result.rowsWritten(), result.tenantIds(), landing, conf);
    return ExitCodes.OK;
  }
}
