package dev.scorecard.generate;

import static dev.scorecard.testing.ConfigComponents.assertSameExceptFile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.config.ConfigLoader;
import dev.scorecard.config.TenantConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The config records the generator builds equal what {@link ConfigLoader} reads from the YAML
 * it writes, for the shipped sample, a benchmark tenant, and the YAML checked in under conf/.
 */
class ConfigRoundTripTest {
  @TempDir
  static Path dir;
  private static GeneratorResult sample;
  private static GeneratorResult bench;

  @BeforeAll
  static void generate() throws IOException {
    sample = Generator.generate(GeneratorOptions.sample(dir.resolve("sample/landing"), dir.resolve("sample/conf"), 42));
    bench = Generator.generate(GeneratorOptions.bench(dir.resolve("bench/landing"), dir.resolve("bench/conf"), 1, 20,
        70, LocalDate.of(2024, 1, 15), 7));
  }

  @ParameterizedTest
  @CsvSource({"brewhaus, 24, 56", "fjord-shop, 1, 55"})
  void sampleLoadsAsBuilt(String tenant, int locations, int targets) {
    TenantConfig built = built(sample, tenant);

    assertSameExceptFile(load(dir.resolve("sample/conf"), tenant), built);
    assertThat(built.file()).isEqualTo(dir.resolve("sample/conf/tenants/" + tenant + ".yaml"));
    assertThat(built.hierarchy().locations()).hasSize(locations);
    assertThat(built.kpis()).hasSize(14);
    assertThat(built.targets()).hasSize(targets);
  }

  @Test
  void benchmarkTenantLoadsAsBuilt() {
    TenantConfig built = built(bench, "chain-001");

    assertSameExceptFile(load(dir.resolve("bench/conf"), "chain-001"), built);
    assertThat(built.hierarchy().regions()).hasSize(3);
    assertThat(built.sources()).containsOnlyKeys(
        "pos_daily", "loyalty_events", "surveys", "operations", "workforce", "energy_waste");
  }

  @ParameterizedTest
  @ValueSource(strings = {"brewhaus", "fjord-shop"})
  void shippedConfIsWhatTheGeneratorBuilds(String tenant) {
    assertSameExceptFile(load(Path.of("conf"), tenant), built(sample, tenant));
  }

  private static TenantConfig load(Path conf, String tenant) {
    return ConfigLoader.load(conf, List.of(tenant)).get(0);
  }

  private static TenantConfig built(GeneratorResult result, String tenant) {
    return result.configs().stream().filter(c -> c.tenantId().equals(tenant)).findFirst().orElseThrow();
  }
}
