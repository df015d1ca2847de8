package dev.scorecard.report;

import java.time.LocalDate;

/** One forecast month of a KPI at one node, from {@code forecasts}, with its 80% and 95% intervals. */
public record ForecastPoint(LocalDate period, Double forecast, Double lower80, Double upper80, Double lower95,
    Double upper95, Double target) {}
