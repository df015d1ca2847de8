package dev.scorecard.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shape of the code as docs/architecture.md draws it, read from the sources: stage packages
 * depend on model, config, publish and the Spark glue, never on each other; model has no Spark;
 * only pipeline knows every stage, and only cli knows pipeline.
 */
class PackageDependenciesTest {
  private static final Path MAIN = Path.of("src/main/java/dev/scorecard");
  private static final Pattern REFERENCE = Pattern.compile("dev\\.scorecard\\.(\\w+)");
  private static final Pattern DECLARATION = Pattern.compile(
      "^\\s*(?:(?:public|protected|private|static|final|abstract|sealed)\\s+)*(?:record|class|enum|interface)\\s+(\\w+)",
      Pattern.MULTILINE);

  @ParameterizedTest(name = "{0} uses only {1}")
  @CsvSource(delimiter = ';', textBlock = """
      model;    config
      config;   ''
      publish;  config model
      spark;    config model publish
      ingest;   config model publish spark
      kpi;      config model publish spark
      score;    config model publish spark
      forecast; config model publish spark
      alert;    config model publish spark
      strategymap; config model publish spark
      report;   config model publish
      pipeline; config model publish spark ingest kpi score forecast alert strategymap deliver report
      generate; config model
      deliver;  config
      cli;      config model publish spark pipeline generate report
      """)
  void eachPackageUsesOnlyWhatItMay(String pkg, String allowed) throws IOException {
    Set<String> may = new TreeSet<>(Set.of(allowed.isBlank() ? new String[0] : allowed.trim().split("\\s+")));
    may.add(pkg);
    Map<String, Set<String>> used = uses(pkg);
    Map<String, Set<String>> forbidden = new TreeMap<>();
    used.forEach((file, packages) -> packages.stream().filter(p -> !may.contains(p))
        .forEach(p -> forbidden.computeIfAbsent(file, f -> new TreeSet<>()).add(p)));
    assertThat(forbidden).as("files of %s that use packages it may not", pkg).isEmpty();
  }

  @ParameterizedTest(name = "{0} has no Spark")
  @CsvSource({"model", "config", "deliver", "report"})
  void plainPackagesHaveNoSpark(String pkg) throws IOException {
    try (Stream<Path> files = Files.list(MAIN.resolve(pkg))) {
      assertThat(files.filter(f -> read(f).contains("org.apache.spark")).map(Path::toString).toList()).isEmpty();
    }
  }

  /**
   * The generator builds config records and keeps its own facts in types of its own names, so a
   * reader of generate never wonders which {@code KpiSpec} or {@code Grain} a file means.
   */
  @Test
  void generateNamesNoTypeLikeAConfigType() throws IOException {
    Set<String> config = declaredTypes("config");

    assertThat(config).contains("TenantConfig", "Hierarchy", "Region", "KpiSpec", "Grain");
    assertThat(declaredTypes("generate")).as("types of generate named like a type of config")
        .isNotEmpty().doesNotContainAnyElementsOf(config);
  }

  /** Top-level and nested types declared in a package's sources, by simple name. */
  private static Set<String> declaredTypes(String pkg) throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.list(MAIN.resolve(pkg))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = DECLARATION.matcher(read(file));
        while (m.find()) {
          names.add(m.group(1));
        }
      }
    }
    return names;
  }

  private static Map<String, Set<String>> uses(String pkg) throws IOException {
    Map<String, Set<String>> used = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = REFERENCE.matcher(read(file));
        while (m.find()) {
          used.computeIfAbsent(file.getFileName().toString(), f -> new TreeSet<>()).add(m.group(1));
        }
      }
    }
    return used;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
