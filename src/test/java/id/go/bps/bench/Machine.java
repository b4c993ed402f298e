package id.go.bps.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where the figures were measured. */
final class Machine {

  private Machine() {}

  /** The 1-minute load average now (other work on the machine distorts the figures). */
  static String loadAverage() {
    String line = firstLine(Path.of("/proc/loadavg"));
    return line.contains(" ") ? line.substring(0, line.indexOf(' ')) : line;
  }

  static Map<String, Object> describe(String databaseVersion, String loadAtStart) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"));
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("memory", firstValue(Path.of("/proc/meminfo"), "MemTotal"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("database", databaseVersion);
    m.put("loadAverageAtStart", loadAtStart);
    m.put("loadAverageAtEnd", loadAverage());
    return m;
  }

  private static String firstValue(Path file, String key) {
    try {
      return Files.readAllLines(file).stream().filter(l -> l.startsWith(key)).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String firstLine(Path file) {
    try {
      return Files.readAllLines(file).stream().findFirst().orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
