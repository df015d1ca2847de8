package dev.scorecard.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * Digests of the parts of a tenant's config each stage depends on. A stage redoes a tenant whole
 * when its digest differs from the one it last ran with, and only then: a new target rescores
 * every period but re-reads no export, a new measure recomputes the KPIs but not silver, and an
 * edited comment changes nothing.
 */
public final class Fingerprints {
  private Fingerprints() {}

  /** What decides how exports are read and validated: the sources and the tenant's locations. */
  public static String ingest(TenantConfig t) {
    return digest(t.tenantId(), t.sources(), locations(t));
  }

  /** What decides the KPI values: sources, measures, KPI definitions, the hierarchy, the fiscal year. */
  public static String kpis(TenantConfig t) {
    String kpis = t.kpis().values().stream().map(k -> String.join("|", k.id(), k.type().id(), k.expr() + "",
        k.numerator() + "", k.denominator() + "", Double.toString(k.scale()), k.against() + "", k.unit() + "",
        k.grains().toString())).collect(Collectors.joining(";"));
    return digest(t.tenantId(), t.sources(), t.measures(), kpis, t.hierarchy().regions(), t.fiscalYearStartMonth());
  }

  /** The whole config but where it was read from. */
  public static String all(TenantConfig t) {
    return digest(t.tenantId(), t.name(), t.fiscalYearStartMonth(), t.currency(), t.strategy(), t.hierarchy(),
        t.sources(), t.measures(), t.perspectives(), t.objectives(), t.kpis(), t.links(), t.targets(), t.forecast());
  }

  /** What decides the alerts besides the data: the whole config with its alert rules, and where alerts go. */
  public static String alerts(TenantConfig t) {
    return digest(all(t), t.alerts());
  }

  private static String locations(TenantConfig t) {
    return t.hierarchy().locations().stream().map(Hierarchy.Location::id).sorted().collect(Collectors.joining(","));
  }

  private static String digest(Object... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Object part : parts) {
        sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
