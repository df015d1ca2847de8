package dev.scorecard.pipeline;

import dev.scorecard.config.Fingerprints;
import dev.scorecard.config.LinkSpec;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.publish.CuratedTables;
import dev.scorecard.publish.RunState;
import dev.scorecard.publish.Scope;
import dev.scorecard.strategymap.Candidate;
import dev.scorecard.strategymap.Candidates;
import dev.scorecard.strategymap.Judgement;
import dev.scorecard.strategymap.LinkPanel;
import dev.scorecard.strategymap.LinkRow;
import dev.scorecard.strategymap.LinkRows;
import dev.scorecard.strategymap.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code kpi_values} to {@code strategy_links}: each arrow of every tenant's strategy map tested on
 * its locations' complete periods, and the arrows the data suggests that the map lacks. Only
 * complete periods count, so a night that changed nothing but the period in progress has nothing
 * to do.
 */
final class StrategyLinksStage implements Stage {
  static final String NAME = "links";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> reads() {
    return List.of("kpi_values");
  }

  @Override
  public List<String> writes() {
    return List.of("strategy_links");
  }

  @Override
  public Done run(RunContext ctx, Batch batch) {
    Prerequisites.require(ctx, batch, CuratedTables.KPI_VALUES, KpisStage.NAME);
    boolean exists = ctx.existed(CuratedTables.STRATEGY_LINKS);
    LocalDate asOf = ctx.run().asOf();
    List<TenantConfig> tenants = new ArrayList<>();
    List<String> upToDate = new ArrayList<>();
    for (TenantConfig t : batch.tenants()) {
      boolean owed = IncrementalPlan.days(ctx, t, NAME, Fingerprints::all, exists)
          .map(days -> days.stream().anyMatch(d -> completeBy(d, asOf))).orElse(true);
      if (owed) {
        tenants.add(t);
      } else {
        upToDate.add(t.tenantId());
      }
    }
    if (tenants.isEmpty()) {
      return new Done(Map.of(), upToDate);
    }
    List<String> ids = tenants.stream().map(TenantConfig::tenantId).toList();
    List<Candidate> candidates = new ArrayList<>();
    tenants.forEach(t -> {
      candidates.addAll(Candidates.configured(t));
      candidates.addAll(Candidates.suggestions(t));
    });
    Dataset<Row> residuals = LinkPanel.residuals(ctx.warehouse().curated(CuratedTables.KPI_VALUES, ids)).persist();
    List<Judgement.Tested> tested = LinkPanel.moments(ctx.spark(), residuals, candidates);
    residuals.unpersist();
    List<LinkRow> rows = new ArrayList<>();
    Map<String, Counts> counts = new LinkedHashMap<>();
    for (TenantConfig t : tenants) {
      List<LinkRow> arrows = arrows(t, tested);
      List<LinkRow> suggested = Judgement.suggestions(tested.stream()
          .filter(p -> p.candidate().tenantId().equals(t.tenantId()) && !p.candidate().configured()).toList());
      rows.addAll(arrows);
      rows.addAll(suggested);
      counts.put(t.tenantId(), new Counts.Links(arrows.size(), count(arrows, Verdict.SUPPORTED),
          count(arrows, Verdict.CONTRADICTED), count(arrows, Verdict.INSUFFICIENT_DATA), suggested.size()));
    }
    ctx.prepareOutputs();
    ctx.warehouse().replace(CuratedTables.STRATEGY_LINKS, Scope.tenants(ids), LinkRows.frame(ctx.spark(), rows),
        ctx.run());
    Map<String, RunState.Mark> marks = new LinkedHashMap<>();
    tenants.forEach(t -> marks.put(t.tenantId(), IncrementalPlan.mark(ctx, Fingerprints.all(t))));
    ctx.state().settle(NAME, marks);
    return new Done(counts, upToDate);
  }

  /** One row per arrow of the map, in config order, untestable arrows included. */
  private static List<LinkRow> arrows(TenantConfig t, List<Judgement.Tested> tested) {
    Map<String, LinkRow> judged = new LinkedHashMap<>();
    Judgement.arrows(tested.stream().filter(p -> p.candidate().tenantId().equals(t.tenantId())
        && p.candidate().configured()).toList()).forEach(r -> judged.put(r.fromId() + "\u0000" + r.toId(), r));
    List<LinkRow> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (LinkSpec link : t.links()) {
      String key = link.from() + "\u0000" + link.to();
      if (seen.add(key)) {
        rows.add(judged.getOrDefault(key, Judgement.untestable(t.tenantId(), link.from(), link.to())));
      }
    }
    return rows;
  }

  /** Whether the month holding {@code day} had ended by {@code asOf}: only complete periods are tested. */
  static boolean completeBy(LocalDate day, LocalDate asOf) {
    return day.withDayOfMonth(day.lengthOfMonth()).isBefore(asOf);
  }

  private static int count(List<LinkRow> rows, Verdict verdict) {
    return (int) rows.stream().filter(r -> r.verdict() == verdict).count();
  }
}
