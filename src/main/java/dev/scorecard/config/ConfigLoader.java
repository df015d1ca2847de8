package dev.scorecard.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads and validates the tenant configs under {@code <conf>/tenants/}, without Spark. Either
 * every selected tenant is valid, or a {@link ConfigException} lists every problem of every file.
 */
public final class ConfigLoader {
  public static final String TENANTS_DIR = "tenants";

  private ConfigLoader() {}

  /**
   * Each selected tenant's config on its own (all tenants when {@code selected} is empty): the
   * valid ones loaded, each invalid one with its problems, and apart the problems that concern no
   * one tenant (no config folder, a selected tenant without a file).
   */
  public record Loaded(List<TenantConfig> valid, Map<String, List<ConfigProblem>> rejected, List<ConfigProblem> general) {}

  /** All tenants, or only {@code selected} ones when that list is not empty; fails when any is invalid. */
  public static List<TenantConfig> load(Path confDir, List<String> selected) {
    Loaded loaded = loadEach(confDir, selected);
    List<ConfigProblem> problems = new ArrayList<>(loaded.general());
    loaded.rejected().values().forEach(problems::addAll);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return loaded.valid();
  }

  public static Loaded loadEach(Path confDir, List<String> selected) {
    Path dir = confDir.resolve(TENANTS_DIR);
    List<ConfigProblem> general = new ArrayList<>();
    List<TenantConfig> tenants = new ArrayList<>();
    Map<String, List<ConfigProblem>> rejected = new TreeMap<>();
    List<Path> files = tenantFiles(dir, general);
    for (Path file : files) {
      String id = tenantId(file);
      if (selected.isEmpty() || selected.contains(id)) {
        Problems found = new Problems(file.toString());
        Optional<TenantConfig> config = read(file, found);
        if (found.all().isEmpty() && config.isPresent()) {
          tenants.add(config.get());
        } else {
          rejected.put(id, found.all());
        }
      }
    }
    for (String id : selected) {
      if (files.stream().noneMatch(f -> tenantId(f).equals(id))) {
        general.add(new ConfigProblem(dir.toString(), "", "no config for tenant '" + id + "' (expected " + dir.resolve(id + ".yaml") + ")"));
      }
    }
    return new Loaded(tenants, rejected, general);
  }

  private static String tenantId(Path file) {
    return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
  }

  /** Every problem of one file; empty when it is valid. */
  public static List<ConfigProblem> check(Path file) {
    Problems problems = new Problems(file.toString());
    read(file, problems);
    return problems.all();
  }

  private static Optional<TenantConfig> read(Path file, Problems problems) {
    Optional<TenantConfig> config = TenantConfigParser.parse(file, problems);
    config.ifPresent(c -> ConfigValidator.validate(c, problems));
    return config;
  }

  private static List<Path> tenantFiles(Path dir, List<ConfigProblem> problems) {
    if (!Files.isDirectory(dir)) {
      problems.add(new ConfigProblem(dir.toString(), "", "is not a directory (put one <tenant_id>.yaml per tenant there, or pass --conf)"));
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> found = files.filter(f -> f.toString().matches(".*\\.ya?ml$")).sorted().toList();
      if (found.isEmpty()) {
        problems.add(new ConfigProblem(dir.toString(), "", "holds no tenant config (*.yaml)"));
      }
      return found;
    } catch (IOException e) {
      problems.add(new ConfigProblem(dir.toString(), "", "cannot be listed: " + e.getMessage()));
      return List.of();
    }
  }
}
