package dev.scorecard.report;

/**
 * What the data says about one arrow of the strategy map, from {@code strategy_links}: a
 * configured link tested, or (configured false) a link the data suggests.
 *
 * @param verdict supported, weak, contradicted or insufficient_data
 */
public record LinkVerdict(String from, String to, boolean configured, String verdict, Double correlation,
    Integer lagPeriods) {}
