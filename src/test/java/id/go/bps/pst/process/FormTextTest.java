package id.go.bps.pst.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What people typed reaches a form's text component as typed, not as Markdown ({@link FormText}). */
class FormTextTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void markdownPunctuationIsEscapedAndLettersAreNot() {
    assertThat(FormText.escape("Lihat *hal. 12* dan [unduh](https://contoh.id/a_b) <b>#1</b>"))
        .isEqualTo("Lihat \\*hal\\. 12\\* dan \\[unduh\\]\\(https\\:\\/\\/contoh\\.id\\/a\\_b\\) \\<b\\>\\#1\\<\\/b\\>");
    assertThat(FormText.escape("Dokumen KTP belum ada")).isEqualTo("Dokumen KTP belum ada");
    assertThat(FormText.escape("a\\b")).isEqualTo("a\\\\b");
    assertThat(FormText.escape(null)).isNull();
  }

  @Test
  void theFormsShowTypedTextAsText() throws Exception {
    // an officer's note on the visitor's screen; visitors' reasons and complainants' words on the staff's
    assertThat(FormText.shownAsText(form("form-accept-terms"))).contains("documentCheckNote");
    assertThat(FormText.shownAsText(form("form-handle-invoice-correction"))).contains("correctionReason");
    assertThat(FormText.shownAsText(form("form-handle-product-correction"))).contains("productCorrectionReason");
    assertThat(FormText.shownAsText(form("form-complaint-handle"))).contains("reopenReason")
        // written as Markdown by the application (a quote), the complainant's words escaped inside it
        .doesNotContain("complaintSummary");
    assertThat(FormText.shownAsText(form("form-complaint-send-answer"))).contains("answerText");
    // the sale view is Json, never a text value
    assertThat(FormText.shownAsText(form("form-review-invoice"))).doesNotContain("sale");
  }

  @Test
  void aValueTheFormSubmitsOrComputesWithIsSentAsItIs() throws Exception {
    JsonNode form = JSON.readTree("""
        {"components":[
          {"type":"text","text":"Catatan: {{note}} · {{prefilled}} · {{decided}} · {{#if shown}}ada{{/if}}"},
          {"type":"textfield","key":"prefilled","label":"Isian"},
          {"type":"select","key":"choice","conditional":{"hide":"=decided = \\"YES\\""}},
          {"type":"text","text":"=if note2 = null then \\"\\" else note2"},
          {"type":"text","text":"{{summaryMarkdown}}"}
        ]}""");
    assertThat(FormText.shownAsText(form)).containsExactlyInAnyOrder("note", "shown");
  }

  @Test
  void theSaleViewsTypedTextsAreEscapedAndTheRestIsNot() {
    java.util.Map<String, Object> visitor = new java.util.LinkedHashMap<>(java.util.Map.of(
        "institution", "[Bayar di sini](https://evil.example/bayar) **PENTING**", "category", "Perorangan"));
    java.util.Map<String, Object> sale = new java.util.LinkedHashMap<>(java.util.Map.of("visitor", visitor,
        "purpose", "Tesis *S2*", "documentsMarkdown", "- [Invoice](/api/documents/1)", "hasMicrodata", true));
    FormText.escapeSale(sale);
    assertThat(visitor.get("institution"))
        .isEqualTo("\\[Bayar di sini\\]\\(https\\:\\/\\/evil\\.example\\/bayar\\) \\*\\*PENTING\\*\\*");
    assertThat(sale.get("purpose")).isEqualTo("Tesis \\*S2\\*");
    // the application's own Markdown, labels and flags stay as they are
    assertThat(sale.get("documentsMarkdown")).isEqualTo("- [Invoice](/api/documents/1)");
    assertThat(visitor.get("category")).isEqualTo("Perorangan");
    assertThat(sale.get("hasMicrodata")).isEqualTo(true);
  }

  private static JsonNode form(String name) throws Exception {
    return JSON.readTree(Files.readString(Path.of("forms", name + ".form")));
  }
}
