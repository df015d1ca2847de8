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

/**
 * Finds a source's files under {@code <landing>/<tenant_id>/} through Hadoop's file system API (so
 * local folders, HDFS and object stores all work), and refuses any file that resolves outside the
 * tenant's folder, by {@code ..} or by a symbolic link.
 */
public final class LandingFiles {
  private LandingFiles() {}

  public static List<LandingFile> find(Configuration hadoop, String landing, String tenantId, SourceSpec source) {
    try {
      Path root = new Path(landing, tenantId);
      FileSystem fs = root.getFileSystem(hadoop);
      String rootUri = fs.makeQualified(root).toString() + "/";
      FileStatus[] matches = fs.globStatus(new Path(root, source.path()));
      List<LandingFile> files = new ArrayList<>();
      for (FileStatus status : matches == null ? new FileStatus[0] : matches) {
        String uri = fs.makeQualified(status.getPath()).toString();
        if (status.isFile() && uri.startsWith(rootUri) && staysInside(uri, rootUri)) {
          files.add(new LandingFile(uri.substring(rootUri.length()), uri, checksum(fs, status.getPath())));
        }
      }
      files.sort(Comparator.comparing(LandingFile::relativePath));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + source.path() + " under " + landing + "/" + tenantId, e);
    }
  }

  /** On a local file system a symbolic link could point elsewhere: compare real paths. */
  private static boolean staysInside(String uri, String rootUri) throws IOException {
    if (!uri.startsWith("file:")) {
      return true;
    }
    java.nio.file.Path file = Paths.get(java.net.URI.create(uri)).toRealPath();
    java.nio.file.Path root = Paths.get(java.net.URI.create(rootUri)).toRealPath();
    return file.startsWith(root) && Files.isRegularFile(file);
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
