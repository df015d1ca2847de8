package dev.scorecard.spark;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import scala.jdk.javaapi.CollectionConverters;

/** Small conversions the Java API of Spark asks for again and again. */
public final class Columns {
  private Columns() {}

  public static Column[] of(String... names) {
    return Arrays.stream(names).map(functions::col).toArray(Column[]::new);
  }

  /** Column names as the Scala sequence that {@code Dataset.join(other, usingColumns, type)} takes. */
  public static scala.collection.immutable.Seq<String> seq(String... names) {
    return CollectionConverters.asScala(List.of(names)).toList();
  }
}
