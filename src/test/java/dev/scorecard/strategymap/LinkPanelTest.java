package dev.scorecard.strategymap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.scorecard.config.Grain;
import dev.scorecard.testing.TestSpark;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The Spark side of the link tests, against the same arithmetic done in plain loops. */
class LinkPanelTest {
  private static final SparkSession SPARK = TestSpark.session();
  private static final StructType VALUES = new StructType().add("tenant_id", DataTypes.StringType)
      .add("kpi_id", DataTypes.StringType).add("node_level", DataTypes.StringType).add("node_id", DataTypes.StringType)
      .add("period_grain", DataTypes.StringType).add("period_start", DataTypes.DateType)
      .add("value", DataTypes.DoubleType).add("is_complete", DataTypes.BooleanType);
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final int STORES = 6;
  private static final int MONTHS = 30;

  @Test
  void residualsTakeOutEachStoresAndEachMonthsMean() {
    // l1: 1, 3; l2: 5, 11. Store means 2 and 8, month means 3 and 7, overall 5:
    // 1-2-3+5 = 1, 3-2-7+5 = -1, 5-8-3+5 = -1, 11-8-7+5 = 1
    // a period still open and a region's value are not part of the panel
    List<Row> rows = List.of(value("k", "l1", 0, 1), value("k", "l1", 1, 3), value("k", "l2", 0, 5),
        value("k", "l2", 1, 11), open("k", "l2", 2, 50), region("k", "r", 0, 7));
    List<Row> got = LinkPanel.residuals(SPARK.createDataFrame(rows, VALUES))
        .orderBy("node_id", "t").collectAsList();
    assertThat(got).extracting(r -> r.<Double>getAs("residual")).containsExactly(1.0, -1.0, -1.0, 1.0);
    assertThat(got).extracting(r -> r.<Integer>getAs("t")).containsExactly(288, 289, 288, 289);
  }

  @Test
  void findsTheLagThatWasBuiltInAndNothingWhereNothingWas() {
    double[][] cause = noise(20_261_130L);
    double[][] unrelated = noise(918_273_645L);
    double[][] effect = new double[STORES][MONTHS];
    Random r = new Random(5_551_212L);
    for (int s = 0; s < STORES; s++) {
      for (int m = 0; m < MONTHS; m++) {
        double season = 5 * Math.sin(m * Math.PI / 6);
        double earlier = m >= 2 ? cause[s][m - 2] : 0;
        effect[s][m] = 10 * s + season + 0.7 * earlier + r.nextGaussian() * 0.5;
      }
    }
    List<Row> rows = new ArrayList<>();
    rows.addAll(series("cause", cause));
    rows.addAll(series("effect", effect));
    rows.addAll(series("unrelated", unrelated));
    Dataset<Row> residuals = LinkPanel.residuals(SPARK.createDataFrame(rows, VALUES));
    List<Candidate> candidates = List.of(pair("cause", "effect"), pair("cause", "unrelated"),
        pair("unrelated", "effect"));
    List<Judgement.Tested> tested = LinkPanel.moments(SPARK, residuals, candidates);

    for (Judgement.Tested t : tested) {
      for (int lag = 0; lag < 4; lag++) {
        Moments m = t.byLag().get(lag);
        double[][] x = series(t.candidate().causeKpi(), cause, unrelated, effect);
        double[][] y = series(t.candidate().effectKpi(), cause, unrelated, effect);
        assertThat(m.correlation()).as("%s lag %d", t.candidate(), lag).isCloseTo(byLoops(x, y, lag), within(1e-9));
        assertThat(m.n()).isEqualTo((long) STORES * (MONTHS - lag));
        assertThat(m.locations()).isEqualTo(STORES);
        assertThat(m.periods()).isEqualTo(MONTHS - lag);
      }
      assertThat(t.throughPeriod()).isEqualTo(START.plusMonths(MONTHS - 1));
    }
    List<LinkRow> judged = Judgement.arrows(tested);
    assertThat(judged).extracting(LinkRow::fromId, LinkRow::verdict, LinkRow::lag).containsExactly(
        org.assertj.core.groups.Tuple.tuple("cause", Verdict.SUPPORTED, 2),
        org.assertj.core.groups.Tuple.tuple("cause", Verdict.WEAK, judged.get(1).lag()),
        org.assertj.core.groups.Tuple.tuple("unrelated", Verdict.WEAK, judged.get(2).lag()));
    // 0.7 x N(0,1) against noise of sd 0.5: about 0.7 / sqrt(0.49 + 0.25) = 0.81 in the population
    assertThat(judged.get(0).correlation()).isBetween(0.7, 0.9);
    assertThat(judged.subList(1, 3)).allSatisfy(row -> assertThat(Math.abs(row.correlation())).isLessThan(0.2));
  }

  /** Oriented r at {@code lag} computed apart: demeaned by loops, then Commons Math's Pearson. */
  private static double byLoops(double[][] x, double[][] y, int lag) {
    double[][] rx = demeaned(x);
    double[][] ry = demeaned(y);
    List<double[]> pairs = new ArrayList<>();
    for (int s = 0; s < STORES; s++) {
      for (int m = 0; m + lag < MONTHS; m++) {
        pairs.add(new double[] {rx[s][m], ry[s][m + lag]});
      }
    }
    double[] a = pairs.stream().mapToDouble(p -> p[0]).toArray();
    double[] b = pairs.stream().mapToDouble(p -> p[1]).toArray();
    return new PearsonsCorrelation().correlation(a, b);
  }

  private static double[][] demeaned(double[][] v) {
    double all = 0;
    double[] store = new double[STORES];
    double[] month = new double[MONTHS];
    for (int s = 0; s < STORES; s++) {
      for (int m = 0; m < MONTHS; m++) {
        store[s] += v[s][m] / MONTHS;
        month[m] += v[s][m] / STORES;
        all += v[s][m] / (STORES * MONTHS);
      }
    }
    double[][] out = new double[STORES][MONTHS];
    for (int s = 0; s < STORES; s++) {
      for (int m = 0; m < MONTHS; m++) {
        out[s][m] = v[s][m] - store[s] - month[m] + all;
      }
    }
    return out;
  }

  private static double[][] series(String kpi, double[][] cause, double[][] unrelated, double[][] effect) {
    return switch (kpi) {
      case "cause" -> cause;
      case "unrelated" -> unrelated;
      default -> effect;
    };
  }

  private static double[][] noise(long seed) {
    Random r = new Random(seed);
    double[][] v = new double[STORES][MONTHS];
    for (int s = 0; s < STORES; s++) {
      for (int m = 0; m < MONTHS; m++) {
        v[s][m] = 3 * s + r.nextGaussian();
      }
    }
    return v;
  }

  private static List<Row> series(String kpi, double[][] v) {
    List<Row> rows = new ArrayList<>();
    for (int s = 0; s < STORES; s++) {
      for (int m = 0; m < MONTHS; m++) {
        rows.add(value(kpi, "s" + s, m, v[s][m]));
      }
    }
    rows.sort(Comparator.comparing(Row::toString));
    return rows;
  }

  private static Candidate pair(String cause, String effect) {
    return new Candidate("t", cause, effect, true, cause, effect, 1, Grain.MONTH, 4, cause, effect);
  }

  private static Row value(String kpi, String node, int month, double value) {
    return RowFactory.create("t", kpi, "location", node, "month", Date.valueOf(START.plusMonths(month)), value, true);
  }

  private static Row open(String kpi, String node, int month, double value) {
    return RowFactory.create("t", kpi, "location", node, "month", Date.valueOf(START.plusMonths(month)), value, false);
  }

  private static Row region(String kpi, String node, int month, double value) {
    return RowFactory.create("t", kpi, "region", node, "month", Date.valueOf(START.plusMonths(month)), value, true);
  }
}
