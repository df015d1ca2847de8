package dev.scorecard.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Known trouble built into the last months of a tenant, so the engine's alerts have something
 * real to find in the shipped sample: a store whose guests turn against it, a region whose sales
 * drift down, an export that stops. Only the sample's brewhaus has any ({@link #brewhaus()});
 * fjord-shop and the benchmark tenants have {@link #NONE} and are written byte for byte as
 * without it.
 *
 * <p>Trouble changes what is written, never which random numbers are drawn, so every row it does
 * not touch is the row an untroubled run writes. Targets are calibrated on the days before the
 * first trouble ({@link #calmPart}), as an owner would have set them, so the trouble shows red
 * against them instead of being averaged into them.
 */
record Trouble(List<Incident> incidents) {
  static final Trouble NONE = new Trouble(List.of());

  Trouble {
    incidents = List.copyOf(incidents);
  }

  /** The sample's brewhaus: each incident in one line, where, from when and how big. */
  static Trouble brewhaus() {
    return new Trouble(List.of(
        new SurveyCollapse("muc-02", LocalDate.of(2026, 8, 10), 2.0),
        new SalesDrift("north", LocalDate.of(2026, 8, 1), 0.02),
        new ExportStop("energy_waste", LocalDate.of(2026, 9, 20))));
  }

  /** What is added to a survey rating (0-10 scale) given at {@code location} on {@code date}. */
  double ratingShift(String location, LocalDate date) {
    double shift = 0;
    for (Incident incident : incidents) {
      if (incident instanceof SurveyCollapse c && c.location().equals(location) && !date.isBefore(c.from())) {
        shift -= c.drop();
      }
    }
    return shift;
  }

  /** The factor on what guests spend per order in {@code region} on {@code date}: 1 when untroubled. */
  double salesFactor(String region, LocalDate date) {
    double factor = 1;
    for (Incident incident : incidents) {
      if (incident instanceof SalesDrift d && d.region().equals(region) && !date.isBefore(d.from())) {
        factor *= Math.pow(1 - d.weeklyDecline(), ChronoUnit.DAYS.between(d.from(), date) / 7.0);
      }
    }
    return factor;
  }

  /** Whether the export {@code source} still delivers rows dated {@code date}. */
  boolean delivers(String source, LocalDate date) {
    for (Incident incident : incidents) {
      if (incident instanceof ExportStop s && s.source().equals(source) && date.isAfter(s.lastDay())) {
        return false;
      }
    }
    return true;
  }

  /** The first day any trouble shows, or empty for an untroubled tenant. */
  Optional<LocalDate> firstDay() {
    return incidents.stream().map(Incident::start).min(LocalDate::compareTo);
  }

  /** The days of {@code span} before the first trouble: what targets are calibrated on. */
  Span calmPart(Span span) {
    LocalDate first = firstDay().orElse(span.end().plusDays(1));
    if (!first.isAfter(span.start())) {
      throw new IllegalArgumentException(
          "Cannot calibrate targets: trouble starts " + first + ", not after the first day " + span.start());
    }
    if (first.isAfter(span.end())) {
      return span;
    }
    return new Span(span.start(), (int) ChronoUnit.DAYS.between(span.start(), first));
  }

  /** One line per incident for the tenant YAML's header. */
  List<String> notes() {
    return incidents.stream().map(Incident::note).toList();
  }

  /** One kind of trouble: the first day it shows and what an owner should be told about it. */
  sealed interface Incident permits SurveyCollapse, SalesDrift, ExportStop {
    LocalDate start();

    String note();
  }

  /**
   * From {@code from} on, every survey rating at {@code location} is {@code drop} points lower
   * (0-10 scale), so NPS and CSAT fall; the number of answers, complaints and sales stay as they
   * were.
   */
  record SurveyCollapse(String location, LocalDate from, double drop) implements Incident {
    @Override
    public LocalDate start() {
      return from;
    }

    @Override
    public String note() {
      return String.format(Locale.ROOT, "%s: from %s every survey rating is %s points lower, so its NPS and CSAT"
          + " collapse.", location, from, Decimals.of(drop, 1).stripTrailingZeros().toPlainString());
    }
  }

  /**
   * From {@code from} on, the net sales of every location of {@code region} drift down by
   * {@code weeklyDecline} a week, compounding day by day: {@code (1 - weeklyDecline)^(days / 7)}.
   * Guests spend less per order (discounts and COGS follow); the number of orders, and every
   * other export, stay as they were.
   */
  record SalesDrift(String region, LocalDate from, double weeklyDecline) implements Incident {
    @Override
    public LocalDate start() {
      return from;
    }

    @Override
    public String note() {
      return String.format(Locale.ROOT, "%s: from %s the net sales of all its locations drift down %s%% a week,"
          + " compounding.", region, from, Decimals.of(100 * weeklyDecline, 1).stripTrailingZeros().toPlainString());
    }
  }

  /** The export {@code source} stopped: no rows after {@code lastDay}, no file for a later month. */
  record ExportStop(String source, LocalDate lastDay) implements Incident {
    @Override
    public LocalDate start() {
      return lastDay.plusDays(1);
    }

    @Override
    public String note() {
      return String.format(Locale.ROOT, "%s: the export stopped after %s; no rows after that day and no file for a"
          + " later month.", source, lastDay);
    }
  }
}
