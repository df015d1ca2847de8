package dev.scorecard.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads generated files back the way a consumer would, independent of the generator's code. */
final class LandingFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LandingFiles() {}

  /** The files of one source folder, sorted by name. */
  static List<Path> files(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every row of a CSV or JSON Lines file, gzipped or not, as column -> text. */
  static List<Map<String, String>> rows(Path file) {
    List<Map<String, String>> rows = new ArrayList<>();
    try (BufferedReader reader = reader(file)) {
      if (file.toString().contains(".jsonl")) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          Map<String, String> row = new LinkedHashMap<>();
          JSON.readTree(line).properties().forEach(e -> row.put(e.getKey(), e.getValue().asText()));
          rows.add(row);
        }
      } else {
        CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(reader);
        for (CSVRecord record : parser) {
          rows.add(record.toMap());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** The number of data rows of a file: its lines, less the header of a CSV. */
  static long count(Path file) {
    try (BufferedReader reader = reader(file)) {
      return reader.lines().count() - (file.toString().contains(".jsonl") ? 0 : 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The column names: the CSV header, or the keys of the first JSON line. */
  static List<String> header(Path file) {
    try (BufferedReader reader = reader(file)) {
      String first = reader.readLine();
      if (file.toString().contains(".jsonl")) {
        List<String> keys = new ArrayList<>();
        JSON.readTree(first).fieldNames().forEachRemaining(keys::add);
        return keys;
      }
      return List.of(first.split(","));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SHA-256 of every file under {@code root}, by relative path. */
  static Map<String, String> checksums(Path root) throws IOException, NoSuchAlgorithmException {
    return checksums(root, false);
  }

  /**
   * SHA-256 of every file's content under {@code root}, gzipped files unpacked first: equal on
   * any zlib build, where the compressed bytes of equal content may differ.
   */
  static Map<String, String> contentChecksums(Path root) throws IOException, NoSuchAlgorithmException {
    return checksums(root, true);
  }

  private static Map<String, String> checksums(Path root, boolean unpack) throws IOException, NoSuchAlgorithmException {
    Map<String, String> sums = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        byte[] bytes;
        try (InputStream in = unpack ? open(file) : Files.newInputStream(file)) {
          bytes = in.readAllBytes();
        }
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
        sums.put(root.relativize(file).toString(), HexFormat.of().formatHex(digest));
      }
    }
    return sums;
  }

  static JsonNode yaml(Path file) throws IOException {
    return new YAMLMapper().readTree(file.toFile());
  }

  private static BufferedReader reader(Path file) throws IOException {
    return new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8));
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    return file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
  }
}
