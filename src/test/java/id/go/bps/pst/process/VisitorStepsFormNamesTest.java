package id.go.bps.pst.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The variables a visitor step's form reads, found in its schema (field keys, FEEL expressions,
 * templates), so that a visitor's screen receives those and nothing else of the process.
 */
class VisitorStepsFormNamesTest {

  private static JsonNode form(String name) throws IOException {
    return new ObjectMapper().readTree(Files.readString(Path.of("forms", name + ".form")));
  }

  @Test
  void termsFormReadsTheSaleViewTheOfficersNoteAndItsOwnFields() throws IOException {
    assertThat(VisitorSteps.referencedNames(form("form-accept-terms"))).containsExactlyInAnyOrder(
        "sale", "documentCheckNote", "documentCheck", "documentsSubmitted", "dataUseAbstract", "visitorOccupation",
        "visitorAddress", "termsDecision",
        "cancelNote");
  }

  @Test
  void feelKeywordsContextKeysAndStringsAreNotVariables() throws IOException {
    // valuesExpression: =if sale.payment.billingExpired then [{label: "Tunai ...", value: "CASH"}, ...] else [...]
    assertThat(VisitorSteps.referencedNames(form("form-choose-payment")))
        .containsExactlyInAnyOrder("sale", "paymentMethod", "cancelNote");
    assertThat(VisitorSteps.referencedNames(new ObjectMapper().readTree("""
        {"components": [{"type": "text", "text": "{{#if a.b}}{{c}} \\"{{d}}\\"{{/if}} {{#loop e}}{{this.f}}{{/loop}}"},
          {"type": "textfield", "key": "g.h", "conditional": {"hide": "=not(i) and j = \\"k\\" or is defined(l)"}}]}
        """))).containsExactlyInAnyOrder("a", "c", "d", "e", "g", "i", "j", "l");
  }
}
