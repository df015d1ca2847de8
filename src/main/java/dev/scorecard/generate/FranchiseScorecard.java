package dev.scorecard.generate;

import static dev.scorecard.generate.KpiRecipe.ratio;
import static dev.scorecard.generate.KpiRecipe.simple;
import static dev.scorecard.generate.KpiRecipe.yearOnYear;

import dev.scorecard.config.Grain;
import dev.scorecard.config.LinkSpec;
import dev.scorecard.config.ObjectiveSpec;
import dev.scorecard.config.Strategy;
import java.util.List;

/** The coffee franchise's strategy and scorecard: five perspectives, ten objectives, 14 KPIs. */
final class FranchiseScorecard {
  private FranchiseScorecard() {}

  static Strategy strategy() {
    return new Strategy("Great coffee, served fast, by people who love it.",
        "The neighbourhood coffee house of choice in 30 cities by 2028.",
        List.of("customer_intimacy", "operational_excellence", "sustainable_growth"));
  }

  static Scorecard scorecard() {
    return new Scorecard(Perspectives.standard(), objectives(), kpis(), links());
  }

  private static List<ObjectiveSpec> objectives() {
    return List.of(
        new ObjectiveSpec("grow_revenue", "Grow revenue", "financial", "sustainable_growth", 2,
            "Grow like-for-like sales ahead of inflation."),
        new ObjectiveSpec("improve_margin", "Improve gross margin", "financial", "operational_excellence", 1,
            "Keep ingredients, energy and spoilage below a third of sales."),
        new ObjectiveSpec("delight_customers", "Delight customers", "customer", "customer_intimacy", 2,
            "Guests recommend us and rate their visit highly."),
        new ObjectiveSpec("build_loyalty", "Build loyalty", "customer", "customer_intimacy", 1,
            "More members come back, fewer guests complain."),
        new ObjectiveSpec("serve_fast", "Serve fast", "internal_process", "operational_excellence", 2,
            "Orders leave the counter within the promised time."),
        new ObjectiveSpec("reliable_equipment", "Keep equipment running", "internal_process", "operational_excellence", 1,
            "Espresso machines and ovens stay up through service."),
        new ObjectiveSpec("develop_skills", "Develop skills", "learning_growth", "operational_excellence", 1,
            "Every barista trains regularly on recipes and service."),
        new ObjectiveSpec("retain_staff", "Retain staff", "learning_growth", "customer_intimacy", 1,
            "Teams stay together long enough to know their regulars."),
        new ObjectiveSpec("cut_energy", "Cut energy use", "sustainability", "sustainable_growth", 1,
            "Less electricity and gas per euro sold."),
        new ObjectiveSpec("reduce_waste", "Recycle more waste", "sustainability", "sustainable_growth", 1,
            "Grounds, milk cartons and cups are separated and recycled."));
  }

  private static List<KpiRecipe> kpis() {
    return List.of(
        simple("net_sales", "Net sales", "grow_revenue", "net_sales", "EUR",
            "Net sales after discounts, before tax.").weight(2),
        yearOnYear("sales_growth_yoy", "Net sales growth vs last year", "grow_revenue", "net_sales",
            "Net sales against the same period a year before."),
        ratio("gross_margin", "Gross margin", "improve_margin", "net_sales - cogs", "net_sales", 100, "%",
            "Net sales less ingredients, energy and spoilage, as a share of net sales."),
        ratio("nps", "Net promoter score", "delight_customers", "promoters - detractors", "responses", 100, "pts",
            "Share of promoters (9-10) minus share of detractors (0-6) among survey answers.").weight(2),
        ratio("csat", "Customer satisfaction", "delight_customers", "csat_sum", "responses", 1, "1-5",
            "Mean satisfaction rating of survey answers."),
        simple("active_members", "Active loyalty members", "build_loyalty", "members", "count",
            "Distinct loyalty members with at least one visit in the period."),
        ratio("complaints_per_1k", "Complaints per 1,000 orders", "build_loyalty", "complaints", "orders", 1000,
            "per 1k orders", "Complaints logged in the loyalty app per thousand orders.").minimise(),
        ratio("on_time_rate", "Orders on time", "serve_fast", "on_time", "served", 100, "%",
            "Share of orders handed over within the promised time.").weight(2),
        ratio("avg_wait_min", "Average wait", "serve_fast", "wait_total", "served", 1, "minutes",
            "Minutes from order to hand-over, averaged over orders.").minimise(),
        ratio("downtime_per_day", "Downtime per day", "reliable_equipment", "downtime", "op_days", 1, "minutes",
            "Minutes of equipment downtime per trading day.").minimise(),
        ratio("training_pct", "Training share of hours", "develop_skills", "training_hours", "hours_worked", 100, "%",
            "Hours spent in training as a share of all hours worked."),
        ratio("staff_turnover", "Staff turnover", "retain_staff", "leavers", "headcount_days", 36500, "% p.a.",
            "Leavers per average head, annualised.").minimise().calibrateOn(Grain.YEAR),
        ratio("kwh_per_1k_sales", "Energy per 1,000 EUR sales", "cut_energy", "kwh", "net_sales", 1000,
            "kWh per 1k EUR", "Electricity and gas used per thousand euros of net sales.").minimise(),
        ratio("recycling_rate", "Recycling rate", "reduce_waste", "recycled_kg", "waste_kg", 100, "%",
            "Share of waste by weight that is recycled."));
  }

  private static List<LinkSpec> links() {
    return List.of(
        new LinkSpec("develop_skills", "serve_fast"),
        new LinkSpec("retain_staff", "serve_fast"),
        new LinkSpec("reliable_equipment", "serve_fast"),
        new LinkSpec("serve_fast", "delight_customers"),
        new LinkSpec("delight_customers", "build_loyalty"),
        new LinkSpec("delight_customers", "grow_revenue"),
        new LinkSpec("build_loyalty", "grow_revenue"),
        new LinkSpec("cut_energy", "improve_margin"));
  }
}
