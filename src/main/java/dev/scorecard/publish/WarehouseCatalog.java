package dev.scorecard.publish;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.NoSuchNamespaceException;
import org.apache.spark.sql.catalyst.analysis.NoSuchTableException;
import org.apache.spark.sql.connector.catalog.Identifier;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableCatalog;
import org.apache.spark.sql.connector.catalog.TableChange;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * A warehouse as a Spark SQL catalog: every curated table it holds, by name, read through Delta.
 * Any Spark session with the engine's jar and two settings sees them, with no paths and nothing
 * to register: the catalog is the warehouse folder itself, so a table the pipeline creates later
 * is there at the next query.
 *
 * <pre>
 * spark.sql.catalog.scorecard            dev.scorecard.publish.WarehouseCatalog
 * spark.sql.catalog.scorecard.warehouse  /data/scorecard/warehouse
 *
 * SELECT * FROM scorecard.kpi_scores      -- or USE scorecard; SELECT * FROM kpi_scores
 * </pre>
 *
 * <p>Read-only: only the pipeline writes the curated tables. The tables are Delta's own (loaded
 * through the session catalog as {@code delta.`path`}), so time travel and {@code DESCRIBE
 * HISTORY} work as on a path.
 */
public final class WarehouseCatalog implements TableCatalog {
  /** The catalog name the engine registers ({@code scorecard serve}, {@code scorecard sql}). */
  public static final String NAME = "scorecard";
  static final String WAREHOUSE_OPTION = "warehouse";

  private String name;
  private String root;

  /** The two settings that make a session see this warehouse as catalog {@link #NAME}. */
  public static java.util.Map<String, String> settings(String warehouse) {
    return java.util.Map.of("spark.sql.catalog." + NAME, WarehouseCatalog.class.getName(),
        "spark.sql.catalog." + NAME + "." + WAREHOUSE_OPTION, warehouse);
  }

  @Override
  public void initialize(String name, CaseInsensitiveStringMap options) {
    this.name = name;
    this.root = options.get(WAREHOUSE_OPTION);
    if (root == null || root.isBlank()) {
      throw new IllegalArgumentException("spark.sql.catalog." + name + "." + WAREHOUSE_OPTION + " is not set: give the"
          + " warehouse folder, e.g. --conf spark.sql.catalog." + name + "." + WAREHOUSE_OPTION + "=/data/scorecard/warehouse");
    }
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * The warehouse the session's setting names now: read at each lookup, so a session that points
   * the catalog at another warehouse (a test, a notebook) is not served the first one's tables.
   */
  private Warehouse warehouse() {
    SparkSession spark = SparkSession.active();
    return new Warehouse(spark, spark.conf().get("spark.sql.catalog." + name + "." + WAREHOUSE_OPTION, root));
  }

  @Override
  public Identifier[] listTables(String[] namespace) throws NoSuchNamespaceException {
    if (namespace.length > 0) {
      throw new NoSuchNamespaceException(namespace);
    }
    Warehouse warehouse = warehouse();
    List<Identifier> tables = new ArrayList<>();
    for (CuratedTables table : CuratedTables.values()) {
      if (warehouse.exists(table)) {
        tables.add(Identifier.of(new String[0], table.tableName()));
      }
    }
    return tables.toArray(Identifier[]::new);
  }

  @Override
  public Table loadTable(Identifier ident) throws NoSuchTableException {
    CuratedTables table = ident.namespace().length == 0 ? curated(ident.name()) : null;
    Warehouse warehouse = warehouse();
    if (table == null || !warehouse.exists(table)) {
      throw new NoSuchTableException(ident);
    }
    TableCatalog delta = (TableCatalog) org.apache.spark.sql.classic.SparkSession.active().sessionState()
        .catalogManager().v2SessionCatalog();
    return delta.loadTable(Identifier.of(new String[] {"delta"}, warehouse.curatedPath(table)));
  }

  private static CuratedTables curated(String tableName) {
    for (CuratedTables table : CuratedTables.values()) {
      if (table.tableName().equalsIgnoreCase(tableName)) {
        return table;
      }
    }
    return null;
  }

  @Override
  public Table alterTable(Identifier ident, TableChange... changes) {
    throw readOnly();
  }

  @Override
  public boolean dropTable(Identifier ident) {
    throw readOnly();
  }

  @Override
  public void renameTable(Identifier oldIdent, Identifier newIdent) {
    throw readOnly();
  }

  private UnsupportedOperationException readOnly() {
    return new UnsupportedOperationException("Catalog " + name + " is read-only: the scorecard pipeline writes its"
        + " tables");
  }
}
