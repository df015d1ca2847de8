package dev.scorecard.generate;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Runs sites through a span month by month: each month first updates every site's hidden state
 * from last month's rows, then writes the days, date by date and site by site, as a daily export
 * would list them.
 */
final class Simulation {
  private Simulation() {}

  /** Writes every row through {@code out}; returns the monthly totals of what was written. */
  static Ledger run(List<? extends Site> sites, Span span, LandingWriter out) throws IOException {
    Ledger ledger = new Ledger();
    Ids ids = new Ids();
    List<YearMonth> months = span.months();
    for (int i = 0; i < months.size(); i++) {
      YearMonth month = months.get(i);
      out.startMonth(month);
      for (Site site : sites) {
        site.startMonth(i, i == 0 ? null : ledger.at(site.id(), months.get(i - 1)));
      }
      for (LocalDate date : span.days(month)) {
        double years = span.yearsSinceStart(date);
        for (Site site : sites) {
          site.day(date, years, out, ledger.at(site.id(), month), ids);
        }
      }
    }
    return ledger;
  }
}
