package dev.scorecard.generate;

import static dev.scorecard.config.SourceFormat.CSV;
import static dev.scorecard.config.SourceFormat.JSONL;
import static dev.scorecard.generate.Measures.count;
import static dev.scorecard.generate.Measures.distinct;
import static dev.scorecard.generate.Measures.sum;

import dev.scorecard.config.MeasureSpec;
import java.util.List;

/** The six exports of a coffee franchise and the measures the scorecard takes from them. */
final class FranchiseSources {
  private FranchiseSources() {}

  static List<Export> sources() {
    return List.of(
        Export.of("pos_daily", "Till Z-report: one row per store, day and sales channel.", CSV, true,
            "business_date date, location_id string, channel string, orders int, net_sales double, cogs double,"
                + " discounts double",
            "business_date, location_id, channel", "location_id"),
        Export.of("loyalty_events", "Loyalty app events: member visits, sign-ups and complaints.", CSV, true,
            "event_id string, event_date date, location_id string, customer_id string, event_type string",
            "event_id", "location_id"),
        Export.of("surveys", "Post-visit survey answers (NPS 0-10, CSAT 1-5).", JSONL, true,
            "survey_id string, submitted_on date, location_id string, nps int, csat int",
            "survey_id", "location_id"),
        Export.of("operations", "Kitchen display system: orders served, on time, waiting and machine downtime.",
            CSV, false,
            "date date, location_id string, orders_served int, orders_on_time int, wait_minutes_total double,"
                + " downtime_minutes double",
            "date, location_id", "location_id"),
        Export.of("workforce", "Rota and HR: staff on the books, hours, training hours and leavers per day.",
            CSV, true,
            "date date, location_id string, headcount int, hours_worked double, training_hours double, leavers int",
            "date, location_id", "location_id"),
        Export.of("energy_waste", "Smart meter and waste contractor readings per day.", CSV, true,
            "reading_date date, location_id string, kwh double, waste_kg double, recycled_kg double",
            "reading_date, location_id", "location_id"));
  }

  static List<MeasureSpec> measures() {
    return List.of(
        sum("net_sales", "pos_daily", "net_sales"),
        sum("cogs", "pos_daily", "cogs"),
        sum("orders", "pos_daily", "orders"),
        count("visits", "loyalty_events", "event_type = 'visit'"),
        distinct("members", "loyalty_events", "customer_id", "event_type = 'visit'"),
        count("complaints", "loyalty_events", "event_type = 'complaint'"),
        count("responses", "surveys", null),
        count("promoters", "surveys", "nps >= 9"),
        count("detractors", "surveys", "nps <= 6"),
        sum("csat_sum", "surveys", "csat"),
        sum("served", "operations", "orders_served"),
        sum("on_time", "operations", "orders_on_time"),
        sum("wait_total", "operations", "wait_minutes_total"),
        sum("downtime", "operations", "downtime_minutes"),
        count("op_days", "operations", null),
        sum("hours_worked", "workforce", "hours_worked"),
        sum("training_hours", "workforce", "training_hours"),
        sum("leavers", "workforce", "leavers"),
        sum("headcount_days", "workforce", "headcount"),
        sum("kwh", "energy_waste", "kwh"),
        sum("waste_kg", "energy_waste", "waste_kg"),
        sum("recycled_kg", "energy_waste", "recycled_kg"));
  }
}
