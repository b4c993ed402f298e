package id.go.bps.pst.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The header of the Tasklist forms names the visitor's category and institution once, from the sale view: a
 * visitor without an institution (most individuals, students) is "Mahasiswa/pelajar", never "Mahasiswa/pelajar · -".
 */
class FormHeaderTest {

  @Test
  void theAffiliationLeavesOutWhatIsEmpty() {
    assertThat(SaleView.affiliation("Mahasiswa/pelajar", null)).isEqualTo("Mahasiswa/pelajar");
    assertThat(SaleView.affiliation("Mahasiswa/pelajar", "  ")).isEqualTo("Mahasiswa/pelajar");
    assertThat(SaleView.affiliation("Swasta", " CV Data Borneo ")).isEqualTo("Swasta · CV Data Borneo");
    assertThat(SaleView.affiliation("", "Universitas Kaltara")).isEqualTo("Universitas Kaltara");
  }

  @Test
  void everyFormHeaderTakesTheAffiliationFromTheSaleView() throws Exception {
    List<Path> forms;
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      forms = files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
    }
    int headers = 0;
    for (Path form : forms) {
      String text = Files.readString(form);
      assertThat(text).as(form.toString())
          .doesNotContain("{{sale.visitor.category}} · {{sale.visitor.institution}}");
      if (text.contains("Antrian **{{sale.ticketNumber}}**")) {
        headers++;
        assertThat(text).as(form.toString()).contains("Antrian **{{sale.ticketNumber}}** · {{sale.visitor.affiliationText}}");
      }
    }
    assertThat(headers).isGreaterThanOrEqualTo(20);
    // the portal's English texts of the visitor's forms too
    assertThat(Files.readString(Path.of("src/main/resources/messages_en.properties")))
        .doesNotContain("{{sale.visitor.category}} · {{sale.visitor.institution}}")
        .contains("Queue ticket **{{sale.ticketNumber}}** · {{sale.visitor.affiliationText}}");
  }

  @Test
  void theInstitutionInTheAffiliationIsShownAsTyped() {
    java.util.Map<String, Object> visitor = new java.util.LinkedHashMap<>(java.util.Map.of(
        "affiliationText", SaleView.affiliation("Swasta", "[Bayar](https://evil.example)")));
    FormText.escapeSale(new java.util.LinkedHashMap<>(java.util.Map.of("visitor", visitor)));
    assertThat(visitor.get("affiliationText")).isEqualTo("Swasta · \\[Bayar\\]\\(https\\:\\/\\/evil\\.example\\)");
  }
}
