package dev.scorecard.cli;

import dev.scorecard.pipeline.Stage;
import dev.scorecard.pipeline.Stages;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The pipeline commands: the whole nightly run, and each stage alone. */
final class Commands {
  private Commands() {}

  @Command(name = "run", description = "The whole nightly pipeline: ingest, kpis, score, forecast, links, alerts.")
  static final class Run extends StagesCommand {
    @Option(names = "--no-summary", description = "Skip the closing summary per tenant.")
    boolean noSummary;

    @Override
    List<Stage> stages() {
      return Stages.ALL;
    }

    @Override
    boolean summary() {
      return !noSummary;
    }
  }

  @Command(name = "ingest", description = "Reads raw exports into silver tables, ingest_audit and quarantine.")
  static final class Ingest extends StagesCommand {
    @Override
    List<Stage> stages() {
      return List.of(Stages.named("ingest"));
    }
  }

  @Command(name = "kpis", description = "Derives kpi_values from the silver tables.")
  static final class Kpis extends StagesCommand {
    @Override
    List<Stage> stages() {
      return List.of(Stages.named("kpis"));
    }
  }

  @Command(name = "score", description = "Scores kpi_values against targets and rolls them up.")
  static final class Score extends StagesCommand {
    @Override
    List<Stage> stages() {
      return List.of(Stages.named("score"));
    }
  }

  @Command(name = "forecast", description = "Forecasts every KPI series and its chance of meeting the target.")
  static final class Forecast extends StagesCommand {
    @Override
    List<Stage> stages() {
      return List.of(Stages.named("forecast"));
    }
  }

  @Command(name = "links", description = "Tests the strategy map's arrows on the data and suggests missing ones.")
  static final class Links extends StagesCommand {
    @Override
    List<Stage> stages() {
      return List.of(Stages.named("links"));
    }
  }

  @Command(name = "alerts", description = "Raises, folds and resolves alerts, and delivers their openings and resolutions.")
  static final class Alerts extends StagesCommand {
    @Option(names = "--dry-run", description = "Print what would be sent; write and send nothing.")
    boolean dryRun;

    @Override
    List<Stage> stages() {
      return List.of(Stages.named("alerts"));
    }

    @Override
    boolean dryRun() {
      return dryRun;
    }
  }
}
