package dev.scorecard.testing;

import dev.scorecard.config.ConfigLoader;
import dev.scorecard.config.TenantConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a tenant YAML into a temporary conf folder and loads it, for tests that need a config. */
public final class TenantFixture {
  private TenantFixture() {}

  public static Path write(Path confDir, String tenantId, String yaml) {
    try {
      Path dir = Files.createDirectories(confDir.resolve("tenants"));
      return Files.writeString(dir.resolve(tenantId + ".yaml"), yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static TenantConfig load(Path confDir, String tenantId, String yaml) {
    write(confDir, tenantId, yaml);
    return ConfigLoader.load(confDir, List.of(tenantId)).get(0);
  }

  public static String resource(String name) {
    try (var in = TenantFixture.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
