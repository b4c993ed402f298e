package id.go.bps.pst.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.junit.jupiter.api.Test;

/**
 * The cart (form-record-request, and its copy in the officer's invoice correction): a line's fields follow its product kind. A publication line asks for its format,
 * never for microdata variables, regions or tabulation; a microdata line the other way round; a map only its
 * quantity. The form's {@code conditional.hide} expressions are evaluated here with the FEEL engine (the browser
 * evaluates the same FEEL; WholeSaleBrowserTest clicks the form).
 */
class CartFormTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"form-record-request", "form-handle-invoice-correction"})
  void everyLineShowsTheFieldsOfItsProductKindOnly(String name) throws Exception {
    JsonNode form = JSON.readTree(Files.readString(Path.of("forms", name + ".form")));
    int lines = 0;
    for (JsonNode group : form.path("components")) {
      String path = group.path("path").asText();
      if (!"group".equals(group.path("type").asText()) || !path.matches("item\\d")) {
        continue;
      }
      lines++;
      assertThat(shown(group, path, "PUBLICATION:kttda-2025", false)).as(path).containsExactly("productId", "format",
          "quantity");
      assertThat(shown(group, path, "MICRODATA:susenas-2024-03", false)).as(path).containsExactly("productId",
          "quantity", "variables", "regions", "processing");
      assertThat(shown(group, path, "MICRODATA:susenas-2024-03", true)).as(path).containsExactly("productId",
          "quantity", "variables", "regions", "processing", "tables");
      assertThat(shown(group, path, "MAP:wks-6503-kecamatan", false)).as(path).containsExactly("productId",
          "quantity");
      // nothing chosen yet: the product and the quantity
      assertThat(shown(group, path, null, false)).as(path).containsExactly("productId", "quantity");
    }
    assertThat(lines).isEqualTo(8);
  }

  private static Set<String> shown(JsonNode group, String path, String productId, boolean processing) {
    Map<String, Object> line = new HashMap<>();
    line.put("productId", productId);
    line.put("processing", processing);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(path, line);
    Set<String> shown = new LinkedHashSet<>();
    for (JsonNode field : group.path("components")) {
      String hide = field.path("conditional").path("hide").asText("");
      boolean hidden = false;
      if (!hide.isEmpty()) {
        var result = FEEL.evaluateExpression(hide.substring(1), data);
        assertThat(result.isSuccess()).as(hide).isTrue();
        hidden = Boolean.TRUE.equals(result.result());
      }
      if (!hidden) {
        shown.add(field.path("key").asText());
      }
    }
    return shown;
  }
}
