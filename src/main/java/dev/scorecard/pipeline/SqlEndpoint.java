package dev.scorecard.pipeline;

import dev.scorecard.publish.WarehouseCatalog;
import dev.scorecard.spark.Sessions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connect.service.SparkConnectService;

/**
 * A Spark Connect server over a warehouse, for BI tools, notebooks and the Spark Connect clients
 * (JVM, Python, Go): each client gets a session of its own, with the warehouse's curated tables
 * in catalog {@value WarehouseCatalog#NAME} ({@link WarehouseCatalog}). It listens on the host
 * given, loopback by default: put a proxy with authentication in front of it before opening it
 * to a network, Spark Connect has none of its own.
 */
public final class SqlEndpoint {
  /** What a started server offers: where to connect and the tables there now. */
  public record Started(String url, List<String> tables) {}

  private SqlEndpoint() {}

  public static Started start(String warehouse, String master, String host, int port) {
    Map<String, String> settings = new LinkedHashMap<>(WarehouseCatalog.settings(warehouse));
    settings.put("spark.connect.grpc.binding.address", host);
    settings.put("spark.connect.grpc.binding.port", Integer.toString(port));
    SparkSession spark = Sessions.create(master, "scorecard-serve", settings);
    SparkConnectService.start(spark.sparkContext());
    List<String> tables = Arrays.stream((Row[]) spark.sql("SHOW TABLES IN " + WarehouseCatalog.NAME).collect())
        .map(r -> r.getAs("tableName").toString()).sorted().toList();
    return new Started("sc://" + host + ":" + port, tables);
  }

  /** Stops the server; the JVM's exit does too. */
  public static void stop() {
    SparkConnectService.stop(scala.Option.empty(), scala.Option.empty());
  }
}
