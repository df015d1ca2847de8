package dev.scorecard.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for page checks: renders a file and returns the DOM after its scripts ran,
 * with the {@code data-*} attributes the page's scripts set on {@code <html>}. Missing Chromium
 * fails the test when {@code CI} is set (CI installs it) and skips it locally, saying why.
 */
public final class Chromium {
  private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
      "/usr/bin/google-chrome");

  private Chromium() {}

  /** The browser's path; fails under CI and skips elsewhere when there is none. */
  public static String require() {
    Optional<String> found = CANDIDATES.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
    String why = "headless Chromium is needed to check the report pages: install it (apt-get install -y chromium)";
    if (found.isEmpty() && System.getenv("CI") != null) {
      throw new AssertionError(why + "; CI must install it (.ci/run does)");
    }
    Assumptions.assumeTrue(found.isPresent(), why);
    return found.get();
  }

  /** The page's DOM after its scripts ran (10 s of virtual time). */
  public static String dom(Path page) throws IOException, InterruptedException {
    return run(page, "--dump-dom");
  }

  /** Saves a screenshot of {@code page}. */
  public static void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
    run(page, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height, "--hide-scrollbars");
  }

  private static String run(Path page, String... extra) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(require(), "--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--virtual-time-budget=10000"));
    command.addAll(List.of(extra));
    command.add(page.toAbsolutePath().toUri().toString());
    Path log = Files.createTempFile("chromium", ".log");
    Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Chromium did not finish within 120 s on " + page);
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  /** The value of a {@code data-*} attribute of the {@code <html>} element in a dumped DOM; null when absent. */
  public static String rootAttribute(String dom, String name) {
    Matcher html = Pattern.compile("<html[^>]*>").matcher(dom);
    if (!html.find()) {
      return null;
    }
    Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(html.group());
    return m.find() ? m.group(1) : null;
  }
}
