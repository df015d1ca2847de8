package dev.scorecard.generate;

/**
 * The hidden state of one store in one month: what the daily rows are drawn from. See
 * {@link CausalModel} for how one month's drivers follow from the last.
 *
 * @param training share of hours to spend in training, in percent
 * @param turnover yearly staff turnover rate (0.55 = 55% p.a.)
 * @param onTime the share of orders served on time before the day's downtime
 * @param satisfaction the mean of customers' 0-10 rating; 8.15 gives an NPS near 30
 * @param satisfactionBefore the month before's satisfaction, for the two-month sales lag
 * @param demand the demand multiplier that word of mouth gives
 * @param incidentRate the chance of an equipment failure per day
 * @param efficiency energy use relative to an average store
 * @param recycling the share of waste recycled
 * @param cogsRatio ingredient cost per euro of net sales
 */
record Drivers(double training, double turnover, double onTime, double satisfaction, double satisfactionBefore,
    double demand, double incidentRate, double efficiency, double recycling, double cogsRatio) {}
