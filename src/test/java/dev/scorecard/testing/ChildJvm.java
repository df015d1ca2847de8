package dev.scorecard.testing;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A command line that runs a main class in a new JVM with this test JVM's java, flags and classpath. */
public final class ChildJvm {
  private ChildJvm() {}

  /**
   * @param jvmOptions extra options for the new JVM, such as {@code -Dspark.sql.shuffle.partitions=3}
   */
  public static List<String> command(Class<?> main, List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("--add-opens") || a.startsWith("-D")).forEach(command::add);
    command.add("-Xmx1g");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path") + File.pathSeparator + System.getProperty("surefire.test.class.path", ""));
    command.add(main.getName());
    command.addAll(List.of(args));
    return command;
  }
}
