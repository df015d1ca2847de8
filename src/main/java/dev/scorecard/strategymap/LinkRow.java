package dev.scorecard.strategymap;

import java.time.LocalDate;
import java.util.List;

/** One row of {@code strategy_links}: an arrow of the map (or a suggested one) and what the data says. */
public record LinkRow(String tenantId, String fromId, String toId, String grain, boolean configured, Integer lag,
    Double correlation, Double pValue, long n, Verdict verdict, String causeKpi, String effectKpi, int locations,
    int periods, List<Double> byLag, LocalDate throughPeriod) {}
