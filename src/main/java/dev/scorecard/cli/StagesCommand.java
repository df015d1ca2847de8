package dev.scorecard.cli;

import dev.scorecard.config.ConfigException;
import dev.scorecard.config.ConfigLoader;
import dev.scorecard.config.ConfigProblem;
import dev.scorecard.kpi.ExpressionCheck;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.publish.RunInfo;
import dev.scorecard.publish.Warehouse;
import dev.scorecard.spark.Sessions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * A command that runs one or more stages for each selected tenant. Config is validated before
 * Spark starts (exit 2, nothing written); a failing tenant does not stop the others, and the exit
 * code reports the worst outcome.
 */
@Command
abstract class StagesCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(StagesCommand.class);

  @Mixin CommonOptions options;

  /** Runs this command's stages for one tenant, returning what each did. */
  abstract List<StageResult> stages(TenantStages stages);

  /** Called once all tenants ran, with Spark still up, e.g. to print a summary. */
  void finish(SparkSession spark, Warehouse warehouse, List<TenantConfig> succeeded) {}

  @Override
  public Integer call() {
    List<TenantConfig> tenants;
    try {
      tenants = ConfigLoader.load(options.conf, options.tenants);
    } catch (ConfigException e) {
      System.err.println(e.getMessage());
      System.err.println(e.problems().size() + " problem(s) in the config; nothing was written.");
      return ExitCodes.BAD_CONFIG;
    }
    RunInfo run = new RunInfo(UUID.randomUUID().toString(), Instant.now(), options.asOfOrToday(), options.full);
    SparkSession spark = Sessions.create(options.master, "scorecard");
    List<ConfigProblem> problems = tenants.stream().flatMap(t -> ExpressionCheck.check(spark, t).stream()).toList();
    if (!problems.isEmpty()) {
      problems.forEach(System.err::println);
      System.err.println(problems.size() + " expression(s) Spark cannot use; nothing was written.");
      return ExitCodes.BAD_CONFIG;
    }
    Warehouse warehouse = new Warehouse(spark, options.warehouse);
    LOG.info("run {} as of {} for {} tenant(s)", run.runId(), run.asOf(), tenants.size());
    int code = ExitCodes.OK;
    List<TenantConfig> succeeded = new ArrayList<>();
    for (TenantConfig tenant : tenants) {
      int tenantCode = runTenant(new TenantStages(spark, warehouse, run, tenant), tenant);
      code = ExitCodes.worst(code, tenantCode);
      if (tenantCode == ExitCodes.OK) {
        succeeded.add(tenant);
      }
    }
    finish(spark, warehouse, succeeded);
    return code;
  }

  private int runTenant(TenantStages stages, TenantConfig tenant) {
    try {
      stages(stages);
      return ExitCodes.OK;
    } catch (DataRejectedException e) {
      LOG.error("input rejected: {}", e.getMessage());
      return ExitCodes.DATA_REJECTED;
    } catch (Exception e) { // Spark throws checked exceptions (SparkException) without declaring them
      LOG.error("tenant {} failed: {}", tenant.tenantId(), e.toString(), e);
      return ExitCodes.FAILED;
    }
  }
}
