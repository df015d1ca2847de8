package dev.scorecard.cli;

import dev.scorecard.config.TenantConfig;
import dev.scorecard.publish.Warehouse;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The pipeline commands: the whole nightly run, and each stage alone. */
final class Commands {
  private Commands() {}

  @Command(name = "run", description = "The whole nightly pipeline: ingest, kpis, score, forecast.")
  static final class Run extends StagesCommand {
    @Option(names = "--no-summary", description = "Skip the closing summary per tenant.")
    boolean noSummary;

    @Override
    List<StageResult> stages(TenantStages s) {
      return List.of(s.ingest(options.landing), s.kpis(), s.score(), s.forecast());
    }

    @Override
    void finish(SparkSession spark, Warehouse warehouse, List<TenantConfig> succeeded) {
      if (!noSummary) {
        System.out.print(RunSummary.render(warehouse, succeeded, options.asOfOrToday()));
      }
    }
  }

  @Command(name = "ingest", description = "Reads raw exports into silver tables, ingest_audit and quarantine.")
  static final class Ingest extends StagesCommand {
    @Override
    List<StageResult> stages(TenantStages s) {
      return List.of(s.ingest(options.landing));
    }
  }

  @Command(name = "kpis", description = "Derives kpi_values from the silver tables.")
  static final class Kpis extends StagesCommand {
    @Override
    List<StageResult> stages(TenantStages s) {
      return List.of(s.kpis());
    }
  }

  @Command(name = "forecast", description = "Forecasts every KPI series and its chance of meeting the target.")
  static final class Forecast extends StagesCommand {
    @Override
    List<StageResult> stages(TenantStages s) {
      return List.of(s.forecast());
    }
  }

  @Command(name = "score", description = "Scores kpi_values against targets and rolls them up.")
  static final class Score extends StagesCommand {
    @Override
    List<StageResult> stages(TenantStages s) {
      return List.of(s.score());
    }
  }
}
