package dev.scorecard.generate;

/**
 * Running ids of one tenant's rows (events, surveys, orders), numbered in the order rows are
 * written, so they are unique per tenant and reproducible.
 */
final class Ids {
  private long events;
  private long surveys;
  private long orders;

  String event() {
    return "e" + pad(++events);
  }

  String survey() {
    return "s" + pad(++surveys);
  }

  String order() {
    return "o" + pad(++orders);
  }

  /** A loyalty or shop customer: the site prefix and the customer's number there. */
  static String customer(String site, int number) {
    String digits = Integer.toString(number);
    return site + "-c" + "00000".substring(Math.min(5, digits.length())) + digits;
  }

  private static String pad(long number) {
    String digits = Long.toString(number);
    return "00000000".substring(Math.min(8, digits.length())) + digits;
  }
}
