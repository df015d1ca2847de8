package dev.scorecard.generate;

import static dev.scorecard.config.SourceFormat.CSV;
import static dev.scorecard.config.SourceFormat.JSONL;
import static dev.scorecard.generate.Measures.count;
import static dev.scorecard.generate.Measures.distinct;
import static dev.scorecard.generate.Measures.sum;

import dev.scorecard.config.MeasureSpec;
import java.util.List;

/**
 * The exports of a single-site online shop. None has a location column: every row belongs to
 * the one location, which the YAML names with {@code location:}.
 */
final class ShopSources {
  private ShopSources() {}

  static List<Export> sources(String site) {
    return List.of(
        Export.of("web_analytics", "Daily web analytics totals.", CSV, false,
            "date date, sessions int, users int, add_to_carts int, orders int, bounces int", "date", site),
        Export.of("orders", "Shop orders with their delivery outcome.", CSV, true,
            "order_id string, order_date date, customer_id string, net_amount double, cogs double,"
                + " shipping_cost double, delivered_on_time boolean",
            "order_id", site),
        Export.of("surveys", "Post-delivery survey answers (NPS 0-10, CSAT 1-5).", JSONL, false,
            "survey_id string, submitted_on date, nps int, csat int", "survey_id", site),
        Export.of("workforce", "Warehouse and service team: headcount, hours, training, leavers per day.",
            CSV, false, "date date, headcount int, hours_worked double, training_hours double, leavers int", "date",
            site),
        Export.of("energy_waste", "Warehouse meter and packaging waste readings per day.", CSV, false,
            "reading_date date, kwh double, waste_kg double, recycled_kg double", "reading_date", site));
  }

  static List<MeasureSpec> measures() {
    return List.of(
        sum("revenue", "orders", "net_amount"),
        sum("cogs", "orders", "cogs"),
        sum("shipping", "orders", "shipping_cost"),
        count("order_count", "orders", null),
        count("on_time_orders", "orders", "delivered_on_time"),
        distinct("customers", "orders", "customer_id", null),
        sum("sessions", "web_analytics", "sessions"),
        sum("bounces", "web_analytics", "bounces"),
        sum("add_to_carts", "web_analytics", "add_to_carts"),
        count("responses", "surveys", null),
        count("promoters", "surveys", "nps >= 9"),
        count("detractors", "surveys", "nps <= 6"),
        sum("csat_sum", "surveys", "csat"),
        sum("hours_worked", "workforce", "hours_worked"),
        sum("training_hours", "workforce", "training_hours"),
        sum("leavers", "workforce", "leavers"),
        sum("headcount_days", "workforce", "headcount"),
        sum("kwh", "energy_waste", "kwh"),
        sum("waste_kg", "energy_waste", "waste_kg"),
        sum("recycled_kg", "energy_waste", "recycled_kg"));
  }
}
