package dev.scorecard.cli;

import dev.scorecard.publish.Warehouse;
import dev.scorecard.publish.WarehouseCatalog;
import dev.scorecard.spark.Sessions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs Spark SQL over the curated tables, each registered under its table name and in catalog
 * {@code scorecard} ({@link WarehouseCatalog}): one query given as an argument or a file, or a
 * prompt reading queries ended by {@code ;}.
 */
@Command(name = "sql", description = "Runs Spark SQL with every curated table registered by name.")
final class SqlCommand implements Callable<Integer> {
  enum Format { table, csv, jsonl }

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The query; none for a prompt.")
  String query;

  @Option(names = {"-f", "--file"}, description = "Read the query from this file.")
  Path file;

  @Option(names = "--format", defaultValue = "table", description = "table, csv or jsonl. Default: ${DEFAULT-VALUE}")
  Format format;

  @Option(names = "--warehouse", defaultValue = "warehouse", description = "Delta warehouse root. Default: ${DEFAULT-VALUE}")
  String warehouse;

  @Option(names = "--master", defaultValue = "local[*]", description = "Spark master. Default: ${DEFAULT-VALUE}")
  String master;

  @Option(names = "--limit", defaultValue = "1000", description = "At most this many rows in table format. Default: ${DEFAULT-VALUE}")
  int limit;

  @Override
  public Integer call() throws IOException {
    String text = file != null ? Files.readString(file) : query;
    SparkSession spark = Sessions.create(master, "scorecard-sql", WarehouseCatalog.settings(warehouse));
    List<String> views = new Warehouse(spark, warehouse).registerViews();
    if (views.isEmpty()) {
      System.err.println("No curated tables under " + warehouse + "/curated yet: run `scorecard run` first, or pass"
          + " --warehouse.");
    }
    if (text != null) {
      print(spark.sql(text), System.out);
      return ExitCodes.OK;
    }
    return prompt(spark, views);
  }

  private int prompt(SparkSession spark, List<String> views) throws IOException {
    System.err.println("Tables: " + String.join(", ", views) + ". End a query with ';', quit with Ctrl-D.");
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    StringBuilder buffer = new StringBuilder();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      buffer.append(line).append('\n');
      if (line.strip().endsWith(";")) {
        String statement = buffer.toString().strip();
        buffer.setLength(0);
        try {
          print(spark.sql(statement.substring(0, statement.length() - 1)), System.out);
        } catch (RuntimeException e) {
          System.err.println("error: " + e.getMessage().lines().findFirst().orElse(""));
        }
      }
    }
    return ExitCodes.OK;
  }

  private void print(Dataset<Row> result, PrintStream out) throws IOException {
    switch (format) {
      case table -> result.show(limit, false);
      case jsonl -> result.toJSON().toLocalIterator().forEachRemaining(out::println);
      case csv -> {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(result.columns()).get());
        for (java.util.Iterator<Row> it = result.toLocalIterator(); it.hasNext(); ) {
          Row row = it.next();
          Object[] values = new Object[row.size()];
          for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
          }
          printer.printRecord(values);
        }
        printer.flush();
      }
    }
  }
}
