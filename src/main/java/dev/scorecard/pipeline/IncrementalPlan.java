package dev.scorecard.pipeline;

import dev.scorecard.config.Grain;
import dev.scorecard.config.PeriodSet;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.publish.RunState;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a stage must redo for each tenant, from the run state: everything (a full run, no earlier
 * run under this config, a lost output table, a full ingest), the periods holding the days that
 * changed and those around the last and the current as-of date, or nothing at all.
 */
final class IncrementalPlan {
  private IncrementalPlan() {}

  /**
   * Per tenant with work: the periods to recompute, or empty for all. A tenant with nothing to do
   * is absent.
   */
  static Map<String, Optional<PeriodSet>> periods(RunContext ctx, Batch batch, String stage,
      Function<TenantConfig, String> fingerprint, boolean outputExists) {
    Map<String, Optional<PeriodSet>> work = new LinkedHashMap<>();
    for (TenantConfig t : batch.tenants()) {
      days(ctx, t, stage, fingerprint, outputExists).ifPresentOrElse(
          days -> {
            if (!days.isEmpty()) {
              work.put(t.tenantId(), Optional.of(PeriodSet.touchedBy(days, grains(t), t.fiscalYearStartMonth())));
            }
          },
          () -> work.put(t.tenantId(), Optional.empty()));
    }
    return work;
  }

  /** The days whose periods changed for a tenant; empty for everything. */
  static Optional<Set<LocalDate>> days(RunContext ctx, TenantConfig t, String stage,
      Function<TenantConfig, String> fingerprint, boolean outputExists) {
    RunState state = ctx.state();
    Optional<RunState.Mark> mark = state.mark(t.tenantId(), stage);
    if (ctx.run().full() || !outputExists || mark.isEmpty() || !mark.get().fingerprint().equals(fingerprint.apply(t))) {
      return Optional.empty();
    }
    Optional<Set<LocalDate>> pending = state.pending(t.tenantId(), stage);
    pending.ifPresent(days -> {
      // Periods open at the last as-of date may have ended since, and rows dated in between now count.
      LocalDate last = mark.get().asOf();
      LocalDate now = ctx.run().asOf();
      if (!last.equals(now)) {
        LocalDate from = last.isBefore(now) ? last : now;
        LocalDate to = last.isBefore(now) ? now : last;
        from.datesUntil(to.plusDays(1)).forEach(days::add);
      }
    });
    return pending;
  }

  static RunState.Mark mark(RunContext ctx, String fingerprint) {
    return new RunState.Mark(ctx.run().asOf(), fingerprint, ctx.run().runId());
  }

  private static Set<Grain> grains(TenantConfig t) {
    Set<Grain> grains = EnumSet.noneOf(Grain.class);
    t.kpis().values().forEach(k -> grains.addAll(k.grains()));
    return grains;
  }
}
