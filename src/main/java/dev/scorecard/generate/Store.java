package dev.scorecard.generate;

import static dev.scorecard.generate.Decimals.clamp;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One coffee store of a franchise tenant: it turns its month's {@link Drivers} into the rows of
 * a day in all six sources and adds what it wrote to the month's {@link Totals}. The tenant's
 * {@link Trouble} may lower its guests' ratings or what they spend, after the random draws.
 */
final class Store implements Site {
  private static final String[] CHANNELS = {"counter", "app", "delivery"};
  private static final double[] TICKET = {6.10, 6.70, 11.80};
  private static final double[] DISCOUNT = {0.015, 0.07, 0.04};
  /** Orders a day in an average store on an average day. */
  private static final double ORDERS = 380;
  private static final double EUR_PER_KWH = 0.32;
  private static final double EUR_PER_KG_WASTE = 2.5;

  private final StoreProfile profile;
  private final String region;
  private final Trouble trouble;
  private final Draw draw;
  private final Crew crew;
  private Drivers drivers;
  private int members;
  /** 1 as built, 0 with every cause-and-effect link cut. */
  private final double causation;

  Store(StoreProfile profile, String region, Trouble trouble, Draw draw, double causation) {
    this.profile = profile;
    this.causation = causation;
    this.region = region;
    this.trouble = trouble;
    this.draw = draw;
    this.drivers = CausalModel.initial(profile, draw);
    this.members = profile.poolStart();
    this.crew = new Crew(profile.headcount(), draw);
  }

  @Override
  public String id() {
    return profile.id();
  }

  /** Moves to month {@code index}, reacting to what last month's rows showed. */
  @Override
  public void startMonth(int index, Totals lastMonth) {
    Realised realised = Realised.of(lastMonth, drivers);
    drivers = CausalModel.next(profile, drivers, realised, index, draw, causation);
  }

  /** Writes one day's rows; {@code years} since the span's start drives trends. */
  @Override
  public void day(LocalDate date, double years, LandingWriter out, Totals totals, Ids ids) throws IOException {
    double load = Season.coffee(date) * Math.pow(1 + profile.growth(), years) * drivers.demand()
        * profile.regionFactor() * draw.factor(0.07);
    int[] orders = orders(load, years);
    int served = orders[0] + orders[1] + orders[2];
    double overhead = energyAndWaste(date, served, out, totals);
    sales(date, years, orders, overhead, out, totals);
    double onTimeRate = operations(date, load, served, out, totals);
    workforce(date, load, out, totals);
    loyalty(date, load, served, onTimeRate, out, totals, ids);
    surveys(date, load, out, totals, ids);
  }

  private int[] orders(double load, double years) {
    double appShift = Math.min(0.12, 0.03 * years);
    double[] share = {0.62 - appShift, 0.23 + appShift, 0.15};
    int[] orders = new int[CHANNELS.length];
    for (int c = 0; c < CHANNELS.length; c++) {
      orders[c] = draw.poisson(ORDERS * profile.size() * load * share[c]);
    }
    return orders;
  }

  /** Writes the energy and waste reading; returns their cost, which is booked into COGS. */
  private double energyAndWaste(LocalDate date, int served, LandingWriter out, Totals totals) throws IOException {
    BigDecimal kwh = Decimals.of(Math.pow(profile.size(), 0.7) * (70 + 0.22 * served) * drivers.efficiency()
        * Season.heating(date) * draw.factor(0.05), 1);
    BigDecimal waste = Decimals.of((3 + 0.012 * served) * draw.factor(0.15), 1);
    BigDecimal recycled = Decimals.of(waste.doubleValue()
        * clamp(drivers.recycling() + draw.normal(0, 0.05), 0, 1), 1);
    out.row("energy_waste", date, profile.id(), kwh, waste, recycled);
    totals.add("kwh", kwh.doubleValue());
    totals.add("waste_kg", waste.doubleValue());
    totals.add("recycled_kg", recycled.doubleValue());
    return kwh.doubleValue() * EUR_PER_KWH + waste.doubleValue() * EUR_PER_KG_WASTE;
  }

  private void sales(LocalDate date, double years, int[] orders, double overhead, LandingWriter out, Totals totals)
      throws IOException {
    double price = Math.pow(1.03, years) * trouble.salesFactor(region, date);
    double[] net = new double[CHANNELS.length];
    double[] discount = new double[CHANNELS.length];
    double allNet = 0;
    for (int c = 0; c < CHANNELS.length; c++) {
      double gross = orders[c] * TICKET[c] * price * draw.factor(0.02);
      discount[c] = Decimals.of(gross * DISCOUNT[c] * draw.uniform(0.8, 1.2), 2).doubleValue();
      net[c] = Decimals.of(gross - discount[c], 2).doubleValue();
      allNet += net[c];
    }
    for (int c = 0; c < CHANNELS.length; c++) {
      double share = allNet == 0 ? 1.0 / CHANNELS.length : net[c] / allNet;
      BigDecimal cogs = Decimals.of(net[c] * drivers.cogsRatio() * draw.factor(0.01) + overhead * share, 2);
      out.row("pos_daily", date, profile.id(), CHANNELS[c], orders[c], Decimals.of(net[c], 2), cogs,
          Decimals.of(discount[c], 2));
      totals.add("net_sales", net[c]);
      totals.add("cogs", cogs.doubleValue());
      totals.add("orders", orders[c]);
    }
  }

  /** Writes the operations row; returns the day's on-time rate. */
  private double operations(LocalDate date, double load, int served, LandingWriter out, Totals totals)
      throws IOException {
    double downtime = 0;
    for (int i = draw.poisson(drivers.incidentRate()); i > 0; i--) {
      downtime += 10 + draw.exponential(50);
    }
    BigDecimal downtimeMinutes = Decimals.of(downtime, 1);
    double rate = clamp(drivers.onTime() - causation * 0.0012 * downtime - causation * 0.02 * (load - 1) + draw.normal(0, 0.012),
        0.4, 0.995);
    int onTime = draw.binomial(served, rate);
    BigDecimal wait = Decimals.of(served * (2.4 + 21 * (1 - rate)) * draw.factor(0.04), 1);
    out.row("operations", date, profile.id(), served, onTime, wait, downtimeMinutes);
    totals.add("served", served);
    totals.add("on_time", onTime);
    totals.add("wait_total", wait.doubleValue());
    totals.add("downtime", downtimeMinutes.doubleValue());
    totals.add("op_days", 1);
    return rate;
  }

  private void workforce(LocalDate date, double load, LandingWriter out, Totals totals) throws IOException {
    Crew.Shift shift = crew.day(date, drivers.turnover(), drivers.training(), 7.0 * (0.8 + 0.2 * load));
    out.row("workforce", shift.row(date, profile.id()));
    shift.addTo(totals);
  }

  private void loyalty(LocalDate date, double load, int served, double onTimeRate, LandingWriter out,
      Totals totals, Ids ids) throws IOException {
    int visits = draw.poisson(5.2 * Math.sqrt(profile.size()) * Math.pow(load, 0.8));
    for (int i = 0; i < visits; i++) {
      // Regulars (low numbers) visit far more often than the rest of the members.
      String customer = Ids.customer(profile.id(), (int) (members * Math.pow(draw.uniform(), 1.7)));
      out.row("loyalty_events", ids.event(), date, profile.id(), customer, "visit");
      totals.add("visits", 1);
      totals.distinct("members", customer);
    }
    int signups = draw.poisson(0.45 * Math.sqrt(profile.size()));
    for (int i = 0; i < signups; i++) {
      out.row("loyalty_events", ids.event(), date, profile.id(), Ids.customer(profile.id(), members++), "signup");
    }
    double perThousand = 1.1 * (1 + causation * 6 * (1 - onTimeRate))
        * Math.exp(-0.6 * causation * (drivers.satisfaction() - CausalModel.SATISFACTION_MEAN));
    int complaints = draw.poisson(served / 1000.0 * perThousand);
    for (int i = 0; i < complaints; i++) {
      out.row("loyalty_events", ids.event(), date, profile.id(), Ids.customer(profile.id(), draw.index(members)),
          "complaint");
      totals.add("complaints", 1);
    }
  }

  private void surveys(LocalDate date, double load, LandingWriter out, Totals totals, Ids ids) throws IOException {
    int responses = draw.poisson(1.9 * Math.sqrt(load));
    for (int i = 0; i < responses; i++) {
      Survey survey = Survey.draw(drivers.satisfaction() + trouble.ratingShift(profile.id(), date), draw);
      out.row("surveys", ids.survey(), date, profile.id(), survey.nps(), survey.csat());
      survey.addTo(totals);
    }
  }
}
