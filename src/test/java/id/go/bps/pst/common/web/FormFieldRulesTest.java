package id.go.bps.pst.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bps.pst.common.web.ProblemDetails.FieldProblem;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of the deployed forms (forms/*.form), checked on the server as the viewer checks them in the browser. */
class FormFieldRulesTest {

  private static JsonNode form(String name) throws Exception {
    return new ObjectMapper().readTree(Path.of("forms", name).toFile());
  }

  private static Map<String, Object> rating(Object q1, String comment) {
    Map<String, Object> v = new HashMap<>();
    for (int i = 1; i <= 9; i++) {
      v.put("surveyQ" + i, 4);
    }
    v.put("surveyQ1", q1);
    v.put("surveyComment", comment);
    return v;
  }

  @Test
  void theSurveyCommentOf2001CharactersIsRefusedBeforeTheDatabaseSeesIt() throws Exception {
    // issue 11: the portal answered a 2.001-character comment with HTTP 500 and the INSERT statement
    List<FieldProblem> problems = FormFieldRules.check(form("form-rate-service.form"), rating(3, "k".repeat(2001)));
    assertThat(problems).extracting(FieldProblem::field).containsExactly("surveyComment");
    assertThat(problems.get(0).message()).isEqualTo(
        "«Saran atau komentar (opsional)» paling banyak 2000 karakter (tertulis 2001).");
    assertThat(FormFieldRules.check(form("form-rate-service.form"), rating(3, "k".repeat(2000)))).isEmpty();
  }

  @Test
  void aChoiceOutsideTheFormsValuesIsRefused() throws Exception {
    assertThat(FormFieldRules.check(form("form-rate-service.form"), rating(5, null)))
        .extracting(FieldProblem::message).containsExactly("Pilihan untuk «1. Persyaratan» tidak dikenal; pilih salah "
            + "satu: «1 - Tidak baik», «2 - Kurang baik», «3 - Baik», «4 - Sangat baik».");
    // the choices by the words the form shows, never their codes (the probe read "ACCEPT, DECLINE")
    assertThat(FormFieldRules.check(form("form-accept-terms.form"), Map.of("termsDecision", "MAYBE")))
        .filteredOn(p -> p.field().equals("termsDecision")).extracting(FieldProblem::message).singleElement().asString()
        .contains("«Setuju», «Tidak setuju (permintaan dibatalkan)»").doesNotContain("ACCEPT", "DECLINE");
    assertThat(FormFieldRules.check(form("form-rate-service.form"), rating("", null)))
        .extracting(FieldProblem::message).containsExactly("«1. Persyaratan» wajib diisi.");
  }

  @Test
  void aRequiredFieldLeftOutIsRefusedAsIfSentEmpty() throws Exception {
    // the analyst probe: a completion over the portal's JSON or REST without a required field went through
    Map<String, Object> rating = rating(3, null);
    rating.remove("surveyQ2");
    assertThat(FormFieldRules.check(form("form-rate-service.form"), rating))
        .extracting(FieldProblem::field).containsExactly("surveyQ2");
    assertThat(FormFieldRules.check(form("form-accept-terms.form"), Map.of()))
        .extracting(FieldProblem::field).contains("termsDecision");
    assertThat(FormFieldRules.check(form("form-receive-cash.form"), Map.of()))
        .extracting(FieldProblem::field).containsExactly("cashReceived");
    // a required field under a condition (its own, or its group's) may be left out: the viewer does not send it
    assertThat(FormFieldRules.check(form("form-accept-terms.form"), Map.of("termsDecision", "DECLINE")))
        .extracting(FieldProblem::field).doesNotContain("dataUseAbstract", "visitorOccupation", "visitorAddress");
  }

  @Test
  void aRequiredCheckboxMustBeTicked() throws Exception {
    assertThat(FormFieldRules.check(form("form-receive-cash.form"), Map.of("cashReceived", false)))
        .extracting(FieldProblem::field).containsExactly("cashReceived");
    assertThat(FormFieldRules.check(form("form-receive-cash.form"), Map.of("cashReceived", "ya")))
        .extracting(FieldProblem::field).containsExactly("cashReceived");
    assertThat(FormFieldRules.check(form("form-receive-cash.form"), Map.of("cashReceived", true))).isEmpty();
  }

  @Test
  void numbersKeepTheirBoundsAndConditionalFieldsAreNotRequired() throws Exception {
    Map<String, Object> refund = new HashMap<>(Map.of("refundDecision", "REFUND", "refundNote", "oke"));
    assertThat(FormFieldRules.check(form("form-refund-decision.form"), refund))
        .extracting(FieldProblem::field).contains("refundNote"); // minLength 5
    // a field hidden by a condition (cancelNote when the choice is not CANCEL) may be absent or empty
    assertThat(FormFieldRules.check(form("form-choose-payment.form"), Map.of("paymentMethod", "CASH", "cancelNote", "")))
        .isEmpty();
  }

  @Test
  void aWholeRupiahFieldRefusesFractionsAndNumbersBeyondWhatIsStored() throws Exception {
    // a REST caller sent 1e30 as the transfer received: it was cut to Long.MAX_VALUE and a refund was started
    JsonNode verify = form("form-verify-transfer.form");
    assertThat(FormFieldRules.check(verify, Map.of("transferVerdict", "ACCEPT", "transferAmountReceived", 1e30)))
        .extracting(FieldProblem::message)
        .containsExactly("«Jumlah yang diterima di rekening (rupiah penuh)» terlalu besar.");
    assertThat(FormFieldRules.check(verify, Map.of("transferVerdict", "ACCEPT", "transferAmountReceived", 100.5)))
        .extracting(FieldProblem::message)
        .containsExactly("«Jumlah yang diterima di rekening (rupiah penuh)» harus bilangan bulat, tanpa pecahan.");
    assertThat(FormFieldRules.check(verify, Map.of("transferVerdict", "ACCEPT",
        "transferAmountReceived", 20_000_000_000L))).extracting(FieldProblem::message)
        .containsExactly("«Jumlah yang diterima di rekening (rupiah penuh)» paling besar 10000000000.");
    assertThat(FormFieldRules.check(verify, Map.of("transferVerdict", "ACCEPT", "transferAmountReceived", 161080.0)))
        .isEmpty();
    assertThat(FormFieldRules.check(verify, Map.of("transferVerdict", "ACCEPT", "transferAmountReceived", 161080)))
        .isEmpty();
  }
}
