package dev.scorecard.generate;

import java.io.IOException;
import java.time.LocalDate;

/**
 * One simulated location: a store of a franchise or a single online shop. The
 * {@link Simulation} moves every site through the same months and days.
 */
interface Site {

  /** The location id its rows carry. */
  String id();

  /** Moves to month {@code index}; {@code lastMonth} is what its rows showed, null at the start. */
  void startMonth(int index, Totals lastMonth);

  /** Writes one day's rows and adds them to the month's {@code totals}. */
  void day(LocalDate date, double years, LandingWriter out, Totals totals, Ids ids) throws IOException;
}
