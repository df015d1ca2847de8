package dev.scorecard.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.testing.TenantFixture;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which config edits make which stages redo a tenant: each stage's fingerprint moves only with what it reads. */
class FingerprintsTest {
  @TempDir Path conf;

  private TenantConfig tiny(String from, String to) {
    String yaml = TenantFixture.resource("/tiny/tiny.yaml");
    assertThat(yaml).contains(from);
    return TenantFixture.load(conf, "tiny", yaml.replace(from, to));
  }

  @Test
  void aCommentChangesNothing() {
    TenantConfig before = tiny("# A tiny tenant", "# A tiny tenant");
    TenantConfig after = tiny("# A tiny tenant", "# An edited comment on a tiny tenant");
    assertThat(Fingerprints.all(after)).isEqualTo(Fingerprints.all(before));
  }

  @Test
  void aTargetRescoresButNeitherRereadsNorRecomputesKpis() {
    TenantConfig before = tiny("target: 4 }", "target: 4 }");
    TenantConfig after = tiny("target: 4 }", "target: 5 }");
    assertThat(Fingerprints.all(after)).isNotEqualTo(Fingerprints.all(before));
    assertThat(Fingerprints.kpis(after)).isEqualTo(Fingerprints.kpis(before));
    assertThat(Fingerprints.ingest(after)).isEqualTo(Fingerprints.ingest(before));
  }

  @Test
  void aMeasureRecomputesKpisButRereadsNoFile() {
    TenantConfig before = tiny("filter: \"revenue >= 200\"", "filter: \"revenue >= 200\"");
    TenantConfig after = tiny("filter: \"revenue >= 200\"", "filter: \"revenue >= 250\"");
    assertThat(Fingerprints.kpis(after)).isNotEqualTo(Fingerprints.kpis(before));
    assertThat(Fingerprints.ingest(after)).isEqualTo(Fingerprints.ingest(before));
  }

  @Test
  void aNewLocationRereadsTheExports() {
    TenantConfig before = tiny("- { id: l3, name: Loc three }", "- { id: l3, name: Loc three }");
    TenantConfig after = tiny("- { id: l3, name: Loc three }", "- { id: l3, name: Loc three }\n        - { id: l4, name: Loc four }");
    assertThat(Fingerprints.ingest(after)).isNotEqualTo(Fingerprints.ingest(before));
  }

  @Test
  void forecastHorizonsKeepGrainOrderWhateverOrderTheyCameIn() {
    // Map.of iterates in an order that changes from JVM to JVM; the settings must not.
    ForecastSettings settings = new ForecastSettings(Map.of(Grain.YEAR, 2, Grain.WEEK, 8, Grain.MONTH, 6));
    assertThat(settings.toString()).isEqualTo("ForecastSettings[horizons={WEEK=8, MONTH=6, YEAR=2}]");
  }
}
