package dev.scorecard.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Benchmark mode, reproducibility and reruns, on small runs. */
class GeneratorTest {
  private static final List<String> SOURCES =
      List.of("pos_daily", "loyalty_events", "surveys", "operations", "workforce", "energy_waste");
  private static final LocalDate START = LocalDate.of(2024, 1, 15);

  @TempDir
  Path dir;

  @Test
  void benchWritesEveryTenantSourceAndMonth() throws Exception {
    GeneratorResult result = Generator.generate(
        GeneratorOptions.bench(dir.resolve("landing"), dir.resolve("conf"), 2, 10, 40, START, 7));

    assertThat(result.tenantIds()).containsExactly("chain-001", "chain-002");
    assertThat(result.filesWritten()).isEqualTo(2 * (SOURCES.size() * 2 + 1));
    long rows = 0;
    for (String tenant : result.tenantIds()) {
      for (String source : SOURCES) {
        List<Path> files = LandingFiles.files(dir.resolve("landing").resolve(tenant).resolve(source));
        assertThat(files).extracting(f -> f.getFileName().toString().substring(0, 7))
            .containsExactly("2024-01", "2024-02");
        rows += files.stream().mapToLong(LandingFiles::count).sum();
      }
      assertThat(LandingFiles.files(dir.resolve("landing").resolve(tenant).resolve("operations")).stream()
          .mapToLong(LandingFiles::count).sum()).isEqualTo(10 * 40);
    }
    assertThat(result.rowsWritten()).isEqualTo(rows);
  }

  @Test
  void benchYamlListsItsLocationsInRegionsOfAboutEight() throws Exception {
    Generator.generate(GeneratorOptions.bench(dir.resolve("landing"), dir.resolve("conf"), 1, 20, 40, START, 7));

    JsonNode yaml = LandingFiles.yaml(dir.resolve("conf/tenants/chain-001.yaml"));
    assertThat(yaml.get("tenant_id").asText()).isEqualTo("chain-001");
    List<Integer> sizes = new ArrayList<>();
    yaml.at("/hierarchy/regions").forEach(r -> sizes.add(r.get("locations").size()));
    assertThat(sizes).containsExactly(7, 7, 6);
    assertThat(yaml.at("/hierarchy/regions/0/locations/0/id").asText()).isEqualTo("loc-001");
    assertThat(yaml.get("kpis").size()).isEqualTo(14);
    yaml.get("targets").forEach(t -> assertThat(t.get("target").asDouble()).isNotEqualTo(t.get("baseline").asDouble()));
  }

  @Test
  void sameOptionsWriteIdenticalBytes() throws Exception {
    Map<String, String> first = checksumsOfRun("a", 42);
    Map<String, String> second = checksumsOfRun("b", 42);
    Map<String, String> otherSeed = checksumsOfRun("c", 43);

    assertThat(first).hasSize(2 * SOURCES.size() * 3 + 2).isEqualTo(second);
    assertThat(otherSeed.keySet()).isEqualTo(first.keySet());
    assertThat(otherSeed.get("landing/chain-001/pos_daily/2024-02.csv.gz"))
        .isNotEqualTo(first.get("landing/chain-001/pos_daily/2024-02.csv.gz"));
  }

  @Test
  void rerunReplacesFilesAndDropsStaleMonths() throws Exception {
    Path landing = dir.resolve("landing");
    Generator.generate(GeneratorOptions.bench(landing, dir.resolve("conf"), 1, 2, 70, START, 1));
    Path keep = Files.writeString(landing.resolve("chain-001/pos_daily/README.txt"), "not ours");
    Generator.generate(GeneratorOptions.bench(landing, dir.resolve("conf"), 1, 2, 10, START, 1));

    assertThat(LandingFiles.files(landing.resolve("chain-001/pos_daily")))
        .extracting(f -> f.getFileName().toString())
        .containsExactly("2024-01.csv.gz", "README.txt");
    assertThat(keep).hasContent("not ours");
    assertThat(LandingFiles.rows(landing.resolve("chain-001/operations/2024-01.csv"))).hasSize(2 * 10);
  }

  @Test
  void rejectsCountsOutsideTheirRange() {
    assertThatThrownBy(() -> GeneratorOptions.bench(dir, dir, 0, 10, 40, START, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid tenant count: 0 (expected 1 to 999)");
    assertThatThrownBy(() -> GeneratorOptions.bench(dir, dir, 1, 10, 0, START, 1))
        .hasMessage("Invalid day count: 0 (expected at least 1)");
    assertThatThrownBy(() -> GeneratorOptions.bench(dir, dir, 1, 0, 10, START, 1))
        .hasMessage("Invalid location count: 0 (expected 1 to 9999)");
  }

  private Map<String, String> checksumsOfRun(String name, long seed) throws Exception {
    Path root = dir.resolve(name);
    Generator.generate(GeneratorOptions.bench(root.resolve("landing"), root.resolve("conf"), 2, 3, 70, START, seed));
    return LandingFiles.checksums(root);
  }
}
