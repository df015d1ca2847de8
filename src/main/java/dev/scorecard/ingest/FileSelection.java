package dev.scorecard.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which of a source's landing files a run reads, against the files already ingested (path to
 * checksum, from {@code ingest_audit}): a new path is read; a known path with a new checksum is a
 * correction and read again, its earlier rows to be replaced; a known path with the same checksum
 * is skipped; so is a new path whose content was already ingested under another name.
 *
 * @param read the files to read now, in path order
 * @param unchanged the files already ingested as they are
 */
public record FileSelection(List<LandingFile> read, List<LandingFile> unchanged) {
  private static final Logger LOG = LoggerFactory.getLogger(FileSelection.class);

  public static FileSelection of(List<LandingFile> found, Map<String, String> ingested, String what) {
    Set<String> knownContent = new HashSet<>(ingested.values());
    List<LandingFile> read = new ArrayList<>();
    List<LandingFile> unchanged = new ArrayList<>();
    for (LandingFile file : found) {
      String before = ingested.get(file.relativePath());
      if (file.checksum().equals(before)) {
        unchanged.add(file);
      } else if (before == null && knownContent.contains(file.checksum())) {
        LOG.warn("{}: {} has the content of a file already ingested under another name; skipped so its rows are"
            + " not counted twice", what, file.relativePath());
      } else {
        read.add(file);
      }
    }
    return new FileSelection(read, unchanged);
  }
}
