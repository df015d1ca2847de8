package dev.scorecard.config;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Some periods of some grains: the periods an incremental run recomputes and republishes.
 *
 * <p>A changed day touches the period of each grain that holds it, and also the next period and
 * the same period a year later, whose growth KPIs compare against it. To recompute a period, its
 * own days are read ({@link #readRanges()}); the values of the periods it compares against (the
 * previous one and the one a year back) come from what was published ({@link #references()}).
 */
public final class PeriodSet {
  private final Map<Grain, SortedSet<LocalDate>> starts = new EnumMap<>(Grain.class);

  /** The periods touched by a change on any of {@code days}, at the given grains. */
  public static PeriodSet touchedBy(Collection<LocalDate> days, Set<Grain> grains, int fiscalYearStartMonth) {
    PeriodSet set = new PeriodSet();
    for (Grain grain : grains) {
      SortedSet<LocalDate> touched = set.starts.computeIfAbsent(grain, g -> new TreeSet<>());
      for (LocalDate day : days) {
        LocalDate start = Periods.start(day, grain, fiscalYearStartMonth);
        touched.add(start);
        touched.add(Periods.shift(start, grain, 1));
        touched.add(yearAfter(start, grain));
      }
    }
    return set;
  }

  private static LocalDate yearAfter(LocalDate start, Grain grain) {
    return grain == Grain.WEEK ? start.plusWeeks(52) : start.plusYears(1);
  }

  /** These periods and the one before each (whose values a score compares against). */
  public PeriodSet withPrevious() {
    return withShifted(-1);
  }

  /** These periods and the one after each (a change is measured from the period before). */
  public PeriodSet withNext() {
    return withShifted(1);
  }

  private PeriodSet withShifted(int periods) {
    PeriodSet set = new PeriodSet();
    starts.forEach((grain, dates) -> {
      SortedSet<LocalDate> all = set.starts.computeIfAbsent(grain, g -> new TreeSet<>());
      dates.forEach(start -> {
        all.add(start);
        all.add(Periods.shift(start, grain, periods));
      });
    });
    return set;
  }

  public boolean isEmpty() {
    return starts.values().stream().allMatch(Set::isEmpty);
  }

  /** The period starts at {@code grain}, in order. */
  public SortedSet<LocalDate> starts(Grain grain) {
    return starts.getOrDefault(grain, new TreeSet<>());
  }

  /** A Spark SQL condition on {@code period_grain} and {@code period_start} that holds for exactly these periods. */
  public String predicate() {
    List<String> terms = new ArrayList<>();
    starts.forEach((grain, dates) -> {
      if (!dates.isEmpty()) {
        terms.add("(period_grain = '" + grain.id() + "' AND period_start IN ("
            + dates.stream().map(d -> "DATE'" + d + "'").collect(Collectors.joining(", ")) + "))");
      }
    });
    return terms.isEmpty() ? "FALSE" : String.join(" OR ", terms);
  }

  /**
   * The days of these periods, as disjoint [first, last] ranges in order: what must be read to
   * recompute them when the values they compare against (the period before, the one a year back)
   * come from elsewhere ({@link #references()}).
   */
  public List<LocalDate[]> readRanges() {
    TreeSet<LocalDate[]> ranges = new TreeSet<>((a, b) -> a[0].compareTo(b[0]) != 0 ? a[0].compareTo(b[0])
        : a[1].compareTo(b[1]));
    starts.forEach((grain, dates) -> dates.forEach(start -> ranges.add(new LocalDate[] {start, Periods.end(start, grain)})));
    List<LocalDate[]> merged = new ArrayList<>();
    for (LocalDate[] range : ranges) {
      LocalDate[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && !range[0].isAfter(last[1].plusDays(1))) {
        if (range[1].isAfter(last[1])) {
          last[1] = range[1];
        }
      } else {
        merged.add(new LocalDate[] {range[0], range[1]});
      }
    }
    return merged;
  }

  /**
   * The periods these compare against (the one before each, and the same one a year back) that
   * are not among these: their published values serve the comparison.
   */
  public PeriodSet references() {
    PeriodSet set = new PeriodSet();
    starts.forEach((grain, dates) -> {
      SortedSet<LocalDate> refs = set.starts.computeIfAbsent(grain, g -> new TreeSet<>());
      for (LocalDate start : dates) {
        refs.add(Periods.shift(start, grain, -1));
        refs.add(Periods.yearAgo(start, grain));
      }
      refs.removeAll(dates);
    });
    return set;
  }
}
