package dev.scorecard.pipeline;

import static org.apache.spark.sql.functions.col;

import dev.scorecard.config.Fingerprints;
import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.ingest.BatchChanges;
import dev.scorecard.ingest.FileSelection;
import dev.scorecard.ingest.Ingest;
import dev.scorecard.ingest.IngestBatch;
import dev.scorecard.ingest.LandingFile;
import dev.scorecard.ingest.LandingFiles;
import dev.scorecard.ingest.SilverBatch;
import dev.scorecard.ingest.SourceRead;
import dev.scorecard.publish.CuratedTables;
import dev.scorecard.publish.RunState;
import dev.scorecard.publish.Scope;
import dev.scorecard.publish.SilverTables;
import dev.scorecard.publish.Warehouse;
import dev.scorecard.spark.ConfigFrames;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Landing files to silver, quarantine and audit, and the config tables ({@code nodes},
 * {@code kpis}, {@code objectives}), for every tenant of the batch at once.
 *
 * <p>Reads only new and corrected files, or every file of a tenant on a full run or when its
 * config changed how exports are read. Tolerance is checked before anything is written; a tenant
 * over it leaves the batch. Then it writes in an order that a kill at any point leaves safe to run
 * again: the days to recompute (run state), silver, quarantine, and the audit, which marks a file
 * as done; then the config tables of tenants whose config changed. A night with nothing new and
 * no config change writes nothing.
 */
final class IngestStage implements Stage {
  static final String NAME = "ingest";
  /** The run state of the config tables: the config they were written from. */
  private static final String CONFIG = "config";
  /**
   * The stages that owe the days a delivery changed. Alerts are not among them: they are judged per
   * as-of date (a night's alerts follow from that night's tables).
   */
  private static final List<String> DOWNSTREAM = List.of(KpisStage.NAME, ScoreStage.NAME, ForecastStage.NAME,
      StrategyLinksStage.NAME);
  private static final Logger LOG = LoggerFactory.getLogger(IngestStage.class);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> reads() {
    return List.of("landing", "ingest_audit", "silver");
  }

  @Override
  public List<String> writes() {
    return List.of("silver", "quarantine", "ingest_audit", "nodes", "kpis", "objectives");
  }

  @Override
  public Done run(RunContext ctx, Batch batch) {
    Steps steps = new Steps(LOG, NAME);
    Map<String, Integer> found = new HashMap<>();
    Map<String, Map<String, Map<String, String>>> ingested = ingested(ctx, batch);
    List<SourceRead> reads = plan(ctx, batch, ingested, found);
    List<TenantConfig> configChanged = batch.tenants().stream().filter(t -> !configPublished(ctx.state(), t)).toList();
    steps.done("files listed and checked against the audit");
    if (reads.isEmpty() && configChanged.isEmpty()) {
      return new Done(Map.of(), batch.ids());
    }
    IngestBatch read = Ingest.read(ctx.spark(), reads, ctx.run().asOf());
    List<Row> audit = read.audit().collectAsList();
    steps.done("files parsed");
    Tolerance.reject(batch, reads, audit, read.quarantine());
    List<String> kept = batch.ids();
    List<SourceRead> accepted = reads.stream().filter(r -> kept.contains(r.tenantId())).toList();
    List<SilverBatch> silver = read.silver().stream().map(b -> keep(b, kept)).filter(b -> !b.reads().isEmpty()).toList();
    if (!kept.isEmpty()) {
      ctx.prepareOutputs();
    }
    if (!accepted.isEmpty()) {
      write(ctx, silver, accepted, read, audit, ingested, kept, steps);
    }
    List<TenantConfig> tables = configChanged.stream().filter(t -> kept.contains(t.tenantId())).toList();
    writeConfigTables(ctx, tables);
    Map<String, RunState.Mark> marks = new LinkedHashMap<>();
    accepted.stream().map(SourceRead::tenant).distinct()
        .forEach(t -> marks.put(t.tenantId(), IncrementalPlan.mark(ctx, Fingerprints.ingest(t))));
    Map<String, RunState.Mark> configMarks = new LinkedHashMap<>();
    tables.forEach(t -> configMarks.put(t.tenantId(), IncrementalPlan.mark(ctx, Fingerprints.all(t))));
    ctx.state().settle(Map.of(NAME, marks, CONFIG, configMarks));
    steps.done("config tables written");
    return done(batch, accepted, audit, found);
  }

  /** Whether the config tables were last written from the tenant's config as it is now. */
  static boolean configPublished(RunState state, TenantConfig t) {
    return state.mark(t.tenantId(), CONFIG).map(m -> m.fingerprint().equals(Fingerprints.all(t))).orElse(false);
  }

  /** Per tenant and source, the files to read: all of them when the tenant is read whole, else the new and corrected. */
  private static List<SourceRead> plan(RunContext ctx, Batch batch, Map<String, Map<String, Map<String, String>>> ingested,
      Map<String, Integer> found) {
    List<SourceRead> reads = new ArrayList<>();
    for (TenantConfig t : batch.tenants()) {
      boolean whole = ctx.run().full() || !ctx.state().mark(t.tenantId(), NAME)
          .map(m -> m.fingerprint().equals(Fingerprints.ingest(t))).orElse(false);
      for (SourceSpec source : t.sources().values()) {
        List<LandingFile> files = LandingFiles.find(ctx.spark().sparkContext().hadoopConfiguration(), ctx.landing(),
            t.tenantId(), source);
        found.merge(t.tenantId(), files.size(), Integer::sum);
        Map<String, String> known = whole ? Map.of()
            : ingested.getOrDefault(t.tenantId(), Map.of()).getOrDefault(source.id(), Map.of());
        FileSelection selection = FileSelection.of(files, known);
        if (whole || !selection.read().isEmpty() || !selection.duplicates().isEmpty()) {
          reads.add(new SourceRead(t, source, selection.read(), whole, selection.corrected(), selection.duplicates()));
        }
      }
    }
    return reads;
  }

  /** Per tenant and source, the files already ingested (path to checksum), from the audit. */
  private static Map<String, Map<String, Map<String, String>>> ingested(RunContext ctx, Batch batch) {
    Map<String, Map<String, Map<String, String>>> ingested = new HashMap<>();
    if (!ctx.run().full() && ctx.warehouse().exists(CuratedTables.INGEST_AUDIT)) {
      for (Row r : ctx.warehouse().curated(CuratedTables.INGEST_AUDIT, batch.ids())
          .select("tenant_id", "source", "file", "file_checksum").collectAsList()) {
        ingested.computeIfAbsent(r.getString(0), t -> new HashMap<>()).computeIfAbsent(r.getString(1), s -> new HashMap<>())
            .put(r.getString(2), r.getString(3));
      }
    }
    return ingested;
  }

  private static SilverBatch keep(SilverBatch b, List<String> tenants) {
    return new SilverBatch(b.source(), b.reads().stream().filter(r -> tenants.contains(r.tenantId())).toList(),
        b.rows().filter(col(SilverTables.TENANT).isin(tenants.toArray())));
  }

  private static void write(RunContext ctx, List<SilverBatch> silver, List<SourceRead> reads, IngestBatch read,
      List<Row> audit, Map<String, Map<String, Map<String, String>>> ingested, List<String> kept, Steps steps) {
    Warehouse warehouse = ctx.warehouse();
    BatchChanges.Touched touched = BatchChanges.touched(silver, (source, tenants) ->
        warehouse.exists(warehouse.silverPath(source)) ? warehouse.silver(source, tenants) : null);
    Map<String, Collection<LocalDate>> pending = new TreeMap<>();
    for (SourceRead r : reads) {
      pending.put(r.tenantId(), r.whole() ? Collections.singletonList(null)
          : touched.days().getOrDefault(r.tenantId(), Set.of()));
    }
    ctx.state().addPending(pending, DOWNSTREAM);
    steps.done("days to recompute recorded");
    List<Runnable> writes = new ArrayList<>();
    Set<String> rejected = rejected(audit);
    for (SilverBatch b : silver) {
      writes.add(() -> warehouse.replaceSilver(b.source(), silverScope(b.reads(), rejected), b.rows()));
    }
    Parallel.run(writes);
    dropMovedSilver(ctx, reads);
    steps.done("silver written");
    Scope quarantineScope = new Scope();
    Map<String, Map<String, List<String>>> filesRead = new TreeMap<>();
    for (SourceRead r : reads) {
      if (r.whole()) {
        quarantineScope.all(r.tenantId());
      } else {
        filesRead.computeIfAbsent(r.tenantId(), t -> new TreeMap<>()).put(r.source().id(),
            r.files().stream().map(LandingFile::relativePath).toList());
      }
    }
    filesRead.forEach((tenant, bySource) -> {
      if (!quarantineScope.tenants().contains(tenant)) {
        quarantineScope.sourceFiles(tenant, bySource);
      }
    });
    warehouse.replace(CuratedTables.QUARANTINE, quarantineScope,
        read.quarantine().filter(col(SilverTables.TENANT).isin(kept.toArray())), ctx.run());
    steps.done("quarantine written");
    Dataset<Row> superseded = BatchChanges.superseded(silver, touched.earlierRowsHit(),
        (source, tenants) -> warehouse.silver(source, tenants));
    Audit counts = new Audit(superseded == null ? List.of() : superseded.collectAsList());
    List<Row> fresh = audit.stream().filter(a -> kept.contains(a.getString(0))).map(counts::withSuperseded).toList();
    List<Row> recounts = counts.recounts(touched.earlierRowsHit(), ingested, fresh);
    List<String> whole = reads.stream().filter(SourceRead::whole).map(SourceRead::tenantId).distinct().toList();
    warehouse.updateAudit(kept, whole, ctx.spark().createDataFrame(fresh, read.audit().schema()),
        ctx.spark().createDataFrame(recounts, Audit.RECOUNT), ctx.run());
    steps.done("audit written");
  }

  /**
   * A tenant read whole replaces all its rows of the table; otherwise the rows of the files read,
   * but for files rejected whole: a cut-off re-delivery must not take down the rows its complete
   * earlier version published. They stay until a complete file arrives.
   */
  private static Scope silverScope(List<SourceRead> reads, Set<String> rejected) {
    Scope scope = new Scope();
    for (SourceRead r : reads) {
      if (r.whole()) {
        scope.all(r.tenantId());
      } else {
        scope.files(r.tenantId(), SilverTables.FILE, r.files().stream().map(LandingFile::relativePath)
            .filter(f -> !rejected.contains(r.tenantId() + "/" + f)).toList());
      }
    }
    return scope;
  }

  /** The files the audit marks rejected, as tenant/path. */
  static Set<String> rejected(List<Row> audit) {
    Set<String> rejected = new HashSet<>();
    audit.stream().filter(a -> Ingest.REJECTED.equals(a.getAs("status")))
        .forEach(a -> rejected.add(a.getString(0) + "/" + a.<String>getAs("file")));
    return rejected;
  }

  /** A tenant whose source changed its columns moved to another silver table: its rows leave the old one. */
  private static void dropMovedSilver(RunContext ctx, List<SourceRead> reads) {
    for (SourceRead r : reads) {
      boolean moved = r.whole() && ctx.state().mark(r.tenantId(), NAME).isPresent();
      if (moved) {
        ctx.warehouse().deleteSilverElsewhere(r.source(), r.tenantId());
      }
    }
  }

  private static void writeConfigTables(RunContext ctx, List<TenantConfig> tenants) {
    if (tenants.isEmpty()) {
      return;
    }
    Scope scope = Scope.tenants(tenants.stream().map(TenantConfig::tenantId).toList());
    Warehouse w = ctx.warehouse();
    Parallel.run(List.of(
        () -> w.replace(CuratedTables.NODES, scope, ConfigFrames.nodes(ctx.spark(), tenants), ctx.run()),
        () -> w.replace(CuratedTables.KPIS, scope, ConfigFrames.kpis(ctx.spark(), tenants), ctx.run()),
        () -> w.replace(CuratedTables.OBJECTIVES, scope, ConfigFrames.objectives(ctx.spark(), tenants), ctx.run())));
  }

  private static Done done(Batch batch, List<SourceRead> reads, List<Row> audit, Map<String, Integer> found) {
    Map<String, Counts> counts = new LinkedHashMap<>();
    List<String> upToDate = new ArrayList<>();
    for (String tenant : batch.ids()) {
      List<SourceRead> own = reads.stream().filter(r -> r.tenantId().equals(tenant)).toList();
      if (own.isEmpty()) {
        upToDate.add(tenant);
        continue;
      }
      long rowsRead = 0;
      long valid = 0;
      long bad = 0;
      int files = 0;
      int rejected = 0;
      for (Row a : audit) {
        if (a.getString(0).equals(tenant)) {
          files++;
          rejected += Ingest.REJECTED.equals(a.getAs("status")) ? 1 : 0;
          rowsRead += a.getLong(a.fieldIndex("rows_read"));
          valid += a.getLong(a.fieldIndex("rows_valid"));
          bad += a.getLong(a.fieldIndex("rows_quarantined"));
        }
      }
      counts.put(tenant, new Counts.Ingest(found.getOrDefault(tenant, 0), files, rowsRead, valid, bad,
          own.stream().anyMatch(SourceRead::whole), rejected));
    }
    return new Done(counts, upToDate);
  }
}
