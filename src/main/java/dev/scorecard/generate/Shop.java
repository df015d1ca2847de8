package dev.scorecard.generate;

import static dev.scorecard.generate.Decimals.clamp;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A single-site online shop. Its chain mirrors the coffee stores': last month's training and
 * leavers move this month's on-time delivery, last month's on-time delivery moves satisfaction,
 * and the two months before's satisfaction move traffic and repeat buying.
 */
final class Shop implements Site {
  private static final double SESSIONS = 2400;
  private static final double SATISFACTION_MEAN = 8.0;

  private final String id;
  private final Draw draw;
  private final Crew crew;
  private double training = 2.5;
  private double turnover = 0.35;
  private double onTime = 0.925;
  private double satisfaction = SATISFACTION_MEAN;
  private double satisfactionBefore = SATISFACTION_MEAN;
  private double bounce = 0.44;
  private double efficiency = 1.0;
  private double recycling = 0.74;
  private int customers = 1500;

  Shop(String id, Draw draw) {
    this.id = id;
    this.draw = draw;
    this.crew = new Crew(14, draw);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public void startMonth(int index, Totals last) {
    boolean seen = last != null && last.value("hours_worked") > 0 && last.value("order_count") > 0;
    double trainingPct = seen ? 100 * last.value("training_hours") / last.value("hours_worked") : training;
    double leaversPerHead = seen ? last.value("leavers") * last.value("work_days") / last.value("headcount_days")
        : turnover / 12;
    double lastOnTime = seen ? last.value("on_time_orders") / last.value("order_count") : onTime;
    training = clamp(2.5 + 0.7 * (training - 2.5) + draw.normal(0, 0.7), 0.2, 8);
    turnover = clamp(0.35 + 0.5 * (turnover - 0.35) + draw.normal(0, 0.08), 0.05, 1.2);
    onTime = clamp(0.925 + 0.014 * (trainingPct - 2.5) - 0.25 * leaversPerHead + draw.normal(0, 0.006), 0.7, 0.99);
    satisfactionBefore = satisfaction;
    satisfaction = clamp(SATISFACTION_MEAN + 0.09 * (100 * lastOnTime - 92) + draw.normal(0, 0.07), 5.5, 9.8);
    bounce = clamp(0.7 * bounce + 0.3 * (0.44 - 0.012 * index / 12.0) + draw.normal(0, 0.008), 0.25, 0.65);
    efficiency = clamp(0.8 * efficiency + 0.2 * (1 - 0.02 * index / 12.0) + draw.normal(0, 0.03), 0.7, 1.3);
    recycling = clamp(0.7 * recycling + 0.3 * (0.74 + 0.03 * index / 12.0) + draw.normal(0, 0.02), 0.4, 0.97);
  }

  @Override
  public void day(LocalDate date, double years, LandingWriter out, Totals totals, Ids ids) throws IOException {
    double wordOfMouth = Math.exp(0.3 * ((satisfaction + satisfactionBefore) / 2 - SATISFACTION_MEAN));
    double load = Season.shop(date) * Math.pow(1.12, years) * wordOfMouth * draw.factor(0.08);
    int sessions = draw.poisson(SESSIONS * load);
    int bounces = draw.binomial(sessions, bounce);
    int carts = draw.poisson((sessions - bounces) * 0.11);
    int orders = draw.binomial(carts, clamp(0.33 * (1 + 0.3 * (satisfaction - SATISFACTION_MEAN)), 0.1, 0.6));
    out.row("web_analytics", date, sessions, draw.binomial(sessions, 0.78), carts, orders, bounces);
    totals.add("sessions", sessions);
    totals.add("bounces", bounces);
    totals.add("add_to_carts", carts);
    // Peak days stretch the warehouse: on-time delivery drops when volume is far above normal.
    double onTimeToday = clamp(onTime - 0.05 * Math.max(0, load - 1.2) + draw.normal(0, 0.01), 0.5, 0.995);
    for (int i = 0; i < orders; i++) {
      order(date, onTimeToday, out, totals, ids);
    }
    for (int i = draw.poisson(orders * 0.06); i > 0; i--) {
      Survey survey = Survey.draw(satisfaction, draw);
      out.row("surveys", ids.survey(), date, survey.nps(), survey.csat());
      survey.addTo(totals);
    }
    Crew.Shift shift = crew.day(date, turnover, training, 7.6);
    out.row("workforce", shift.row(date));
    shift.addTo(totals);
    energyAndWaste(date, orders, out, totals);
  }

  private void order(LocalDate date, double onTimeRate, LandingWriter out, Totals totals, Ids ids)
      throws IOException {
    boolean repeat = draw.chance(clamp(0.32 + 0.12 * (satisfaction - SATISFACTION_MEAN), 0.1, 0.6));
    int number = repeat ? (int) (customers * Math.pow(draw.uniform(), 2.0)) : customers++;
    String customer = Ids.customer("web", number);
    BigDecimal net = Decimals.of(Math.max(4.9, 58 * draw.factor(0.45)), 2);
    BigDecimal cogs = Decimals.of(net.doubleValue() * draw.uniform(0.42, 0.5), 2);
    BigDecimal shipping = Decimals.of(draw.uniform(4.2, 6.9), 2);
    boolean onTime = draw.chance(onTimeRate);
    out.row("orders", ids.order(), date, customer, net, cogs, shipping, onTime);
    totals.add("revenue", net.doubleValue());
    totals.add("cogs", cogs.doubleValue());
    totals.add("shipping", shipping.doubleValue());
    totals.add("order_count", 1);
    totals.add("on_time_orders", onTime ? 1 : 0);
    totals.distinct("customers", customer);
  }

  private void energyAndWaste(LocalDate date, int orders, LandingWriter out, Totals totals) throws IOException {
    BigDecimal kwh = Decimals.of((260 + 1.1 * orders) * efficiency * Season.heating(date) * draw.factor(0.05), 1);
    BigDecimal waste = Decimals.of(0.32 * orders * draw.factor(0.1) + 2, 1);
    BigDecimal recycled = Decimals.of(waste.doubleValue() * clamp(recycling + draw.normal(0, 0.04), 0, 1), 1);
    out.row("energy_waste", date, kwh, waste, recycled);
    totals.add("kwh", kwh.doubleValue());
    totals.add("waste_kg", waste.doubleValue());
    totals.add("recycled_kg", recycled.doubleValue());
  }
}
