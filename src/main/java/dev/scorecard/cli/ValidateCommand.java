package dev.scorecard.cli;

import dev.scorecard.config.ConfigException;
import dev.scorecard.config.ConfigLoader;
import dev.scorecard.config.TenantConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Checks the config alone, without starting Spark: exit 0, or 2 with every problem listed. */
@Command(name = "validate", description = "Checks the config without starting Spark; lists every problem.")
final class ValidateCommand implements Callable<Integer> {
  @Mixin Console console;

  @Option(names = "--conf", defaultValue = "conf", description = "Config folder. Default: ${DEFAULT-VALUE}")
  Path conf;

  @Option(names = "--tenant", description = "Only this tenant (repeatable).")
  List<String> tenants = new ArrayList<>();

  @Override
  public Integer call() {
    try {
      List<TenantConfig> loaded = ConfigLoader.load(conf, tenants);
      loaded.forEach(t -> console.out().printf("%s: ok (%d locations, %d sources, %d KPIs, %d targets)%n", t.file(),
          t.hierarchy().locations().size(), t.sources().size(), t.kpis().size(), t.targets().size()));
      return ExitCodes.OK;
    } catch (ConfigException e) {
      console.err().println(e.getMessage());
      console.err().println(e.problems().size() + " problem(s) found.");
      return ExitCodes.BAD_CONFIG;
    }
  }
}
