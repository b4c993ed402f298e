package id.go.bps.pst.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Other modules use only the identity module's top-level types, never {@code identity.internal}. */
class IdentityModuleBoundaryTest {

  @Test
  void noOtherModuleReachesIntoIdentityInternal() throws IOException {
    Path sources = Path.of("src/main/java");
    Path identity = sources.resolve("id/go/bps/pst/identity");
    try (Stream<Path> files = Files.walk(sources)) {
      List<Path> offenders = files
          .filter(file -> file.toString().endsWith(".java"))
          .filter(file -> !file.startsWith(identity))
          .filter(file -> read(file).contains("id.go.bps.pst.identity.internal"))
          .toList();
      assertThat(offenders).isEmpty();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
