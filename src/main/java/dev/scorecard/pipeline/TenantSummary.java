package dev.scorecard.pipeline;

import java.time.LocalDate;

/**
 * The closing numbers of a run for one tenant: what this run read beside the totals so far, what
 * is scored, and how the org and its locations stand in the last complete quarter.
 *
 * @param rowsRead rows read this run (0 when nothing was new)
 * @param rowsQuarantined rows of this run quarantined
 * @param totalRowsRead rows ever ingested, per the audit
 * @param totalQuarantined rows ever quarantined
 * @param lastQuarter the start of the last complete quarter scored, or null when none is
 * @param orgScore the org's score then (null without one), with its status
 * @param best the best location then and its score; null when fewer than two locations are scored
 */
public record TenantSummary(String tenantId, String name, long rowsRead, long rowsQuarantined, long totalRowsRead,
    long totalQuarantined, long kpisScored, long nodesScored, LocalDate lastQuarter, Double orgScore, String orgStatus,
    String best, Double bestScore, String weakest, Double weakestScore) {}
