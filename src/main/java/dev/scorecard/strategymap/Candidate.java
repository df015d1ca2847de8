package dev.scorecard.strategymap;

import dev.scorecard.config.Grain;

/**
 * One cause KPI against one effect KPI, for an arrow of the map ({@code configured}) or as a
 * possible arrow the map does not have (a suggestion, {@code fromId} and {@code toId} the KPIs).
 *
 * @param orientation +1, or -1 when exactly one of the two KPIs is lower-is-better
 * @param lags the lags tested, 0 to {@code lags - 1} periods
 * @param causeObjective the objective of the cause KPI; {@code effectObjective} that of the effect KPI
 */
public record Candidate(String tenantId, String fromId, String toId, boolean configured, String causeKpi,
    String effectKpi, int orientation, Grain grain, int lags, String causeObjective, String effectObjective) {}
