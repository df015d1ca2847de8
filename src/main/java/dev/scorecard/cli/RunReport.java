package dev.scorecard.cli;

import dev.scorecard.pipeline.Counts;
import dev.scorecard.pipeline.Outcome;
import dev.scorecard.pipeline.RunResult;
import dev.scorecard.pipeline.StageResult;
import dev.scorecard.pipeline.TenantOutcome;
import dev.scorecard.pipeline.TenantSummary;
import java.io.PrintWriter;
import java.util.Map;

/**
 * Prints what a run did: a line per stage and tenant, each tenant that did not succeed with
 * every reason (on standard error), and the closing summary per tenant.
 */
final class RunReport {
  private RunReport() {}

  static void print(RunResult result, PrintWriter out, PrintWriter err) {
    result.problems().forEach(err::println);
    if (!result.problems().isEmpty()) {
      err.println(result.problems().size() + " problem(s) in the config; nothing was run.");
    }
    if (!result.stages().isEmpty()) {
      out.printf("%nScorecard run %s as of %s%n", result.run().runId(), result.run().asOf());
      result.stages().forEach(stage -> stage(stage, out));
      out.println(result.commits() == 0 ? "  nothing new: no table was written"
          : "  " + result.commits() + " Delta commit(s)");
    }
    result.outcomes().values().stream().filter(o -> o.outcome() != Outcome.OK).forEach(o -> rejected(o, err));
    result.summary().forEach(s -> summary(s, out));
  }

  private static void stage(StageResult stage, PrintWriter out) {
    String head = String.format("  %-9s %6.1f s  ", stage.stage(), stage.took().toMillis() / 1000.0);
    String indent = " ".repeat(head.length());
    boolean first = true;
    for (Map.Entry<String, Counts> e : stage.counts().entrySet()) {
      out.println((first ? head : indent) + e.getKey() + ": " + describe(e.getValue()));
      first = false;
      if (e.getValue() instanceof Counts.Alerts a && !a.preview().isEmpty()) {
        out.println(indent + "would send (dry run, nothing sent or written):");
        a.preview().forEach(text -> text.lines().forEach(line -> out.println(indent + "  " + line)));
      }
    }
    if (!stage.upToDate().isEmpty()) {
      out.println((first ? head : indent) + "up to date, nothing to do: " + String.join(", ", stage.upToDate()));
    }
  }

  static String describe(Counts counts) {
    if (counts instanceof Counts.Ingest i) {
      return String.format("%,d of %,d files read%s, %,d rows (%,d valid, %,d quarantined)%s", i.filesRead(),
          i.filesFound(), i.whole() ? " (all)" : "", i.rowsRead(), i.rowsValid(), i.rowsQuarantined(),
          i.filesRejected() == 0 ? "" : String.format("; %,d file(s) rejected whole, see ingest_audit", i.filesRejected()));
    }
    if (counts instanceof Counts.Kpis k) {
      return String.format("%,d KPI values (%,d defined), %s", k.values(), k.defined(), scope(k.allPeriods()));
    }
    if (counts instanceof Counts.Scores s) {
      return String.format("%,d KPI scores (%,d scored), %s", s.kpiScores(), s.scored(), scope(s.allPeriods()));
    }
    if (counts instanceof Counts.Alerts a) {
      String sent = a.delivered() + a.failed() + a.pending() == 0 ? ""
          : String.format("; deliveries: %d delivered, %d failed, %d pending", a.delivered(), a.failed(), a.pending());
      return String.format("%d alert(s) opened, %d still open, %d resolved%s", a.opened(), a.open(), a.resolved(), sent);
    }
    if (counts instanceof Counts.Links l) {
      return String.format("%d arrow(s) of the strategy map tested: %d supported, %d weak, %d contradicted, "
          + "%d without enough data; %d suggested", l.arrows(), l.supported(),
          l.arrows() - l.supported() - l.contradicted() - l.insufficient(), l.contradicted(), l.insufficient(),
          l.suggested());
    }
    Counts.Forecasts f = (Counts.Forecasts) counts;
    return String.format("%,d series (%,d fitted, %,d kept), %,d forecast periods", f.series(), f.refitted(),
        f.series() - f.refitted(), f.periods());
  }

  private static String scope(boolean all) {
    return all ? "all periods" : "the periods that changed";
  }

  private static void rejected(TenantOutcome outcome, PrintWriter err) {
    String what = switch (outcome.outcome()) {
      case CONFIG_REJECTED -> "config rejected, nothing was written for it (exit 2)";
      case DATA_REJECTED -> "input rejected over its tolerance (exit 3)";
      case FAILED -> "failed (exit 1)";
      case OK -> "ok";
    };
    err.printf("tenant %s: %s%n", outcome.tenantId(), what);
    outcome.reasons().forEach(reason -> err.println("  " + reason));
  }

  private static void summary(TenantSummary s, PrintWriter out) {
    out.printf("%n%s (%s)%n", s.name(), s.tenantId());
    out.printf("  this run: %,d rows read, %,d quarantined; in all %,d rows ingested, %,d quarantined%n", s.rowsRead(),
        s.rowsQuarantined(), s.totalRowsRead(), s.totalQuarantined());
    out.printf("  %,d KPIs scored at %,d nodes%n", s.kpisScored(), s.nodesScored());
    if (s.lastQuarter() == null) {
      out.println("  no complete quarter scored yet");
      return;
    }
    out.printf("  last complete quarter (from %s): overall %s, %s%n", s.lastQuarter(), score(s.orgScore()), s.orgStatus());
    if (s.best() != null) {
      out.printf("  best location %s (%s), weakest %s (%s)%n", s.best(), score(s.bestScore()), s.weakest(),
          score(s.weakestScore()));
    }
  }

  private static String score(Double score) {
    return score == null ? "no score" : String.format("%.1f", score);
  }
}
