package dev.scorecard.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.StructType;

/**
 * Golden files under {@code src/test/resources/golden/}: checked in, compared exactly, and written
 * again only on request ({@code mvn test -Dgolden.update=true}), so a change to the contract shows
 * in review as a change to a golden file.
 */
public final class Golden {
  private static final Path DIR = Path.of("src/test/resources/golden");

  private Golden() {}

  /** A schema as the golden files hold it: one column a line, {@code name TYPE [NOT NULL]}. */
  public static String render(StructType schema) {
    return Arrays.stream(schema.fields())
        .map(f -> f.name() + " " + f.dataType().sql() + (f.nullable() ? "" : " NOT NULL"))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  public static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.writeString(file, actual);
      }
      assertThat(Files.exists(file)).as("golden file %s (write it with -Dgolden.update=true)", file).isTrue();
      assertThat(actual).as("%s (if the change is meant, run with -Dgolden.update=true and review the diff)", file)
          .isEqualTo(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
