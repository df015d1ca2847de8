package dev.scorecard.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every command shares, with the contract's defaults. */
public final class CommonOptions {
  @Option(names = "--conf", defaultValue = "conf", description = "Config folder (holds tenants/<id>.yaml). Default: ${DEFAULT-VALUE}")
  Path conf;

  @Option(names = "--landing", defaultValue = "sample-data/landing", description = "Raw exports, <landing>/<tenant>/<source>/... Default: ${DEFAULT-VALUE}")
  String landing;

  @Option(names = "--warehouse", defaultValue = "warehouse", description = "Delta warehouse root. Default: ${DEFAULT-VALUE}")
  String warehouse;

  @Option(names = "--master", defaultValue = "local[*]", description = "Spark master; ignored under spark-submit. Default: ${DEFAULT-VALUE}")
  String master;

  @Option(names = "--tenant", description = "Only this tenant (repeatable). Default: every tenant in the config")
  List<String> tenants = new ArrayList<>();

  @Option(names = "--as-of", description = "The date the run is as of (YYYY-MM-DD); data after it is ignored. Default: today")
  LocalDate asOf;

  @Option(names = "--full", description = "Read every landing file again and recompute every period, instead of"
      + " only new or corrected files and the periods they touch. Gives the same tables as the incremental run.")
  boolean full;

  LocalDate asOfOrToday() {
    return asOf == null ? LocalDate.now() : asOf;
  }
}
