package id.go.bps.pst.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The history's Indonesian words without a message source are those of messages.properties. */
class VisitorHistoryTextsTest {

  @Test
  void indonesianTextsAreTheBaseBundles() throws Exception {
    Properties id = new Properties();
    try (var in = getClass().getResourceAsStream("/messages.properties")) {
      id.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    VisitorHistory.INDONESIAN_TEXTS.forEach((key, text) -> assertThat(id.getProperty(key)).as(key).isEqualTo(text));
    assertThat(id.stringPropertyNames().stream().filter(k -> k.startsWith("history.")))
        .containsExactlyInAnyOrderElementsOf(VisitorHistory.INDONESIAN_TEXTS.keySet());
  }
}
