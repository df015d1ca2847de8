package dev.scorecard.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * One exponential-smoothing model of the ETS family (Hyndman et al. 2008; FPP3 ch. 8), named by
 * its error, trend and season: ETS(A,N,N) is simple smoothing, ETS(A,A,N) Holt's linear trend,
 * ETS(M,Ad,M) a damped trend with seasonal factors and errors in proportion to the level.
 *
 * <p>All share one recursion ({@link EtsFilter}) and one fit ({@link EtsFitting}); a model only
 * says which components it has, and so which smoothing parameters it fits: alpha always,
 * {@code beta = alpha * u} with a trend, phi with a damped one, {@code gamma = (1 - alpha) * v}
 * with a season (u, v in (0, 1), phi in [0.8, 0.98]).
 *
 * <p>Names, as the {@code model} column shows them: {@code ses}, {@code holt}, {@code damped}
 * without a season; {@code seasonal}, {@code holt-winters}, {@code damped-holt-winters} with
 * seasonal offsets, the same with {@code -mul} for seasonal factors; {@code -relative} appended
 * for multiplicative errors ({@code holt-winters-mul-relative} is ETS(M,A,M)).
 */
public final class EtsModel implements ForecastModel {
  /** A model's trend: none, a straight slope, or one that fades by phi per step. */
  public enum Trend {
    NONE("N"), ADDITIVE("A"), DAMPED("Ad");

    private final String code;

    Trend(String code) {
      this.code = code;
    }
  }

  /** A model's season: none, offsets added to the level, or factors multiplied with it. */
  public enum Season {
    NONE("N"), ADDITIVE("A"), MULTIPLICATIVE("M");

    private final String code;

    Season(String code) {
      this.code = code;
    }
  }

  private final Errors errors;
  private final Trend trend;
  private final Season season;
  private final int m;

  /**
   * @param m the season length (>= 2) with a season; ignored without one
   */
  public EtsModel(Errors errors, Trend trend, Season season, int m) {
    if (season != Season.NONE && m < 2) {
      throw new IllegalArgumentException(String.format(
          "Cannot make a seasonal model with season length %d: need >= 2", m));
    }
    this.errors = errors;
    this.trend = trend;
    this.season = season;
    this.m = season == Season.NONE ? 0 : m;
  }

  /** A model without a season. */
  public static EtsModel of(Errors errors, Trend trend) {
    return new EtsModel(errors, trend, Season.NONE, 0);
  }

  /**
   * The models to choose from for a series: every trend, every season when m >= 2, both error
   * forms, except relative errors with seasonal offsets (ETS(M,*,A)): errors that grow with the
   * level beside a swing that does not. AICc chose them on series whose swing grows too
   * (JohnsonJohnson, mdeaths), and the accuracy bench lost 0.03 of mean MASE to them.
   */
  static List<EtsModel> family(int m, boolean positive) {
    List<EtsModel> all = new ArrayList<>();
    for (Errors errors : Errors.values()) {
      if (errors == Errors.MULTIPLICATIVE && !positive) {
        continue;
      }
      for (Season season : Season.values()) {
        boolean seasonAllowed = season == Season.NONE
            || m >= 2 && (season == Season.ADDITIVE ? errors == Errors.ADDITIVE : positive);
        if (!seasonAllowed) {
          continue;
        }
        for (Trend trend : Trend.values()) {
          all.add(new EtsModel(errors, trend, season, m));
        }
      }
    }
    return all;
  }

  /** {@code ETS(M,Ad,M)}: error, trend and season as Hyndman et al. write them. */
  public String code() {
    return "ETS(" + (errors == Errors.ADDITIVE ? "A" : "M") + "," + trend.code + "," + season.code + ")";
  }

  @Override
  public String name() {
    String base = switch (season) {
      case NONE -> switch (trend) {
        case NONE -> "ses";
        case ADDITIVE -> "holt";
        case DAMPED -> "damped";
      };
      case ADDITIVE, MULTIPLICATIVE -> switch (trend) {
        case NONE -> "seasonal";
        case ADDITIVE -> "holt-winters";
        case DAMPED -> "damped-holt-winters";
      };
    };
    return errors.modelName(season == Season.MULTIPLICATIVE ? base + "-mul" : base);
  }

  @Override
  public int parameterCount() {
    return 1 + (trend == Trend.NONE ? 0 : 1) + (trend == Trend.DAMPED ? 1 : 0) + (season == Season.NONE ? 0 : 1);
  }

  /**
   * Without a season: 3 points, 4 with a trend, 5 damped (AICc needs {@code n > k + 1}). With a
   * season, two full seasons to start from and two more points to learn from ({@code 2m + 2}).
   */
  @Override
  public int minLength() {
    if (season != Season.NONE) {
      return 2 * m + 2;
    }
    return parameterCount() + 2;
  }

  @Override
  public Fit fit(double[] y) {
    return EtsFitting.fit(this, y, search(), errors);
  }

  private EtsFitting.Search search() {
    boolean slope = trend != Trend.NONE;
    Box box = new Box();
    box.add(EtsFitting.LOW, EtsFitting.HIGH, 0.5);
    int u = slope ? box.add(EtsFitting.LOW, EtsFitting.HIGH, 0.2) : -1;
    int phi = trend == Trend.DAMPED ? box.add(EtsFitting.PHI_LOW, EtsFitting.PHI_HIGH, 0.9) : -1;
    int v = season != Season.NONE ? box.add(EtsFitting.LOW, EtsFitting.HIGH, 0.2) : -1;
    return new EtsFitting.Search(m, slope, season == Season.MULTIPLICATIVE,
        x -> new Smoothing(x[0], u < 0 ? 0 : x[0] * x[u], v < 0 ? 0 : (1 - x[0]) * x[v], phi < 0 ? 1 : x[phi]),
        box.lower(), box.upper(), box.start());
  }

  /** The search box, one fitted parameter after another: alpha, u, phi, v as the model has them. */
  private static final class Box {
    private final List<double[]> sides = new ArrayList<>();

    /** Adds a parameter in [low, high] starting at {@code start}; returns its index. */
    int add(double low, double high, double start) {
      sides.add(new double[] {low, high, start});
      return sides.size() - 1;
    }

    double[] lower() {
      return sides.stream().mapToDouble(side -> side[0]).toArray();
    }

    double[] upper() {
      return sides.stream().mapToDouble(side -> side[1]).toArray();
    }

    double[] start() {
      return sides.stream().mapToDouble(side -> side[2]).toArray();
    }
  }
}
