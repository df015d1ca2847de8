package dev.scorecard.ingest;

import dev.scorecard.config.SourceSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a source's files under {@code <landing>/<tenant_id>/} through Hadoop's file system API (so
 * local folders, HDFS and object stores all work), and refuses any file that resolves outside the
 * tenant's folder, by {@code ..} or by a symbolic link.
 */
public final class LandingFiles {
  private static final Logger LOG = LoggerFactory.getLogger(LandingFiles.class);

  private LandingFiles() {}

  /**
   * The source's files in path order, each with its checksum ({@link FileSelection} tells which
   * of them hold content already found under another name).
   */
  public static List<LandingFile> find(Configuration hadoop, String landing, String tenantId, SourceSpec source) {
    try {
      Path root = new Path(landing, tenantId);
      FileSystem fs = root.getFileSystem(hadoop);
      Path qualifiedRoot = fs.makeQualified(root);
      String rootUri = qualifiedRoot.toString() + "/";
      FileStatus[] matches = fs.globStatus(new Path(root, source.path()));
      List<FileStatus> inside = new ArrayList<>();
      for (FileStatus status : matches == null ? new FileStatus[0] : matches) {
        Path path = fs.makeQualified(status.getPath());
        if (status.isFile() && path.toString().startsWith(rootUri) && staysInside(path, qualifiedRoot)) {
          inside.add(status);
        }
      }
      inside.sort(Comparator.comparing(status -> status.getPath().toString()));
      return withChecksums(fs, inside, rootUri, tenantId, source);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + source.path() + " under " + landing + "/" + tenantId, e);
    }
  }

  private static List<LandingFile> withChecksums(FileSystem fs, List<FileStatus> files, String rootUri,
      String tenantId, SourceSpec source) throws IOException {
    List<LandingFile> found = new ArrayList<>();
    for (FileStatus status : files) {
      Path path = fs.makeQualified(status.getPath());
      String relative = path.toString().substring(rootUri.length());
      found.add(new LandingFile(relative, path.toUri().toString(), checksum(fs, status.getPath()),
          status.getModificationTime(), status.getLen()));
    }
    if (found.isEmpty()) {
      LOG.warn("tenant {}, source {}: no file matches '{}' under the tenant's landing folder", tenantId, source.id(), source.path());
    }
    return found;
  }

  /** On a local file system a symbolic link could point elsewhere: compare real paths. */
  private static boolean staysInside(Path file, Path root) throws IOException {
    if (!"file".equals(file.toUri().getScheme())) {
      return true;
    }
    java.nio.file.Path real = Paths.get(file.toUri()).toRealPath();
    return real.startsWith(Paths.get(root.toUri()).toRealPath()) && Files.isRegularFile(real);
  }

  private static String checksum(FileSystem fs, Path path) throws IOException {
    try (InputStream in = new DigestInputStream(fs.open(path), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
