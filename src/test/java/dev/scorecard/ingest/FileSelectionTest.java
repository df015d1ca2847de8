package dev.scorecard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FileSelectionTest {
  private static LandingFile file(String path, String checksum) {
    return new LandingFile(path, "file:/landing/t/" + path, checksum, 0L, 0L);
  }

  /*
   * Already ingested: a.csv (checksum 1), b.csv (2). Found now: a.csv unchanged, b.csv corrected
   * (3), c.csv new (4), d.csv a renamed copy of a.csv (1).
   */
  @Test
  void readsNewAndCorrectedFilesOnly() {
    FileSelection selection = FileSelection.of(
        List.of(file("s/a.csv", "1"), file("s/b.csv", "3"), file("s/c.csv", "4"), file("s/d.csv", "1")),
        Map.of("s/a.csv", "1", "s/b.csv", "2"));
    assertThat(selection.read()).extracting(LandingFile::relativePath).containsExactly("s/b.csv", "s/c.csv");
    assertThat(selection.unchanged()).extracting(LandingFile::relativePath).containsExactly("s/a.csv");
    assertThat(selection.corrected()).containsExactly("s/b.csv");
    assertThat(selection.duplicates()).hasSize(1).allSatisfy((file, original) -> {
      assertThat(file.relativePath()).isEqualTo("s/d.csv");
      assertThat(original).isEqualTo("s/a.csv");
    });
  }

  /** Two new files with one content: the first in path order is read, the second is its duplicate. */
  @Test
  void aCopyWithinOneDeliveryIsADuplicateToo() {
    FileSelection selection = FileSelection.of(List.of(file("s/a.csv", "1"), file("s/b.csv", "1")), Map.of());
    assertThat(selection.read()).extracting(LandingFile::relativePath).containsExactly("s/a.csv");
    assertThat(selection.duplicates()).hasSize(1).allSatisfy((file, original) -> {
      assertThat(file.relativePath()).isEqualTo("s/b.csv");
      assertThat(original).isEqualTo("s/a.csv");
    });
  }

  @Test
  void everythingIsReadWhenNothingWasIngested() {
    FileSelection selection = FileSelection.of(List.of(file("s/a.csv", "1"), file("s/b.csv", "2")), Map.of());
    assertThat(selection.read()).hasSize(2);
    assertThat(selection.unchanged()).isEmpty();
  }
}
