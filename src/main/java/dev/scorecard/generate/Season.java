package dev.scorecard.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar effects on demand: coffee sells more in winter and at weekends; an online shop peaks
 * in November and December (Black Friday, Christmas) and on Sunday and Monday evenings.
 */
final class Season {
  private static final double[] COFFEE_WEEKDAY = {0.93, 0.94, 0.96, 0.98, 1.04, 1.15, 1.02};
  private static final double[] SHOP_WEEKDAY = {1.08, 1.0, 1.0, 0.98, 0.92, 0.88, 1.12};
  private static final double[] SHOP_MONTH = {0.92, 0.88, 0.95, 0.95, 0.93, 0.9, 0.88, 0.9, 0.98, 1.02, 1.15, 1.2};

  private Season() {}

  /** Peaks mid-January, dips mid-July; the Christmas days are quiet. */
  static double coffee(LocalDate date) {
    double annual = 1 + 0.12 * winter(date);
    return annual * holiday(date) * COFFEE_WEEKDAY[date.getDayOfWeek().ordinal()];
  }

  /** Heating in winter, some cooling in high summer: energy use per day. */
  static double heating(LocalDate date) {
    double winter = winter(date);
    return 1 + 0.15 * winter + 0.05 * Math.max(0, -winter);
  }

  static double shop(LocalDate date) {
    return SHOP_MONTH[date.getMonthValue() - 1] * SHOP_WEEKDAY[date.getDayOfWeek().ordinal()] * shopEvent(date);
  }

  /** 1 in mid-January, -1 in mid-July. */
  private static double winter(LocalDate date) {
    return Math.cos(2 * Math.PI * (date.getDayOfYear() - 15) / 365.25);
  }

  private static double holiday(LocalDate date) {
    if (date.getMonth() == Month.DECEMBER) {
      return switch (date.getDayOfMonth()) {
        case 24 -> 0.7;
        case 25 -> 0.3;
        case 26 -> 0.6;
        case 31 -> 0.8;
        default -> 1.05;
      };
    }
    return date.getMonth() == Month.JANUARY && date.getDayOfMonth() == 1 ? 0.5 : 1;
  }

  private static double shopEvent(LocalDate date) {
    LocalDate blackFriday = date.withMonth(11).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.FRIDAY));
    if (date.equals(blackFriday)) {
      return 2.2;
    }
    if (date.equals(blackFriday.plusDays(3))) {
      return 1.6;
    }
    boolean christmas = date.getMonth() == Month.DECEMBER && date.getDayOfMonth() >= 24 && date.getDayOfMonth() <= 26;
    return christmas ? 0.6 : 1;
  }
}
