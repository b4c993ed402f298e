package id.go.bps.pst.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The engine's English error answers as EngineErrorAnswers rewrites them (no engine needed). */
class EngineErrorAnswersTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode error(String type, String message) {
    ObjectNode error = JSON.createObjectNode();
    error.put("type", type);
    error.put("message", message);
    return error;
  }

  private static EngineErrorAnswers.Answer answer(String method, String path, int status, String type, String message,
      Set<String> groups) {
    return EngineErrorAnswers.answer(new EngineErrorAnswers.Call(method, path, null, () -> groups), status,
        error(type, message)).orElseThrow();
  }

  @Test
  void pagingParametersMustBeWholeNumbersFromZero() {
    assertThat(EngineErrorAnswers.paging("maxResults=-5")).hasValueSatisfying(a -> {
      assertThat(a.status()).isEqualTo(400);
      assertThat(a.message()).startsWith("Parameter «maxResults» harus bilangan bulat dari 0 sampai 2147483647");
    });
    assertThat(EngineErrorAnswers.paging("sortBy=created&firstResult=%2D1")).hasValueSatisfying(a ->
        assertThat(a.message()).startsWith("Parameter «firstResult»"));
    assertThat(EngineErrorAnswers.paging("firstResult=2147483648")).isPresent();
    assertThat(EngineErrorAnswers.paging("maxResults=")).hasValueSatisfying(a ->
        assertThat(a.message()).contains("kosong"));
    assertThat(EngineErrorAnswers.paging("maxResults=abc")).isPresent();
    assertThat(EngineErrorAnswers.paging("firstResult=0&maxResults=2147483647")).isEmpty();
    assertThat(EngineErrorAnswers.paging("firstResult=15&maxResults=15&sortBy=created")).isEmpty();
    assertThat(EngineErrorAnswers.paging(null)).isEmpty();
    assertThat(EngineErrorAnswers.paging("maxResultsX=-1")).isEmpty();
  }

  @Test
  void aFormSentToATaskThatDoesNotExistIsNotFound() {
    EngineErrorAnswers.Answer a = answer("POST", "/engine-rest/task/does-not-exist/submit-form", 500,
        "RestException", "Cannot submit task form does-not-exist: Cannot find task with id does-not-exist: task is null",
        Set.of());
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.message()).isEqualTo("Tugas does-not-exist tidak ditemukan di unit Anda.");
  }

  @Test
  void aQueryParameterOfTheWrongFormatIsNamedWithItsFormat() {
    EngineErrorAnswers.Answer a = answer("GET", "/engine-rest/task", 400, "InvalidRequestException",
        "Cannot set query parameter 'dueAfter' to value 'notadate': Cannot convert value \"notadate\" to java type "
            + "java.util.Date", Set.of());
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.message()).startsWith("Parameter «dueAfter» tidak dapat dibaca: tanggal dan waktu ditulis");
    assertThat(answer("GET", "/engine-rest/task", 400, "InvalidRequestException",
        "Cannot set query parameter 'priority' to value 'x': Cannot convert value \"x\" to java type java.lang.Integer",
        Set.of()).message()).isEqualTo("Parameter «priority» tidak dapat dibaca: harus bilangan bulat.");
  }

  @Test
  void unknownResourcesAndBareHttpAnswersInIndonesian() {
    EngineErrorAnswers.Answer deployment = answer("DELETE", "/engine-rest/deployment/xx", 404,
        "InvalidRequestException", "Deployment with id 'xx' do not exist", Set.of());
    assertThat(deployment.status()).isEqualTo(404);
    assertThat(deployment.message()).isEqualTo("Deployment «xx» tidak ditemukan.");
    EngineErrorAnswers.Answer definition = answer("GET", "/engine-rest/process-definition/key/nope/form-variables", 404,
        "RestException", "No matching process definition with key: nope and no tenant-id", Set.of());
    assertThat(definition.message()).isEqualTo("Definisi proses dengan kunci «nope» tidak ditemukan.");
    assertThat(answer("GET", "/engine-rest/process-definition/x1", 404, "RestException",
        "No matching definition with id x1", Set.of()).message()).isEqualTo("Definisi proses «x1» tidak ditemukan.");
    EngineErrorAnswers.Answer notAllowed = answer("DELETE", "/engine-rest/task", 405, "NotAllowedException",
        "HTTP 405 Method Not Allowed", Set.of());
    assertThat(notAllowed.status()).isEqualTo(405);
    assertThat(notAllowed.message()).startsWith("Metode DELETE tidak diizinkan untuk alamat ini.");
  }

  @Test
  void anEmptyMigrationIsAnIncompleteRequest() {
    ObjectNode npe = error("NullPointerException", "Cannot invoke \"org.camunda.bpm.engine.rest.dto.migration."
        + "MigrationPlanDto.getSourceProcessDefinitionId()\" because \"migrationPlanDto\" is null");
    EngineErrorAnswers.Answer a = EngineErrorAnswers.answer(new EngineErrorAnswers.Call("POST",
        "/engine-rest/migration/execute", "{}".getBytes(), () -> Set.of("camunda-admin")), 500, npe).orElseThrow();
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.message()).startsWith("Isi permintaan tidak lengkap").contains("migrationPlan")
        .doesNotContain("null", "java");
    // without a body sent, an engine NullPointerException stays the server's fault
    assertThat(EngineErrorAnswers.answer(new EngineErrorAnswers.Call("GET", "/engine-rest/task", null, Set::of), 500,
        npe)).isEmpty();
  }

  @Test
  void aRefusalSaysWhatIsTrueForTheCallersRole() {
    String forbidden = "The user with id 'petugas1' does not have one of the following permissions: 'UPDATE'";
    EngineErrorAnswers.Answer cancel = EngineErrorAnswers.answer(new EngineErrorAnswers.Call("POST",
        "/engine-rest/message", "{\"messageName\":\"RequestCancellation\",\"businessKey\":\"6503-2026-000001\"}"
            .getBytes(), () -> Set.of("petugas")), 403, error("AuthorizationException", forbidden)).orElseThrow();
    assertThat(cancel.message()).startsWith("Anda tidak berwenang membatalkan permintaan lewat pesan mesin proses")
        .contains("hanya untuk administrator").doesNotContain("auditor");
    assertThat(answer("POST", "/engine-rest/task/create", 403, "AuthorizationException", forbidden, Set.of("petugas"))
        .message()).contains("tugas lepas (di luar proses) tidak dipakai dalam layanan ini").doesNotContain("auditor");
    assertThat(answer("PUT", "/engine-rest/task/t1/variables/x", 403, "AuthorizationException", forbidden,
        Set.of("auditor")).message()).isEqualTo("Anda tidak berwenang mengubah data ini: auditor hanya dapat membaca.");
    assertThat(answer("PUT", "/engine-rest/task/t1/variables/x", 403, "AuthorizationException", forbidden,
        Set.of("supervisor")).message()).startsWith("Anda tidak berwenang").doesNotContain("auditor");
  }
}
