package id.go.bps.pst.rating;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The sale's rating form (forms/form-rate-service.form) asks the nine elements in the regulation's order, the
 * order its answers are stored and reported in (surveyQn is Un): it once asked "8. Sarana dan prasarana" and
 * "9. Penanganan pengaduan", so each score was reported under the other element.
 */
class SurveyFormOrderTest {

  @Test
  void questionNIsElementUnWithTheRegulationsWording() throws Exception {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms", "form-rate-service.form").toFile());
    for (SkmElement element : SkmElement.values()) {
      int n = element.ordinal() + 1;
      JsonNode field = form.findParents("key").stream()
          .filter(c -> ("surveyQ" + n).equals(c.path("key").asText())).findFirst().orElseThrow();
      assertThat(field.path("label").asText()).isEqualTo(n + ". " + element.label());
    }
  }
}
