package id.go.bps.pst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module rule of DESIGN.md: a module (a top-level package under id.go.bps.pst) may use only the
 * top-level types of another module, never its {@code internal} sub-packages.
 */
class ModuleBoundaryTest {

  private static final Path SOURCES = Path.of("src/main/java/id/go/bps/pst");
  private static final Pattern INTERNAL_REFERENCE = Pattern.compile("id\\.go\\.bps\\.pst\\.(\\w+)\\.internal\\b");

  @Test
  void noModuleReachesIntoAnotherModulesInternals() throws IOException {
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String module = SOURCES.relativize(file).getName(0).toString();
        Matcher m = INTERNAL_REFERENCE.matcher(Files.readString(file));
        while (m.find()) {
          if (!m.group(1).equals(module)) {
            offenders.add(SOURCES.relativize(file) + " uses " + m.group());
          }
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void theRuleIsChecked() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      assertThat(files.filter(f -> f.toString().contains("/internal/")).count())
          .as("modules keep their details in internal packages").isPositive();
    }
  }
}
