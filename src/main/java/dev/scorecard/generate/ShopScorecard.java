package dev.scorecard.generate;

import static dev.scorecard.generate.KpiRecipe.ratio;
import static dev.scorecard.generate.KpiRecipe.simple;
import static dev.scorecard.generate.KpiRecipe.yearOnYear;

import dev.scorecard.config.Grain;
import dev.scorecard.config.LinkSpec;
import dev.scorecard.config.ObjectiveSpec;
import dev.scorecard.config.Strategy;
import java.util.List;

/** The online shop's strategy and scorecard: five perspectives, ten objectives, 14 KPIs. */
final class ShopScorecard {
  private ShopScorecard() {}

  static Strategy strategy() {
    return new Strategy("Scandinavian homeware, delivered when we promise.",
        "The online shop Nordic-design fans recommend first, profitable at every order.",
        List.of("customer_intimacy", "operational_excellence", "sustainable_growth"));
  }

  static Scorecard scorecard() {
    return new Scorecard(Perspectives.standard(), objectives(), kpis(), links());
  }

  private static List<ObjectiveSpec> objectives() {
    return List.of(
        new ObjectiveSpec("grow_revenue", "Grow revenue", "financial", "sustainable_growth", 2,
            "Grow online revenue by double digits a year."),
        new ObjectiveSpec("improve_margin", "Improve contribution margin", "financial", "operational_excellence", 1,
            "Keep product and shipping cost under control."),
        new ObjectiveSpec("delight_customers", "Delight customers", "customer", "customer_intimacy", 2,
            "Customers recommend us after delivery."),
        new ObjectiveSpec("retain_customers", "Retain customers", "customer", "customer_intimacy", 1,
            "Customers come back and buy again."),
        new ObjectiveSpec("convert_visitors", "Convert visitors", "internal_process", "operational_excellence", 1,
            "More sessions end in an order, fewer bounce."),
        new ObjectiveSpec("deliver_on_time", "Deliver on time", "internal_process", "operational_excellence", 2,
            "Parcels arrive by the promised date."),
        new ObjectiveSpec("develop_skills", "Develop skills", "learning_growth", "operational_excellence", 1,
            "The warehouse and service team train regularly."),
        new ObjectiveSpec("retain_staff", "Retain staff", "learning_growth", "operational_excellence", 1,
            "Experienced pickers and packers stay."),
        new ObjectiveSpec("cut_energy", "Cut energy use", "sustainability", "sustainable_growth", 1,
            "Less warehouse energy per order."),
        new ObjectiveSpec("reduce_waste", "Recycle packaging", "sustainability", "sustainable_growth", 1,
            "Packaging waste is recycled."));
  }

  private static List<KpiRecipe> kpis() {
    return List.of(
        simple("revenue", "Revenue", "grow_revenue", "revenue", "EUR", "Net order value, before tax.").weight(2),
        yearOnYear("revenue_growth_yoy", "Revenue growth vs last year", "grow_revenue", "revenue",
            "Revenue against the same period a year before."),
        ratio("contribution_margin", "Contribution margin", "improve_margin", "revenue - cogs - shipping",
            "revenue", 100, "%", "Revenue less product cost and shipping, as a share of revenue."),
        ratio("nps", "Net promoter score", "delight_customers", "promoters - detractors", "responses", 100, "pts",
            "Share of promoters (9-10) minus share of detractors (0-6) among survey answers.").weight(2),
        ratio("csat", "Customer satisfaction", "delight_customers", "csat_sum", "responses", 1, "1-5",
            "Mean satisfaction rating of survey answers."),
        simple("active_customers", "Active customers", "retain_customers", "customers", "count",
            "Distinct customers with at least one order in the period."),
        ratio("orders_per_customer", "Orders per customer", "retain_customers", "order_count", "customers", 1,
            "orders", "Orders divided by distinct customers: above 1 means repeat buying."),
        ratio("conversion_rate", "Conversion rate", "convert_visitors", "order_count", "sessions", 100, "%",
            "Orders per web session."),
        ratio("bounce_rate", "Bounce rate", "convert_visitors", "bounces", "sessions", 100, "%",
            "Sessions that left after one page.").minimise(),
        ratio("on_time_delivery", "On-time delivery", "deliver_on_time", "on_time_orders", "order_count", 100, "%",
            "Orders delivered by the promised date.").weight(2),
        ratio("training_pct", "Training share of hours", "develop_skills", "training_hours", "hours_worked", 100, "%",
            "Hours spent in training as a share of all hours worked."),
        ratio("staff_turnover", "Staff turnover", "retain_staff", "leavers", "headcount_days", 36500, "% p.a.",
            "Leavers per average head, annualised.").minimise().calibrateOn(Grain.YEAR),
        ratio("kwh_per_order", "Energy per order", "cut_energy", "kwh", "order_count", 1, "kWh",
            "Warehouse electricity and heating per order shipped.").minimise(),
        ratio("recycling_rate", "Recycling rate", "reduce_waste", "recycled_kg", "waste_kg", 100, "%",
            "Share of packaging waste by weight that is recycled."));
  }

  private static List<LinkSpec> links() {
    return List.of(
        new LinkSpec("develop_skills", "deliver_on_time"),
        new LinkSpec("retain_staff", "deliver_on_time"),
        new LinkSpec("deliver_on_time", "delight_customers"),
        new LinkSpec("delight_customers", "retain_customers"),
        new LinkSpec("convert_visitors", "grow_revenue"),
        new LinkSpec("retain_customers", "grow_revenue"),
        new LinkSpec("cut_energy", "improve_margin"),
        new LinkSpec("reduce_waste", "improve_margin"));
  }
}
