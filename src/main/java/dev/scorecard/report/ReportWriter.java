package dev.scorecard.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a tenant's report into a folder: one page per node and ECharts once beside them
 * ({@code echarts.min.js}, referenced relatively). Written once rather than inlined: 1 MB per page
 * would make a report of 2,000 locations 2 GB; one file keeps it small, and the folder still opens
 * offline from disk.
 */
public final class ReportWriter {
  private ReportWriter() {}

  /** The pages written, the org's first. */
  public static List<Path> write(ReportData data, Path dir) {
    try {
      Files.createDirectories(dir);
      Files.write(dir.resolve(PageFiles.ECHARTS), Assets.bytes(Assets.ECHARTS));
      List<Path> pages = new ArrayList<>();
      for (NodeScore node : data.nodes()) {
        Path page = dir.resolve(PageFiles.of(node));
        Files.writeString(page, NodePage.render(data, node), StandardCharsets.UTF_8);
        pages.add(page);
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the report into " + dir + ": " + e.getMessage(), e);
    }
  }
}
