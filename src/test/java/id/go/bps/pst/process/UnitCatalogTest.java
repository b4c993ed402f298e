package id.go.bps.pst.process;

import static id.go.bps.pst.process.ProcessTestSupport.guestBook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bps.pst.catalog.CatalogException;
import id.go.bps.pst.delivery.internal.SoftcopyFiles;
import id.go.bps.pst.order.OrderLine;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.SaleRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Catalogue overrides per unit in the running application, two units side by side: the embedded demo
 * gives 6501 (Bulungan) one publication of its own ({@code catalog/units/6501/publications.json}); it is
 * listed and sold for 6501 and neither listed nor sold for 6503 (the default unit): catalogue API, quote
 * API, the Tasklist cart's product options and validation, and the delivery of the softcopy file.
 * (Overrides of a shared entry and broken unit files: {@code catalog.UnitCatalogFilesTest}.)
 */
class UnitCatalogTest extends id.go.bps.pst.SharedContextTest {

  static final String OWN = "kab-bulungan-dalam-angka-2025";
  static final String REFUSED_6503 = "Publikasi '" + OWN + "' tidak tersedia di BPS Kabupaten Tana Tidung";


  @Autowired ProcessEngine engine;
  @Autowired OrderService orders;
  @Autowired SaleView saleView;
  @Autowired SoftcopyFiles softcopies;
  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void init() {
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
  }

  @AfterEach
  void clear() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void theCatalogueApiListsAUnitsOwnPublicationToThatUnitOnly() throws Exception {
    assertThat(publicationIds("?unit=6501")).contains(OWN, "kab-tana-tidung-dalam-angka-2025");
    assertThat(publicationIds("?unit=6503")).doesNotContain(OWN).contains("kab-tana-tidung-dalam-angka-2025");
    assertThat(publicationIds("")).isEqualTo(publicationIds("?unit=6503"));   // default unit
    HttpResponse<String> unknown = get("/api/catalog/publications?unit=9999");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json.readTree(unknown.body()).path("message").asText()).isEqualTo("Unit dengan kode 9999 tidak terdaftar.");
  }

  @Test
  void theQuoteApiSellsItFor6501AndRefusesItFor6503() throws Exception {
    String order = """
        {"date": "2026-11-25", "userCategory": "INDIVIDUAL", "commercial": false,
         "items": [{"type": "PUBLICATION", "id": "%s", "format": "SOFTCOPY", "quantity": 1}]}""".formatted(OWN);
    HttpResponse<String> sold = post("/api/quotes?unit=6501", order);
    assertThat(sold.statusCode()).isEqualTo(200);
    assertThat(json.readTree(sold.body()).path("lines").get(0).path("description").asText())
        .contains("Kabupaten Bulungan Dalam Angka 2025");
    for (String unit : List.of("?unit=6503", "")) {
      HttpResponse<String> refused = post("/api/quotes" + unit, order);
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(json.readTree(refused.body()).path("message").asText()).startsWith("Item ke-1: " + REFUSED_6503);
    }
  }

  @Test
  void theCartOffersAndSellsItIn6501AndRefusesItIn6503() throws Exception {
    Map<String, Object> order = ProcessTestSupport.with(
        ProcessTestSupport.cart(ProcessTestSupport.publication(OWN)),
        ProcessTestSupport.vars("commercial", false, "purpose", "Bahan perencanaan daerah"));

    ProcessInstance bulungan = startAs("petugas6501", "Yohanes Bulungan");
    assertThat(productOptions(bulungan)).contains("PUBLICATION:" + OWN);
    completeAs("petugas6501", "6501", bulungan, "Task_CallVisitor", Map.of("counterName", "Loket 1"));
    completeAs("petugas6501", "6501", bulungan, "Task_RecordRequest", order);
    SaleRequest sale = orders.get(bulungan.getBusinessKey());
    OrderLine line = sale.lines().get(0);
    assertThat(line.productId()).isEqualTo(OWN);
    assertThat(line.description()).contains("Kabupaten Bulungan Dalam Angka 2025");
    // its softcopy file is titled from 6501's catalogue
    assertThat(softcopies.specFor(sale, line)).get().extracting(SoftcopyFiles.Spec::title)
        .isEqualTo("Kabupaten Bulungan Dalam Angka 2025");
    byte[] pdf = softcopies.bytes(sale, new id.go.bps.pst.delivery.DeliveryFile(1, sale.requestNumber(), 1,
        id.go.bps.pst.common.ProductType.PUBLICATION, OWN, "", "x.pdf", "application/pdf", true,
        java.time.Instant.now().plusSeconds(60), 3, 0), null, null);
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
          .contains("Kabupaten Bulungan Dalam Angka 2025", "298", "BPS KABUPATEN BULUNGAN");
    }

    ProcessInstance tanaTidung = startAs("petugas1", "Yohanes Tidung");
    assertThat(productOptions(tanaTidung)).doesNotContain("PUBLICATION:" + OWN)
        .contains("PUBLICATION:kab-tana-tidung-dalam-angka-2025");
    completeAs("petugas1", "6503", tanaTidung, "Task_CallVisitor", Map.of("counterName", "Loket 2"));
    assertThatThrownBy(() -> completeAs("petugas1", "6503", tanaTidung, "Task_RecordRequest", order))
        .hasMessageContaining(REFUSED_6503);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(tanaTidung.getId())
        .taskDefinitionKey("Task_RecordRequest").count()).isOne();
    // nor would 6503 deliver it
    SaleRequest other = orders.get(tanaTidung.getBusinessKey());
    assertThatThrownBy(() -> softcopies.specFor(other, line)).isInstanceOf(CatalogException.class)
        .hasMessageContaining(REFUSED_6503);
  }

  @SuppressWarnings("unchecked")
  private List<String> productOptions(ProcessInstance pi) {
    Map<String, Object> view = saleView.of(pi.getBusinessKey(), "/api/documents/").orElseThrow();
    return ((List<Map<String, String>>) view.get("productOptions")).stream().map(o -> o.get("value")).toList();
  }

  private List<String> publicationIds(String query) throws Exception {
    HttpResponse<String> response = get("/api/catalog/publications" + query);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode list = json.readTree(response.body());
    return java.util.stream.StreamSupport.stream(list.spliterator(), false).map(n -> n.path("id").asText()).toList();
  }

  private ProcessInstance startAs(String officer, String visitor) {
    engine.getIdentityService().setAuthentication(officer, List.of("petugas"));
    try {
      return ProcessTestSupport.start(engine, guestBook(visitor, "INDIVIDUAL"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void completeAs(String officer, String unit, ProcessInstance pi, String key, Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication(officer, List.of("petugas"), List.of(unit));
    try {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
          .singleResult();
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
