package dev.scorecard.cli;

import dev.scorecard.pipeline.Explain;
import dev.scorecard.pipeline.Explain.Contribution;
import dev.scorecard.pipeline.Explain.Explanation;
import dev.scorecard.publish.Warehouse;
import dev.scorecard.spark.Sessions;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints what moved a node's score since the period before, largest contributions first. */
@Command(name = "explain", description = "What moved a node's score since the previous period, top contributors first.")
final class ExplainCommand implements Callable<Integer> {
  static final int SHOWN = 8;

  @Mixin Console console;

  @Option(names = "--tenant", required = true, description = "The tenant.")
  String tenant;

  @Option(names = "--node", required = true, description = "A location or region id, or the tenant id for the whole org.")
  String node;

  @Option(names = "--period", description = "The period's first day (YYYY-MM-DD). Default: the latest complete period.")
  LocalDate period;

  @Option(names = "--grain", defaultValue = "month", description = "week, month, quarter or year. Default: ${DEFAULT-VALUE}")
  String grain;

  @Option(names = "--warehouse", defaultValue = "warehouse", description = "Delta warehouse root. Default: ${DEFAULT-VALUE}")
  String warehouse;

  @Option(names = "--master", defaultValue = "local[*]", description = "Spark master. Default: ${DEFAULT-VALUE}")
  String master;

  @Override
  public Integer call() {
    Warehouse w = new Warehouse(Sessions.create(master, "scorecard-explain"), warehouse);
    Optional<Explanation> found = Explain.of(w, tenant, node, grain, period);
    if (found.isEmpty()) {
      console.err().printf("No score change for node %s of tenant %s at grain %s%s in %s: the node needs a score in "
          + "that period and the one before (check the ids, or run `scorecard run` first).%n", node, tenant, grain,
          period == null ? "" : " from " + period, warehouse);
      return ExitCodes.BAD_CONFIG;
    }
    print(found.get(), console.out());
    return ExitCodes.OK;
  }

  static void print(Explanation e, PrintWriter out) {
    out.printf("%s %s, %s from %s%s: score %.1f, was %.1f (%+.1f)%n", e.nodeLevel(), e.nodeId(), e.grain(),
        e.periodStart(), e.provisional() ? " (provisional: the period is in progress)" : "", e.score(), e.priorScore(),
        e.score() - e.priorScore());
    List<Contribution> shown = e.contributions().subList(0, Math.min(SHOWN, e.contributions().size()));
    for (Contribution c : shown) {
      if (c.isRenormalisation()) {
        out.printf("  %+7.2f  %-28s KPIs that gained or lost a score, and the weights that moved with them%n",
            c.contribution(), "renormalisation");
      } else {
        out.printf("  %+7.2f  %-28s %s / %s, KPI score %s -> %s%n", c.contribution(), c.contributor(),
            c.perspectiveId(), c.objectiveId(), score(c.priorScore()), score(c.score()));
      }
    }
    List<Contribution> rest = e.contributions().subList(shown.size(), e.contributions().size());
    if (!rest.isEmpty()) {
      out.printf("  %+7.2f  %d more, each smaller%n", rest.stream().mapToDouble(Contribution::contribution).sum(),
          rest.size());
    }
  }

  private static String score(Double score) {
    return score == null ? "none" : String.format("%.1f", score);
  }
}
