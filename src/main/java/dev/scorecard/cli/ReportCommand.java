package dev.scorecard.cli;

import dev.scorecard.config.ConfigException;
import dev.scorecard.config.ConfigLoader;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.pipeline.Report;
import dev.scorecard.pipeline.ReportProblem;
import dev.scorecard.publish.Warehouse;
import dev.scorecard.report.ReportData;
import dev.scorecard.report.ReportWriter;
import dev.scorecard.spark.Sessions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Writes a tenant's report: one HTML page for the org, each region and each location, linked by
 * drill-down, opening offline. Exit 2 with what to do when the tenant, the month or the scores are
 * missing.
 */
@Command(name = "report", description = "HTML pages (org, regions, locations) with the strategy map, scores, trends, league table and alerts.")
final class ReportCommand implements Callable<Integer> {
  @Mixin Console console;

  @Option(names = "--tenant", required = true, description = "The tenant.")
  String tenant;

  @Option(names = "--period", description = "The month's first day (YYYY-MM-DD). Default: the latest complete month.")
  LocalDate period;

  @Option(names = "--out", required = true, description = "Folder to write the pages into (index.html is the org's).")
  Path out;

  @Option(names = "--conf", defaultValue = "conf", description = "Config folder (holds tenants/<id>.yaml). Default: ${DEFAULT-VALUE}")
  Path conf;

  @Option(names = "--warehouse", defaultValue = "warehouse", description = "Delta warehouse root. Default: ${DEFAULT-VALUE}")
  String warehouse;

  @Option(names = "--master", defaultValue = "local[*]", description = "Spark master. Default: ${DEFAULT-VALUE}")
  String master;

  @Override
  public Integer call() {
    TenantConfig config;
    try {
      config = ConfigLoader.load(conf, List.of(tenant)).get(0);
    } catch (ConfigException e) {
      console.err().println(e.getMessage());
      console.err().println("Fix the config (see `scorecard validate --tenant " + tenant + "`), or name a tenant of " + conf + ".");
      return ExitCodes.BAD_CONFIG;
    }
    try {
      Warehouse w = new Warehouse(Sessions.create(master, "scorecard-report"), warehouse);
      ReportData data = Report.read(w, config, period, warehouse);
      List<Path> pages = ReportWriter.write(data, out);
      console.out().printf("report of %s for %s: %d pages in %s (open %s)%n", tenant, data.period(), pages.size(), out,
          pages.get(0));
      return ExitCodes.OK;
    } catch (ReportProblem e) {
      console.err().println(e.getMessage());
      return ExitCodes.BAD_CONFIG;
    }
  }
}
