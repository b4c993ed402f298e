package id.go.bps.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where the figures were measured. */
final class Machine {

  private Machine() {}

  static Map<String, Object> describe(String databaseVersion) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"));
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("memory", firstValue(Path.of("/proc/meminfo"), "MemTotal"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("database", databaseVersion);
    m.put("loadAverageAtEnd", firstLine(Path.of("/proc/loadavg")));
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
