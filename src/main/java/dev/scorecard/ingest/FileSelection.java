package dev.scorecard.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which of a source's landing files a run reads, against the files already ingested (path to
 * checksum, from {@code ingest_audit}): a new path is read; a known path with a new checksum is a
 * correction and read again, its earlier rows to be replaced; a known path with the same checksum
 * is skipped; a new path whose content was already ingested under another name, or is found
 * under an earlier name in this listing, is not read (its rows would count twice) but recorded
 * once as a duplicate of that file.
 *
 * @param read the files to read now, in path order
 * @param unchanged the files already ingested as they are
 * @param corrected the paths among {@code read} that were ingested before with other content
 * @param duplicates new files with the content of an ingested file, to the path of that file
 */
public record FileSelection(List<LandingFile> read, List<LandingFile> unchanged, Set<String> corrected,
    Map<LandingFile, String> duplicates) {

  public static FileSelection of(List<LandingFile> found, Map<String, String> ingested) {
    Map<String, String> knownContent = new HashMap<>();
    new TreeMap<>(ingested).forEach((path, checksum) -> knownContent.putIfAbsent(checksum, path));
    List<LandingFile> read = new ArrayList<>();
    List<LandingFile> unchanged = new ArrayList<>();
    Set<String> corrected = new TreeSet<>();
    Map<LandingFile, String> duplicates = new LinkedHashMap<>();
    for (LandingFile file : found) {
      String before = ingested.get(file.relativePath());
      if (file.checksum().equals(before)) {
        unchanged.add(file);
      } else if (before == null && knownContent.containsKey(file.checksum())) {
        duplicates.put(file, knownContent.get(file.checksum()));
      } else {
        read.add(file);
        knownContent.putIfAbsent(file.checksum(), file.relativePath());
        if (before != null) {
          corrected.add(file.relativePath());
        }
      }
    }
    return new FileSelection(read, unchanged, corrected, duplicates);
  }
}
