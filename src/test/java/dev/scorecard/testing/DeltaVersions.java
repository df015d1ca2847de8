package dev.scorecard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The latest commit of every Delta table under a folder, read from the _delta_log files themselves. */
public final class DeltaVersions {
  private DeltaVersions() {}

  /** Per table (its path relative to {@code root}), the number of its latest commit. */
  public static Map<String, Long> of(Path root) {
    Map<String, Long> versions = new TreeMap<>();
    try (Stream<Path> logs = Files.walk(root)) {
      for (Path log : logs.filter(p -> p.getFileName().toString().equals("_delta_log")).toList()) {
        try (Stream<Path> commits = Files.list(log)) {
          long latest = commits.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{20}\\.json"))
              .mapToLong(n -> Long.parseLong(n.substring(0, 20))).max().orElse(-1);
          versions.put(root.relativize(log.getParent()).toString(), latest);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return versions;
  }
}
