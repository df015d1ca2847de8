package dev.scorecard.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads and validates the tenant configs under {@code <conf>/tenants/}, without Spark. Either
 * every selected tenant is valid, or a {@link ConfigException} lists every problem of every file.
 */
public final class ConfigLoader {
  public static final String TENANTS_DIR = "tenants";

  private ConfigLoader() {}

  /** All tenants, or only {@code selected} ones when that list is not empty. */
  public static List<TenantConfig> load(Path confDir, List<String> selected) {
    Path dir = confDir.resolve(TENANTS_DIR);
    List<ConfigProblem> problems = new ArrayList<>();
    List<TenantConfig> tenants = new ArrayList<>();
    List<Path> files = tenantFiles(dir, problems);
    for (Path file : files) {
      String id = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
      if (selected.isEmpty() || selected.contains(id)) {
        Problems found = new Problems(file.toString());
        read(file, found).ifPresent(tenants::add);
        problems.addAll(found.all());
      }
    }
    for (String id : selected) {
      if (files.stream().noneMatch(f -> f.getFileName().toString().replaceFirst("\\.ya?ml$", "").equals(id))) {
        problems.add(new ConfigProblem(dir.toString(), "", "no config for tenant '" + id + "' (expected " + dir.resolve(id + ".yaml") + ")"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return tenants;
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
