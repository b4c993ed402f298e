package id.go.bps.pst.process;

import static id.go.bps.pst.process.ProcessTestSupport.cart;
import static id.go.bps.pst.process.ProcessTestSupport.complete;
import static id.go.bps.pst.process.ProcessTestSupport.guestBook;
import static id.go.bps.pst.process.ProcessTestSupport.publication;
import static id.go.bps.pst.process.ProcessTestSupport.start;
import static id.go.bps.pst.process.ProcessTestSupport.task;
import static id.go.bps.pst.process.ProcessTestSupport.vars;
import static id.go.bps.pst.process.ProcessTestSupport.with;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.bps.pst.order.OrderService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The analyst's loop (issue 16): deploying from Camunda Modeler (the engine's REST API, multipart, only
 * the changed files) takes effect for the next sale and never breaks it; a model the application
 * cannot run is refused at deployment with a message naming what is missing.
 */
class AnalystDeploymentTest extends id.go.bps.pst.SharedContextTest {

  @Autowired ProcessEngine engine;
  @Autowired OrderService orders;
  @Autowired id.go.bps.pst.visit.QueueService queue;
  @Autowired id.go.bps.pst.visit.QueueReportService queueReports;
  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> deployments = new ArrayList<>();

  @BeforeEach
  void init() {
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
  }

  @AfterEach
  void undeploy() {
    deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
    deployments.clear();
  }

  @Test
  void aChangedZeroTariffRuleDeployedAloneTakesEffectForTheNextSale() throws Exception {
    String dmn = Files.readString(Path.of("processes/zero-tariff.dmn"));
    // the analyst makes individuals eligible: the catch-all rule now answers true
    String changed = dmn.replace("Kategori pengguna tidak termasuk pihak yang dapat dikenai tarif Rp0",
        "Perorangan dapat dikenai tarif Rp0 (uji)");
    int catchAll = changed.indexOf("Rule_Otherwise");
    String rule = changed.substring(catchAll);
    changed = changed.substring(0, catchAll) + rule.replaceFirst("<text>false</text>", "<text>true</text>");
    HttpResponse<String> response = deploy(Map.of("zero-tariff.dmn", changed));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

    ProcessInstance pi = start(engine, guestBook("Rina", "INDIVIDUAL"));
    complete(engine, pi, "Task_CallVisitor", vars("counterName", "Loket 1"));
    complete(engine, pi, "Task_RecordRequest", with(cart(publication("kab-tana-tidung-dalam-angka-2025")),
        vars("commercial", false, "purpose", "Bahan ajar")));
    assertThat(orders.get(pi.getBusinessKey()).zeroTariffMayApply()).isTrue();
    assertThat(orders.get(pi.getBusinessKey()).zeroTariffBasis()).contains("(uji)");
  }

  @Test
  void aQueueStandardChangedInTheModelIsTheOneTheQueueReportAndTheCounterPageShow() throws Exception {
    assertThat(queue.serviceStandard()).isEqualTo(java.time.Duration.ofMinutes(10));
    String bpmn = Files.readString(Path.of("processes/penjualan-produk-statistik.bpmn"));
    int timer = bpmn.indexOf("<bpmn:timerEventDefinition id=\"TimerDef_QueueWait\">");
    String changed = bpmn.substring(0, timer) + bpmn.substring(timer).replaceFirst(">PT10M<", ">PT15M<");
    HttpResponse<String> response = deploy(Map.of("penjualan-produk-statistik.bpmn", changed));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

    assertThat(queue.serviceStandard()).isEqualTo(java.time.Duration.ofMinutes(15));
    assertThat(queueReports.report(java.time.LocalDate.now()).standard()).isEqualTo(java.time.Duration.ofMinutes(15));
    // the officer's counter page says which standard starts when a session ends
    HttpResponse<String> counter = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/laporan/loket")).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            "petugas1:petugas1".getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(counter.statusCode()).isEqualTo(200);
    assertThat(counter.body()).contains("jam standar <span id=\"standard\">15 menit</span>");
  }

  @Test
  void aBpmnOnlyDeploymentRunsWithTheFormsAndDecisionsAlreadyDeployed() throws Exception {
    String bpmn = Files.readString(Path.of("processes/penjualan-produk-statistik.bpmn"))
        .replace("camunda:versionTag=\"2.0.0\"", "camunda:versionTag=\"2.0.1\"");
    HttpResponse<String> response = deploy(Map.of("penjualan-produk-statistik.bpmn", bpmn));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    ProcessInstance pi = start(engine, guestBook("Rina", "INDIVIDUAL"));
    assertThat(engine.getRepositoryService().getProcessDefinition(pi.getProcessDefinitionId()).getVersionTag())
        .isEqualTo("2.0.1");
    complete(engine, pi, "Task_CallVisitor", vars("counterName", "Loket 1"));
    complete(engine, pi, "Task_RecordRequest", with(cart(publication("kab-tana-tidung-dalam-angka-2025")),
        vars("commercial", false, "purpose", "Bahan ajar")));
    assertThat(task(pi, "Task_ExplainTerms")).isNotNull();
    assertThat(engine.getFormService().getDeployedTaskForm(task(pi, "Task_ExplainTerms").getId())).isNotNull();
  }

  @Test
  void anAddedUserTaskWithItsFormRunsAndIsInTheAuditTrailAndTheTaskList() throws Exception {
    String bpmn = Files.readString(Path.of("processes/penjualan-produk-statistik.bpmn"));
    // between the cart and the pricing: a supervisor's approval of large orders, added in the Modeler
    bpmn = bpmn.replace("<bpmn:sequenceFlow id=\"Flow_ToPrice\" sourceRef=\"Task_RecordRequest\" targetRef=\"Task_PriceOrder\" />",
        "<bpmn:sequenceFlow id=\"Flow_ToPrice\" sourceRef=\"Task_RecordRequest\" targetRef=\"Task_AnalystCheck\" />"
            + "<bpmn:userTask id=\"Task_AnalystCheck\" name=\"Periksa ulang keranjang\" camunda:formRef=\"form-analyst-check\""
            + " camunda:formRefBinding=\"latest\" camunda:candidateGroups=\"petugas\"><bpmn:incoming>Flow_ToPrice</bpmn:incoming>"
            + "<bpmn:outgoing>Flow_AnalystCheckDone</bpmn:outgoing></bpmn:userTask>"
            + "<bpmn:sequenceFlow id=\"Flow_AnalystCheckDone\" sourceRef=\"Task_AnalystCheck\" targetRef=\"Task_PriceOrder\" />");
    String form = """
        {"components":[{"type":"text","text":"#### {{sale.requestNumber}}","id":"Text_1"},
        {"type":"textfield","key":"analystNote","label":"Catatan","id":"Field_1"}],
        "type":"default","id":"form-analyst-check","schemaVersion":16}""";
    HttpResponse<String> response = deploy(Map.of("penjualan-produk-statistik.bpmn", bpmn,
        "form-analyst-check.form", form));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

    ProcessInstance pi = start(engine, guestBook("Rina Wulandari", "INDIVIDUAL"));
    ProcessTestSupport.completeAs(engine, pi, "Task_CallVisitor", "petugas2", "petugas", vars("counterName", "Loket 2"));
    ProcessTestSupport.completeAs(engine, pi, "Task_RecordRequest", "petugas2", "petugas",
        with(cart(publication("kab-tana-tidung-dalam-angka-2025")), vars("commercial", false, "purpose", "Bahan ajar")));
    var added = task(pi, "Task_AnalystCheck");
    assertThat(added.getAssignee()).isEqualTo("petugas2"); // a counter task of the officer who called
    assertThat(added.getName()).contains(pi.getBusinessKey(), "Rina Wulandari");
    assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("petugas").includeAssignedTasks()
        .taskId(added.getId()).count()).isOne();
    var officersFilter = engine.getFilterService().createFilterQuery().filterName("Tugas Petugas PST").singleResult();
    assertThat(engine.getFilterService().list(officersFilter.getId())).extracting(t -> ((org.camunda.bpm.engine.task.Task) t).getId())
        .contains(added.getId());
    ProcessTestSupport.completeAs(engine, pi, "Task_AnalystCheck", "petugas2", "petugas", vars("analystNote", "ok"));
    assertThat(orders.history(pi.getBusinessKey())).anySatisfy(e ->
        assertThat(e.detail()).isEqualTo("Periksa ulang keranjang"));
    assertThat(task(pi, "Task_ExplainTerms")).isNotNull();
  }

  @Autowired ModelDeployment startupDeployment;

  @Test
  void aRestartWithARebuiltJarLeavesTheNewerAnalystVersionInForceAndSaysSo() throws Exception {
    String bpmn = Files.readString(Path.of("processes/penjualan-produk-statistik.bpmn"));
    HttpResponse<String> analyst = deploy(Map.of("penjualan-produk-statistik.bpmn",
        bpmn.replace("camunda:versionTag=\"2.0.0\"", "camunda:versionTag=\"2.0.0-analis\"")));
    assertThat(analyst.statusCode()).as(analyst.body()).isEqualTo(200);

    // the application restarts with a rebuilt jar whose model changed too
    Map<String, byte[]> jar = new LinkedHashMap<>();
    jar.put("processes/penjualan-produk-statistik.bpmn",
        bpmn.replace("camunda:versionTag=\"2.0.0\"", "camunda:versionTag=\"2.0.0-jar\"").getBytes(StandardCharsets.UTF_8));
    jar.put("processes/zero-tariff.dmn", Files.readAllBytes(Path.of("processes/zero-tariff.dmn")));
    var outcome = startupDeployment.deploy(engine.getRepositoryService(), jar);

    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.PROCESS_KEY)
        .latestVersion().singleResult().getVersionTag()).isEqualTo("2.0.0-analis");
    assertThat(outcome).filteredOn(f -> f.key().equals(ProcessKeys.PROCESS_KEY)).singleElement()
        .satisfies(f -> assertThat(f.decision()).contains("modeler-test").contains("tetap berlaku"));
    assertThat(outcome).filteredOn(f -> f.key().equals("zero-tariff")).singleElement()
        .satisfies(f -> assertThat(f.decision()).isEqualTo("diterapkan bila berubah"));
  }

  @Test
  void aRollBackToTheRepositorysOwnFileIsNotReportedAsAnAnalystsVersionToExportAtRestart() throws Exception {
    String dmn = Files.readString(Path.of("processes/zero-tariff.dmn"));
    HttpResponse<String> changed = deploy(Map.of("zero-tariff.dmn", dmn.replace(
        "Kategori pengguna tidak termasuk pihak yang dapat dikenai tarif Rp0", "Aturan analis sementara")));
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    HttpResponse<String> rolledBack = deploy(Map.of("zero-tariff.dmn", dmn)); // the previous file, deployed again
    assertThat(rolledBack.statusCode()).as(rolledBack.body()).isEqualTo(200);

    Map<String, byte[]> jar = new LinkedHashMap<>();
    jar.put("processes/zero-tariff.dmn", dmn.getBytes(StandardCharsets.UTF_8));
    var outcome = startupDeployment.deploy(engine.getRepositoryService(), jar);
    assertThat(outcome).singleElement().satisfies(f -> assertThat(f.decision())
        .contains("sama dengan berkas di aplikasi").contains("tetap berlaku"));
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey("zero-tariff")
        .latestVersion().singleResult().getDeploymentId()).isEqualTo(deployments.get(1));
  }

  @Test
  void aModelTheApplicationCannotRunIsRefusedAtDeploymentNamingWhatIsMissing() throws Exception {
    String bpmn = Files.readString(Path.of("processes/penjualan-produk-statistik.bpmn"));
    long before = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.PROCESS_KEY).count();

    HttpResponse<String> renamed = deploy(Map.of("penjualan-produk-statistik.bpmn",
        bpmn.replace("Task_CallVisitor", "Task_PanggilPengunjung")));
    assertThat(renamed.statusCode()).isEqualTo(400);
    assertThat(renamed.body()).contains("Task_CallVisitor").contains("Penerapan ditolak");

    HttpResponse<String> unknownDelegate = deploy(Map.of("penjualan-produk-statistik.bpmn",
        bpmn.replace("${priceOrderDelegate}", "${hitungTarifBaru}")));
    assertThat(unknownDelegate.statusCode()).isEqualTo(400);
    assertThat(unknownDelegate.body()).contains("hitungTarifBaru");

    HttpResponse<String> unknownBeanInATimer = deploy(Map.of("penjualan-produk-statistik.bpmn",
        bpmn.replace("${queueClock.remaining(execution)}", "${jamAntrian.sisa(execution)}")));
    assertThat(unknownBeanInATimer.statusCode()).isEqualTo(400);
    assertThat(unknownBeanInATimer.body()).contains("jamAntrian");

    HttpResponse<String> missingForm = deploy(Map.of("penjualan-produk-statistik.bpmn",
        bpmn.replace("camunda:formRef=\"form-prepare-product\"", "camunda:formRef=\"form-siapkan-produk\"")));
    assertThat(missingForm.statusCode()).isEqualTo(400);
    assertThat(missingForm.body()).contains("form-siapkan-produk").contains("Task_PrepareProduct");

    HttpResponse<String> missingDecision = deploy(Map.of("penjualan-produk-statistik.bpmn",
        bpmn.replace("camunda:decisionRef=\"zero-tariff\"", "camunda:decisionRef=\"tarif-nol\"")));
    assertThat(missingDecision.statusCode()).isEqualTo(400);
    assertThat(missingDecision.body()).contains("tarif-nol");

    assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.PROCESS_KEY).count()).isEqualTo(before);
  }

  @Test
  void anExpressionNamingAMissingVariableOrMethodOrThatDoesNotParseIsRefusedAndSalesRunOnThePreviousVersion()
      throws Exception {
    String bpmn = Files.readString(Path.of("processes/penjualan-produk-statistik.bpmn"));
    String previous = latestSaleDefinition();

    HttpResponse<String> variable = deploy(Map.of("penjualan-produk-statistik.bpmn",
        bpmn.replace("${saleRecord.paid(execution)}", "${paidd}")));
    assertThat(variable.statusCode()).as(variable.body()).isEqualTo(400);
    assertThat(variable.body()).contains("Penerapan ditolak").contains("«paidd» tidak dikenal").contains("Flow_Paid");

    HttpResponse<String> method = deploy(Map.of("penjualan-produk-statistik.bpmn",
        bpmn.replace("${saleRecord.paid(execution)}", "${saleRecord.payd(execution)}")));
    assertThat(method.statusCode()).as(method.body()).isEqualTo(400);
    assertThat(method.body()).contains("Penerapan ditolak").contains("saleRecord tidak memiliki metode payd");

    HttpResponse<String> arguments = deploy(Map.of("penjualan-produk-statistik.bpmn",
        bpmn.replace("${saleRecord.paid(execution)}", "${saleRecord.paid()}")));
    assertThat(arguments.statusCode()).as(arguments.body()).isEqualTo(400);
    assertThat(arguments.body()).contains("metode paid dengan 0 argumen");

    HttpResponse<String> syntax = deploy(Map.of("penjualan-produk-statistik.bpmn",
        bpmn.replace("${saleRecord.paid(execution)}", "${saleRecord.paid(execution}")));
    assertThat(syntax.statusCode()).as(syntax.body()).isEqualTo(400);
    assertThat(syntax.body()).contains("Penerapan ditolak").contains("${saleRecord.paid(execution}")
        .contains("Flow_Paid").doesNotContain("ENGINE-");

    // the complaint process is checked too
    HttpResponse<String> complaint = deploy(Map.of("pengaduan.bpmn",
        Files.readString(Path.of("processes/pengaduan.bpmn")).replace("${answerByEmail}", "${answerByEmial}")));
    assertThat(complaint.statusCode()).as(complaint.body()).isEqualTo(400);
    assertThat(complaint.body()).contains("answerByEmial");

    assertThat(latestSaleDefinition()).isEqualTo(previous);
    ProcessInstance pi = start(engine, guestBook("Rina", "INDIVIDUAL"));
    assertThat(pi.getProcessDefinitionId()).isEqualTo(previous);
    complete(engine, pi, "Task_CallVisitor", vars("counterName", "Loket 1"));
    assertThat(task(pi, "Task_RecordRequest")).isNotNull();
  }

  @Test
  void aDecisionTableWithBrokenFeelOrNoDmnAtAllIsRefusedAndSalesKeepTheirDecision() throws Exception {
    String dmn = Files.readString(Path.of("processes/zero-tariff.dmn"));
    long decisions = engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey("zero-tariff")
        .count();

    HttpResponse<String> input = deploy(Map.of("zero-tariff.dmn",
        dmn.replaceFirst("<text>userCategory</text>", "<text>not valid feel ((( userCategory</text>")));
    assertThat(input.statusCode()).as(input.body()).isEqualTo(400);
    assertThat(input.body()).contains("Penerapan ditolak").contains("keputusan zero-tariff")
        .contains("ekspresi masukan «Kategori pengguna»").contains("bukan ekspresi FEEL yang sah");

    HttpResponse<String> entry = deploy(Map.of("zero-tariff.dmn",
        dmn.replaceFirst("<text>\"GOVERNMENT_AGENCY\"</text>", "<text>\"GOVERNMENT_AGENCY</text>")));
    assertThat(entry.statusCode()).as(entry.body()).isEqualTo(400);
    assertThat(entry.body()).contains("Rule_GovernmentAgency").contains("kolom masukan «Kategori pengguna»")
        .contains("bukan uji FEEL yang sah");

    HttpResponse<String> notDmn = deploy(Map.of("zero-tariff.dmn", dmn.substring(0, dmn.length() / 2)));
    assertThat(notDmn.statusCode()).as(notDmn.body()).isEqualTo(400);
    assertThat(notDmn.body()).contains("Penerapan ditolak").contains("bukan DMN yang dapat dibaca");

    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey("zero-tariff")
        .count()).isEqualTo(decisions);
    ProcessInstance pi = start(engine, guestBook("Rina", "INDIVIDUAL"));
    complete(engine, pi, "Task_CallVisitor", vars("counterName", "Loket 1"));
    complete(engine, pi, "Task_RecordRequest", with(cart(publication("kab-tana-tidung-dalam-angka-2025")),
        vars("commercial", false, "purpose", "Bahan ajar")));
    assertThat(task(pi, "Task_ExplainTerms")).isNotNull();
  }

  @Test
  void aFormWithoutTheFieldItsTaskDecidesOnIsRefusedAloneAndWithItsModel() throws Exception {
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    var form = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
        Files.readString(Path.of("forms/form-choose-payment.form")));
    var components = (com.fasterxml.jackson.databind.node.ArrayNode) form.path("components");
    for (int i = 0; i < components.size(); i++) {
      if ("paymentMethod".equals(components.get(i).path("key").asText())) {
        components.remove(i);
        break;
      }
    }
    long deploymentsBefore = engine.getRepositoryService().createDeploymentQuery().count();

    HttpResponse<String> alone = deploy(Map.of("form-choose-payment.form", form.toString()));
    assertThat(alone.statusCode()).as(alone.body()).isEqualTo(400);
    assertThat(alone.body()).contains("Penerapan ditolak").contains("form-choose-payment.form")
        .contains("isian «paymentMethod»").contains("Task_ChoosePaymentMethod");

    HttpResponse<String> withModel = deploy(Map.of("form-choose-payment.form", form.toString(),
        "penjualan-produk-statistik.bpmn", Files.readString(Path.of("processes/penjualan-produk-statistik.bpmn"))));
    assertThat(withModel.statusCode()).as(withModel.body()).isEqualTo(400);
    assertThat(withModel.body()).contains("isian «paymentMethod»");

    // a field a gateway after the task decides on (the form's previous version had it) may not go either
    var correction = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
        Files.readString(Path.of("forms/form-handle-product-correction.form")));
    String withoutReissue = correction.toString().replace("\"reissueReceipt\"", "\"reissueReceiptX\"");
    HttpResponse<String> gateway = deploy(Map.of("form-handle-product-correction.form", withoutReissue));
    assertThat(gateway.statusCode()).as(gateway.body()).isEqualTo(400);
    assertThat(gateway.body()).contains("isian «reissueReceipt»").contains("kondisi alur sesudahnya");

    // a listener shared by several tasks reads different fields on each: the complaint's triage reads the note
    String triage = Files.readString(Path.of("forms/form-complaint-triage.form")).replace("\"triageNote\"",
        "\"triageRemark\"");
    HttpResponse<String> complaint = deploy(Map.of("form-complaint-triage.form", triage));
    assertThat(complaint.statusCode()).as(complaint.body()).isEqualTo(400);
    assertThat(complaint.body()).contains("isian «triageNote»").contains("complaintTaskListener");

    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
  }

  @Test
  void everyShippedModelFormAndDecisionDeploysAloneAndAllTogether() throws Exception {
    Map<String, String> all = new LinkedHashMap<>();
    for (String dir : List.of("processes", "forms")) {
      try (var files = Files.list(Path.of(dir))) {
        for (Path file : files.sorted().toList()) {
          all.put(file.getFileName().toString(), Files.readString(file));
        }
      }
    }
    all.forEach((name, content) -> {
      try {
        HttpResponse<String> response = deploy(Map.of(name, content));
        assertThat(response.statusCode()).as(name + ": " + response.body()).isEqualTo(200);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    HttpResponse<String> together = deploy(all);
    assertThat(together.statusCode()).as(together.body()).isEqualTo(200);
  }

  @Test
  void onlyAnAdministratorMayDeployAndIsToldSoBeforeAnyCheck() throws Exception {
    String form = Files.readString(Path.of("forms/form-choose-payment.form")).replace("paymentMethod", "x");
    HttpResponse<String> officer = deploy(Map.of("form-choose-payment.form", form), "petugas1");
    assertThat(officer.statusCode()).as(officer.body()).isEqualTo(403);
    assertThat(officer.body()).contains("Hanya administrator (camunda-admin) yang dapat menerapkan model")
        .doesNotContain("paymentMethod");
  }

  @Test
  void aDeploymentForOneUnitIsRefusedAndEveryUnitKeepsTheSharedModel() throws Exception {
    String bpmn = Files.readString(Path.of("processes/penjualan-produk-statistik.bpmn"))
        .replace("camunda:versionTag=\"2.0.0\"", "camunda:versionTag=\"6501-khusus\"");
    long deploymentsBefore = engine.getRepositoryService().createDeploymentQuery().count();
    String shared = latestSaleDefinition();

    HttpResponse<String> unit = deploy(Map.of("penjualan-produk-statistik.bpmn", bpmn), "admin", "6501");
    assertThat(unit.statusCode()).as(unit.body()).isEqualTo(400);
    assertThat(unit.body()).contains("Penerapan ditolak").contains("Tenant ID «6501»")
        .contains("berlaku bersama untuk semua unit").contains("Kosongkan isian Tenant ID");
    // a form or a decision table alone for one unit is refused the same way
    HttpResponse<String> table = deploy(Map.of("zero-tariff.dmn", Files.readString(Path.of("processes/zero-tariff.dmn"))),
        "admin", "6501");
    assertThat(table.statusCode()).as(table.body()).isEqualTo(400);
    assertThat(table.body()).contains("Tenant ID «6501»");

    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.PROCESS_KEY)
        .tenantIdIn("6501").count()).isZero();
    // the second unit's officer still starts the shared model (one "Penjualan Produk Statistik" in Tasklist)
    var forUnit = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.PROCESS_KEY)
        .latestVersion().list();
    assertThat(forUnit).extracting(d -> d.getId()).containsExactly(shared);
  }

  @Test
  void aTaskForAGroupThatDoesNotWorkInTasklistAMessageTheApplicationSendsRenamedOrAnEndThatRecordsNothingIsRefused() throws Exception {
    String bpmn = Files.readString(Path.of("processes/penjualan-produk-statistik.bpmn"));
    String previous = latestSaleDefinition();
    String prepare = "id=\"Task_PrepareProduct\" name=\"Siapkan produk statistik yang diminta\" camunda:formRef=\"form-prepare-product\" "
        + "camunda:formRefBinding=\"latest\" camunda:candidateGroups=\"petugas\"";
    assertThat(bpmn).contains(prepare);

    HttpResponse<String> typo = deploy(Map.of("penjualan-produk-statistik.bpmn",
        bpmn.replace(prepare, prepare.replace("\"petugas\"", "\"petugass\""))));
    assertThat(typo.statusCode()).as(typo.body()).isEqualTo(400);
    assertThat(typo.body()).contains("Penerapan ditolak").contains("Task_PrepareProduct").contains("«petugass»")
        .contains("tidak ada di Camunda").contains("tidak akan tampil bagi siapa pun")
        .contains("bendahara, petugas, supervisor");

    HttpResponse<String> auditors = deploy(Map.of("penjualan-produk-statistik.bpmn",
        bpmn.replace(prepare, prepare.replace("\"petugas\"", "\"petugas, auditor\""))));
    assertThat(auditors.statusCode()).as(auditors.body()).isEqualTo(400);
    assertThat(auditors.body()).contains("«auditor»").contains("tidak bekerja di Tasklist").doesNotContain("«petugas»");

    HttpResponse<String> cancellation = deploy(Map.of("penjualan-produk-statistik.bpmn",
        bpmn.replace("name=\"RequestCancellation\"", "name=\"PembatalanPermintaan\"")));
    assertThat(cancellation.statusCode()).as(cancellation.body()).isEqualTo(400);
    assertThat(cancellation.body()).contains("pesan «RequestCancellation»").contains("pembatalan oleh koordinator");

    HttpResponse<String> payment = deploy(Map.of("penjualan-produk-statistik.bpmn",
        bpmn.replace("name=\"PaymentReceived\"", "name=\"PembayaranDiterima\"")));
    assertThat(payment.statusCode()).as(payment.body()).isEqualTo(400);
    assertThat(payment.body()).contains("pesan «PaymentReceived»").contains("bank");

    // a new end on the main path that records nothing: the request would stay "Sedang dilayani" for ever
    String rejectedLink = "<bpmn:intermediateThrowEvent id=\"Event_CancelDocumentsRejected\" name=\"Batalkan permintaan\">"
        + "<bpmn:incoming>Flow_DocumentsRejected</bpmn:incoming><bpmn:linkEventDefinition id=\"LinkDef_Event_CancelDocumentsRejected\" "
        + "name=\"Pembatalan\" /></bpmn:intermediateThrowEvent>";
    assertThat(bpmn).contains(rejectedLink);
    HttpResponse<String> end = deploy(Map.of("penjualan-produk-statistik.bpmn", bpmn.replace(rejectedLink,
        "<bpmn:endEvent id=\"Event_CancelDocumentsRejected\" name=\"Ditolak, selesai\"><bpmn:incoming>Flow_DocumentsRejected"
            + "</bpmn:incoming></bpmn:endEvent>")));
    assertThat(end.statusCode()).as(end.body()).isEqualTo(400);
    assertThat(end.body()).contains("akhir Event_CancelDocumentsRejected (Ditolak, selesai)").contains("Sedang dilayani")
        .contains("End_Completed").doesNotContain("End_QueueEscalationHandled").doesNotContain("akhir End_Cancelled");

    HttpResponse<String> complaint = deploy(Map.of("pengaduan.bpmn", Files.readString(Path.of("processes/pengaduan.bpmn"))
        .replace("name=\"ComplaintReopened\"", "name=\"ComplaintReopen\"")));
    assertThat(complaint.statusCode()).as(complaint.body()).isEqualTo(400);
    assertThat(complaint.body()).contains("pesan «ComplaintReopened»");

    assertThat(latestSaleDefinition()).isEqualTo(previous);
  }

  private String latestSaleDefinition() {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.PROCESS_KEY)
        .latestVersion().singleResult().getId();
  }

  private HttpResponse<String> deploy(Map<String, String> files) throws Exception {
    return deploy(files, "admin");
  }

  private HttpResponse<String> deploy(Map<String, String> files, String user) throws Exception {
    return deploy(files, user, null);
  }

  /**
   * A deployment as Camunda Modeler sends it: multipart, the changed files only, the tenant when its "Tenant ID" is
   * filled in.
   */
  private HttpResponse<String> deploy(Map<String, String> files, String user, String tenant) throws Exception {
    String boundary = "----pst" + System.nanoTime();
    StringBuilder body = new StringBuilder();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("deployment-name", "modeler-test");
    fields.put("deploy-changed-only", "true");
    fields.put("deployment-source", "Camunda Modeler");
    if (tenant != null) {
      fields.put("tenant-id", tenant);
    }
    fields.forEach((k, v) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
        .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
    files.forEach((name, content) -> body.append("--").append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"; filename=\"").append(name)
        .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n").append(content).append("\r\n"));
    body.append("--").append(boundary).append("--\r\n");
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 200) {
      deployments.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).path("id").asText());
    }
    return response;
  }
}
