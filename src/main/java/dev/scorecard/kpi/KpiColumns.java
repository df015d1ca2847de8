package dev.scorecard.kpi;

import dev.scorecard.publish.SilverTables;

/** Column names shared by the KPI stage's intermediate datasets. */
final class KpiColumns {
  static final String GRAIN = "period_grain";
  static final String START = "period_start";
  static final String LEVEL = "node_level";
  static final String NODE = "node_id";
  static final String[] KEY = {SilverTables.TENANT, GRAIN, START, LEVEL, NODE};

  private KpiColumns() {}
}
