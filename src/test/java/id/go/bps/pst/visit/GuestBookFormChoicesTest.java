package id.go.bps.pst.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bps.pst.order.IdentityType;
import id.go.bps.pst.tariff.UserCategory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The officer's guest book in Tasklist (forms/form-guest-book.form) offers only choices the server accepts: its
 * passport and "other" options once sent PASSPORT and OTHER where the server knows PASPOR and LAINNYA, so an officer
 * could not register a visitor with a passport (the foreign payers who pay by transfer).
 */
class GuestBookFormChoicesTest {

  private static List<String> choices(String key) throws Exception {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms", "form-guest-book.form").toFile());
    List<String> values = new ArrayList<>();
    form.findParents("key").stream().filter(c -> key.equals(c.path("key").asText()))
        .forEach(c -> c.path("values").forEach(v -> values.add(v.path("value").asText())));
    return values;
  }

  @Test
  void everyIdentityTypeTheFormOffersIsOneTheServerKnowsAndAllAreOffered() throws Exception {
    assertThat(choices("identityType")).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(IdentityType.values()).map(Enum::name).toList());
  }

  @Test
  void everyUserCategoryTheFormOffersIsOneTheServerKnowsAndAllAreOffered() throws Exception {
    assertThat(choices("userCategory")).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(UserCategory.values()).map(Enum::name).toList());
  }
}
