package dev.scorecard.publish;

import dev.scorecard.config.PeriodSet;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The rows one write replaces, per tenant: all of a tenant's rows, those of some periods, or those
 * of some files. A write replaces exactly its scope in one Delta commit and leaves every other row
 * (other tenants, other periods) as it was.
 */
public final class Scope {
  private final Map<String, String> byTenant = new TreeMap<>();

  /** Every row of each of these tenants. */
  public static Scope tenants(Collection<String> tenantIds) {
    Scope scope = new Scope();
    tenantIds.forEach(scope::all);
    return scope;
  }

  /** Every row of this tenant. */
  public Scope all(String tenantId) {
    byTenant.put(tenantId, "TRUE");
    return this;
  }

  /** This tenant's rows of these periods. */
  public Scope periods(String tenantId, PeriodSet periods) {
    byTenant.put(tenantId, periods.predicate());
    return this;
  }

  /** This tenant's rows whose {@code column} names one of {@code files}. */
  public Scope files(String tenantId, String column, Collection<String> files) {
    return in(tenantId, column, files);
  }

  /** This tenant's rows whose {@code column} holds one of {@code values}. */
  public Scope in(String tenantId, String column, Collection<String> values) {
    return where(tenantId, values.isEmpty() ? "FALSE"
        : "`" + column + "` IN (" + values.stream().map(Sql::literal).collect(Collectors.joining(", ")) + ")");
  }

  /** This tenant's rows of one source's files, in a table with {@code source} and {@code file} columns. */
  public Scope sourceFiles(String tenantId, Map<String, ? extends Collection<String>> filesBySource) {
    String terms = filesBySource.entrySet().stream().filter(e -> !e.getValue().isEmpty())
        .map(e -> "(source = " + Sql.literal(e.getKey()) + " AND file IN ("
            + e.getValue().stream().map(Sql::literal).collect(Collectors.joining(", ")) + "))")
        .collect(Collectors.joining(" OR "));
    return where(tenantId, terms.isEmpty() ? "FALSE" : terms);
  }

  /** This tenant's rows for which the Spark SQL {@code predicate} holds. */
  public Scope where(String tenantId, String predicate) {
    byTenant.put(tenantId, predicate);
    return this;
  }

  public boolean isEmpty() {
    return byTenant.isEmpty();
  }

  public Set<String> tenants() {
    return byTenant.keySet();
  }

  /** A Spark SQL condition that holds for exactly the rows in scope. */
  public String predicate() {
    return predicate("tenant_id");
  }

  /** The condition with the tenant column named {@code tenantColumn} (such as {@code t.tenant_id}). */
  String predicate(String tenantColumn) {
    if (byTenant.isEmpty()) {
      return "FALSE";
    }
    if (byTenant.values().stream().allMatch("TRUE"::equals)) {
      return tenantColumn + " IN (" + byTenant.keySet().stream().map(Sql::literal).collect(Collectors.joining(", ")) + ")";
    }
    return byTenant.entrySet().stream()
        .map(e -> "(" + tenantColumn + " = " + Sql.literal(e.getKey())
            + (e.getValue().equals("TRUE") ? "" : " AND (" + e.getValue() + ")") + ")")
        .collect(Collectors.joining(" OR "));
  }
}
