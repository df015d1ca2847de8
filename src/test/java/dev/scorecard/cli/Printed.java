package dev.scorecard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A command run in this JVM and what it printed, read from its own writers rather than from
 * {@code System.out}, so that test classes running side by side never see each other's lines.
 */
record Printed(int code, String out, String err) {
  static Printed run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Printed(code, out.toString(), err.toString());
  }
}
