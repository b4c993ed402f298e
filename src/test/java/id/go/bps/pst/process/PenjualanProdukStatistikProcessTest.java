package id.go.bps.pst.process;

import static id.go.bps.pst.process.ProcessTestSupport.cart;
import static id.go.bps.pst.process.ProcessTestSupport.complete;
import static id.go.bps.pst.process.ProcessTestSupport.executeJob;
import static id.go.bps.pst.process.ProcessTestSupport.guestBook;
import static id.go.bps.pst.process.ProcessTestSupport.json;
import static id.go.bps.pst.process.ProcessTestSupport.map;
import static id.go.bps.pst.process.ProcessTestSupport.microdata;
import static id.go.bps.pst.process.ProcessTestSupport.publication;
import static id.go.bps.pst.process.ProcessTestSupport.start;
import static id.go.bps.pst.process.ProcessTestSupport.task;
import static id.go.bps.pst.process.ProcessTestSupport.vars;
import static id.go.bps.pst.process.ProcessTestSupport.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.DocumentRef;
import id.go.bps.pst.document.DocumentService;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.RequestStatus;
import id.go.bps.pst.order.SaleRequest;
import id.go.bps.pst.payment.PaymentService;
import id.go.bps.pst.payment.MutableClock;
import id.go.bps.pst.payment.ReceiptService;
import id.go.bps.pst.payment.RefundService;
import id.go.bps.pst.payment.internal.NotificationSignature;
import id.go.bps.pst.visit.QueueService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every path of the main process, on the real modules (tariff, documents, payment) and the real
 * database: H2 by default, MariaDB when PST_IT_DB=mariadb (as .ci/run does; see TestDatabase). Jobs and timers
 * are executed by the test, never by waiting. The build fails below 100% flow-node and
 * sequence-flow coverage of the main process (report in target/process-test-coverage).
 */
class PenjualanProdukStatistikProcessTest extends ProcessCoverageTest {

  private static final String SUSENAS = "susenas-2024-kor-individu";
  private static final String PUBLICATION = "kab-tana-tidung-dalam-angka-2025";

  @Autowired ProcessEngine engine;
  @Autowired OrderService orders;
  @Autowired DocumentService documents;
  @Autowired PaymentService payments;
  @Autowired ReceiptService receipts;
  @Autowired RefundService refunds;
  @Autowired MutableClock clock;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired QueueService queue;
  @Autowired UnitProperties unit;
  @Autowired id.go.bps.pst.payment.BillingPort billing;
  @Autowired VisitorUploads uploads;
  @Autowired id.go.bps.pst.notification.MailOutbox outbox;
  @LocalServerPort int port;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void clearAuthentication() {
    engine.getIdentityService().clearAuthentication();
  }

  // ---- helpers walking the common first steps ----------------------------------------------------

  private ProcessInstance throughExplanation(String category, Map<String, Object> cart, boolean requestZeroTariff) {
    ProcessInstance pi = start(engine, guestBook("Siti Aminah", category));
    assertThat(pi).isWaitingAt("Task_CallVisitor");
    complete(engine, pi, "Task_CallVisitor", vars("counterName", "Loket 1"));
    complete(engine, pi, "Task_RecordRequest", with(cart, vars("commercial", false,
        "purpose", "Penelitian tesis tentang kesejahteraan rumah tangga")));
    assertThat(pi).isWaitingAt("Task_ExplainTerms");
    complete(engine, pi, "Task_ExplainTerms", vars("zeroTariffRequested", requestZeroTariff));
    return pi;
  }

  private void acceptAndCheck(ProcessInstance pi, boolean zeroTariffApproved) {
    complete(engine, pi, "Task_AcceptTerms", vars("termsDecision", "ACCEPT", "documentsSubmitted",
        json("[\"IDENTITY_CARD\"]"), "dataUseAbstract", "Analisis pengeluaran rumah tangga per kecamatan untuk tesis.",
        "visitorOccupation", "Peneliti", "visitorAddress", "Jl. Perintis No. 7, Tideng Pale"));
    complete(engine, pi, "Task_CheckDocuments", vars("documentCheck", "COMPLETE", "zeroTariffApproved", zeroTariffApproved));
    executeJob(engine, pi, "Task_IssueInvoice");
    if (Boolean.TRUE.equals(engine.getRuntimeService().getVariable(pi.getId(), "hasMicrodata"))) {
      executeJob(engine, pi, "Task_IssueMicrodataDocuments");
    }
    assertThat(pi).isWaitingAt("Task_ReviewInvoice");
  }

  /** A one-publication sale through the cash payment, waiting for the receipt. */
  private ProcessInstance publicationPaidInCash() {
    ProcessInstance pi = throughExplanation("INDIVIDUAL", cart(publication(PUBLICATION)), false);
    acceptAndCheck(pi, false);
    complete(engine, pi, "Task_ReviewInvoice", vars("invoiceReview", "OK"));
    complete(engine, pi, "Task_ChoosePaymentMethod", vars("paymentMethod", "CASH"));
    complete(engine, pi, "Task_ReceiveCash", vars("cashReceived", true));
    return pi;
  }

  private void receiptToEnd(ProcessInstance pi) {
    complete(engine, pi, "Task_IssueReceipt", vars());
    executeJob(engine, pi, "Task_GenerateReceipt");
    complete(engine, pi, "Task_PrepareProduct", vars());
    // with microdata the officer confirms the signed agreement on the hand-over form (HandoverValidationListener)
    boolean microdata = Boolean.TRUE.equals(engine.getRuntimeService().getVariable(pi.getId(), "hasMicrodata"));
    complete(engine, pi, "Task_Handover", microdata ? vars("agreementAccepted", true) : vars());
    executeJob(engine, pi, "Task_GenerateHandover");
    complete(engine, pi, "Task_ReviewProduct", vars("productReview", "OK"));
    complete(engine, pi, "Task_RateService", vars("surveyQ1", 4, "surveyQ2", 4, "surveyQ3", 3, "surveyQ4", 3,
        "surveyQ5", 4, "surveyQ6", 4, "surveyQ7", 4, "surveyQ8", 3, "surveyQ9", 4, "surveyComment", "Cepat"));
    assertThat(pi).isEnded().hasPassed("End_Completed");
  }

  private String requestNumber(ProcessInstance pi) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
        .singleResult().getBusinessKey();
  }

  private List<DocumentKind> currentDocumentKinds(String requestNumber) {
    return documents.find(requestNumber).stream().map(DocumentRef::kind).toList();
  }

  // ---- paths ------------------------------------------------------------------------------------

  @Test
  void publicationPaidInCashRunsAllStepsWithoutSampleOrAgreement() {
    ProcessInstance pi = throughExplanation("INDIVIDUAL", cart(publication(PUBLICATION), map("wks-6503-desa", 2)), false);
    String number = requestNumber(pi);
    assertThat(number).matches("6503-\\d{4}-\\d{6}");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "identityNumber")).isNull();
    acceptAndCheck(pi, false);
    assertThat(pi).hasNotPassed("Task_IssueMicrodataDocuments");
    // without microdata step 10 is the model's shorter name (nameWithoutMicrodata): no sample, no agreement
    assertThat(task(pi, "Task_ReviewInvoice").getName()).startsWith("Periksa invoice · " + number);
    long total = orders.get(number).totalAmount();
    assertThat(total).isEqualTo(50_000L + 15_000L * ((pagesOf(PUBLICATION) - 1) / 50) + 2 * 70_000L);

    complete(engine, pi, "Task_ReviewInvoice", vars("invoiceReview", "OK"));
    assertThat(orders.history(number)).filteredOn(e -> e.action().equals("TASK_COMPLETED"))
        .extracting(e -> e.detail()).anySatisfy(d -> assertThat(d).startsWith("Periksa invoice (dibantu petugas"));
    assertThat(pi).isWaitingAt("Task_PrepareProduct", "Task_ChoosePaymentMethod");
    complete(engine, pi, "Task_ChoosePaymentMethod", vars("paymentMethod", "CASH"));
    assertThatThrownBy(() -> complete(engine, pi, "Task_ReceiveCash", vars("cashReceived", false)))
        .isInstanceOf(FormValidationException.class);
    complete(engine, pi, "Task_ReceiveCash", vars("cashReceived", true));
    assertThat(pi).hasNotPassed("Task_SignAgreement");
    receiptToEnd(pi);

    assertThat(orders.get(number).status()).isEqualTo(RequestStatus.COMPLETED);
    assertThat(payments.findPayment(number)).get().extracting(p -> p.amount()).isEqualTo(total);
    assertThat(receipts.findByRequestNumber(number)).isPresent();
    assertThat(currentDocumentKinds(number))
        .containsExactlyInAnyOrder(DocumentKind.INVOICE, DocumentKind.RECEIPT, DocumentKind.HANDOVER);
    assertThat(orders.history(number)).extracting(e -> e.actor()).contains("petugas1", "bendahara1");
    // the identity number, e-mail and phone never reach Camunda's history (only the masked number and name)
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableNameIn("identityNumber", "identityType", "visitorEmail", "visitorPhone").count()).isZero();
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId()).list())
        .noneMatch(d -> String.valueOf(d).contains("6503014507900001") || String.valueOf(d).contains("081255650671"));
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
        .noneMatch(v -> String.valueOf(v.getValue()).contains("081255650671"));
  }

  /**
   * The engine's history stays whole although it is written with fewer statements (issue 13): every user
   * task and its activity instance end with a duration that fits their start and end (taken from the task
   * in memory, TaskAwareDbHistoryEventHandler), steps that are not user tasks keep theirs, and pricing the
   * order again for the invoice does not rewrite the product-kind variables it left unchanged.
   */
  @Test
  void historyKeepsEveryEndAndDurationAndNoRewriteOfUnchangedVariables() {
    ProcessInstance pi = publicationPaidInCash();
    receiptToEnd(pi);

    var history = engine.getHistoryService();
    var tasks = history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId()).list();
    assertThat(tasks).hasSizeGreaterThanOrEqualTo(10).allSatisfy(t -> {
      assertThat(t.getEndTime()).as(t.getTaskDefinitionKey()).isNotNull();
      // start times are stored to the second on MariaDB: the duration fits them within that second
      assertThat(t.getDurationInMillis()).as(t.getTaskDefinitionKey()).isNotNull()
          .isBetween(t.getEndTime().getTime() - t.getStartTime().getTime() - 1000,
              t.getEndTime().getTime() - t.getStartTime().getTime() + 1000);
    });
    var steps = history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).finished().list();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).unfinished().count())
        .isZero();
    assertThat(steps).filteredOn(a -> "userTask".equals(a.getActivityType())).hasSize(tasks.size())
        .allSatisfy(a -> assertThat(a.getDurationInMillis()).as(a.getActivityId()).isNotNull()
            .isBetween(a.getEndTime().getTime() - a.getStartTime().getTime() - 1000,
                a.getEndTime().getTime() - a.getStartTime().getTime() + 1000));
    // the invoice's own job started in the transaction before its end: its duration is read as before
    assertThat(steps).filteredOn(a -> "Task_IssueInvoice".equals(a.getActivityId())).isNotEmpty()
        .allSatisfy(a -> assertThat(a.getDurationInMillis()).isNotNull().isNotNegative());

    var hasPublication = history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("hasPublication").singleResult();
    assertThat(hasPublication.getValue()).isEqualTo(true);
    assertThat(history.createHistoricDetailQuery().variableInstanceId(hasPublication.getId()).count())
        .as("priced twice (record, invoice) with the same cart: set once").isZero();
  }

  @Test
  void microdataPaidByBankWithEveryCorrectionLoop() throws Exception {
    ProcessInstance pi = throughExplanation("STUDENT",
        cart(microdata(SUSENAS, "KODE_KEC, JK, UMUR"), publication(PUBLICATION)), false);
    String number = requestNumber(pi);
    // step 7-9 with uploads: the visitor's research letter is rejected, sent back, uploaded again, accepted
    var letter = uploads.upload(number, "RESEARCH_LETTER", "surat-penelitian.pdf",
        id.go.bps.pst.document.TestUploads.pdf("Surat penelitian (tanpa tanda tangan)"), Actors.VISITOR_PORTAL);
    complete(engine, pi, "Task_AcceptTerms", vars("termsDecision", "ACCEPT", "documentsSubmitted", json("[]"),
        "dataUseAbstract", "Analisis umur dan jenis kelamin penduduk per kecamatan.",
        "visitorOccupation", "Peneliti", "visitorAddress", "Jl. Perintis No. 7, Tideng Pale"));
    assertThat(orders.requiredDocuments(number)).filteredOn(d -> d.code().equals("RESEARCH_LETTER"))
        .singleElement().extracting(d -> d.submitted()).isEqualTo(true); // uploaded counts as handed over
    assertThatThrownBy(() -> complete(engine, pi, "Task_CheckDocuments", vars("documentCheck", "COMPLETE")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("belum diperiksa: Surat keterangan penelitian");
    uploads.decide(number, letter.id(), false, "Belum ditandatangani dekan", "petugas1");
    assertThatThrownBy(() -> complete(engine, pi, "Task_CheckDocuments", vars("documentCheck", "COMPLETE")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("ditolak");
    complete(engine, pi, "Task_CheckDocuments", vars("documentCheck", "INCOMPLETE", "documentCheckNote", ""));
    assertThat(pi).isWaitingAt("Task_AcceptTerms");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "documentCheckNote")).isEqualTo(
        "Berkas ditolak: Surat keterangan penelitian dari perguruan tinggi: Belum ditandatangani dekan");
    id.go.bps.pst.EventPublications.awaitCompleted(jdbc); // the mail follows the event after the commit
    assertThat(outbox.forRequest(number)).anySatisfy(m -> {
      assertThat(m.type()).isEqualTo(id.go.bps.pst.notification.MailType.DOCUMENTS_RETURNED);
      assertThat(m.bodyText()).contains("Belum ditandatangani dekan");
    });
    var again = uploads.upload(number, "RESEARCH_LETTER", "surat-penelitian.pdf",
        id.go.bps.pst.document.TestUploads.pdf("Surat penelitian (ditandatangani)"), Actors.VISITOR_PORTAL);
    uploads.decide(number, again.id(), true, null, "petugas1");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "documentCheckNote")).asString()
        .contains("Belum ditandatangani dekan"); // shown to the visitor above the terms
    acceptAndCheck(pi, false);
    // the second check did not start from the first one's note: its audit line carries no old reason
    assertThat(orders.history(number)).filteredOn(e -> e.action().equals("DOCUMENTS_COMPLETE"))
        .singleElement().satisfies(e -> assertThat(e.detail()).isNull());
    // and the auditor's history keeps each round's decision as its own row (the first round's removed, not lost)
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("documentCheck").includeDeleted().list()).extracting(v -> v.getValue())
        .containsExactlyInAnyOrder("INCOMPLETE", "COMPLETE");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("documentCheckNote").includeDeleted().list()).extracting(v -> String.valueOf(v.getValue()))
        .anySatisfy(v -> assertThat(v).contains("Belum ditandatangani dekan"));
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("termsDecision").includeDeleted().list()).hasSize(2);
    assertThat(pi).hasPassed("Task_IssueMicrodataDocuments");
    assertThat(currentDocumentKinds(number)).contains(DocumentKind.INVOICE, DocumentKind.MICRODATA_SAMPLE,
        DocumentKind.USAGE_AGREEMENT);
    // with microdata, step 10 is called as the model's name says: the sample and the agreement are there
    assertThat(task(pi, "Task_ReviewInvoice").getName())
        .startsWith("Periksa invoice, contoh data mikro dan perjanjian · " + number);

    // step 10-11: correction of the cart (drop the publication), documents reissued as version 2
    complete(engine, pi, "Task_ReviewInvoice", vars("invoiceReview", "CORRECTION",
        "correctionReason", "Publikasi tidak jadi dibeli"));
    // a corrected name keeps the guest book's rules: no markup written in through the correction
    assertThatThrownBy(() -> complete(engine, pi, "Task_HandleInvoiceCorrection", with(cart(microdata(SUSENAS,
        "KODE_KEC, JK, UMUR")), vars("visitorName", "<img src=x onerror=alert(1)>", "institution",
        "Universitas Borneo Tarakan", "more2", false, "commercial", false, "purpose", "Penelitian tesis",
        "correctionResult", "Publikasi dihapus dari invoice"))))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Nama tidak boleh berisi kode");
    assertThatThrownBy(() -> complete(engine, pi, "Task_HandleInvoiceCorrection", with(cart(microdata(SUSENAS,
        "KODE_KEC, JK, UMUR")), vars("visitorName", "Siti Aminah", "institution", "<script>alert(1)</script>",
        "more2", false, "commercial", false, "purpose", "Penelitian tesis",
        "correctionResult", "Publikasi dihapus dari invoice"))))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("tanpa tanda < > { }");
    complete(engine, pi, "Task_HandleInvoiceCorrection", with(cart(microdata(SUSENAS, "KODE_KEC, JK, UMUR")),
        vars("visitorName", "Siti Aminah, S.E.", "institution", "Universitas Borneo Tarakan", "more2", false,
            "commercial", false, "purpose", "Penelitian tesis", "correctionResult", "Publikasi dihapus dari invoice")));
    // recorded, then gone from the forms: a second round starts empty on both sides
    assertThat(orders.history(number)).anySatisfy(e -> assertThat(e.detail()).contains("Publikasi dihapus dari invoice"));
    for (String shown : List.of("correctionResult", "invoiceReview", "correctionReason")) {
      assertThat(engine.getRuntimeService().getVariable(pi.getId(), shown)).as(shown).isNull();
    }
    executeJob(engine, pi, "Task_IssueInvoice");
    executeJob(engine, pi, "Task_IssueMicrodataDocuments");
    assertThat(documents.find(number)).filteredOn(d -> d.kind() == DocumentKind.INVOICE)
        .singleElement().extracting(DocumentRef::version).isEqualTo(2);
    assertThat(orders.get(number).visitorName()).isEqualTo("Siti Aminah, S.E.");
    complete(engine, pi, "Task_ReviewInvoice", vars("invoiceReview", "OK"));

    // step 13b: bank, through a real signed HTTP notification from the billing side
    complete(engine, pi, "Task_ChoosePaymentMethod", vars("paymentMethod", "BANK"));
    executeJob(engine, pi, "Task_IssueBillingCode");
    assertThat(pi).isWaitingAt("Gateway_AwaitPayment");
    String billingCode = billing.findLatest(number).orElseThrow().code();
    long total = orders.get(number).totalAmount();
    assertThat(billingCode).matches("\\d{15}");
    assertThat(notify(billingCode, total - 1)).isEqualTo(422);
    assertThat(pi).isWaitingAt("Gateway_AwaitPayment");
    // the payment message without a payment in our records (an admin's REST call) moves nothing
    HttpResponse<String> forged = adminMessage("{\"messageName\":\"PaymentReceived\",\"businessKey\":\"" + number
        + "\",\"processVariables\":{\"paid\":{\"value\":true}}}");
    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
    assertThat(forged.body()).contains("Belum ada pembayaran tercatat untuk permintaan " + number);
    assertThat(pi).isWaitingAt("Gateway_AwaitPayment");
    assertThat(notify(billingCode, total)).isEqualTo(200);
    assertThat(notify(billingCode, total)).isEqualTo(200); // a replay moves nothing
    assertThat(pi).hasPassed("Event_PaymentReceived").isWaitingAt("Task_SignAgreement", "Task_PrepareProduct");
    // the price in the audit trail is written as rupiah are (thousands separated), not as a bare number
    // priced when recorded and again after the correction; the first invoice's pricing of the unchanged cart
    // changes nothing and writes nothing
    assertThat(orders.history(number)).filteredOn(e -> e.action().equals("PRICED")).hasSize(2)
        .allSatisfy(e -> assertThat(e.detail()).matches("Total Rp\\d{1,3}(\\.\\d{3})+ menurut .*"))
        // each pricing names the cart it priced: the auditor sees the publication dropped by the correction
        .satisfies(priced -> {
          assertThat(priced.get(0).detail()).contains("Rincian: 1 × Data mikro", "1 × Publikasi");
          assertThat(priced.get(1).detail()).contains("Rincian: 1 × Data mikro").doesNotContain("Publikasi");
        })
        .last().satisfies(e -> assertThat(e.detail()).startsWith("Total " + id.go.bps.pst.common.Rupiah.format(total)));
    // the bank's payment is in the audit trail once (the replay adds nothing), by the bank, with its NTPN
    assertThat(orders.history(number)).filteredOn(e -> e.action().equals("PAYMENT_RECEIVED")).singleElement()
        .satisfies(e -> {
          assertThat(e.actor()).isEqualTo("bank");
          assertThat(e.detail()).startsWith("Pembayaran bank Rp").contains("NTPN ");
        });
    // and the sale is paid (it once stayed "waiting for payment" until the receipt)
    assertThat(orders.get(number).status()).isEqualTo(RequestStatus.PAID);
    assertThat(orders.history(number)).filteredOn(e -> e.action().equals("STATUS_PAID")).singleElement()
        .satisfies(e -> assertThat(e.detail()).startsWith("Dibayar melalui bank: Rp").contains("NTPN "));

    // step 14 waits for the signed agreement: uploaded by the visitor, rejected, then scanned at the counter
    assertThatThrownBy(() -> complete(engine, pi, "Task_SignAgreement", vars("agreementSigned", true,
        "dutyStampAffixed", true))).isInstanceOf(FormValidationException.class).hasMessageContaining("Unggah pindaian");
    var unsigned = uploads.upload(number, id.go.bps.pst.document.UploadService.SIGNED_AGREEMENT, "sppd.pdf",
        id.go.bps.pst.document.TestUploads.pdf("SPPD tanpa meterai"), Actors.VISITOR_PORTAL);
    uploads.decide(number, unsigned.id(), false, "Meterai belum ada", "petugas1");
    assertThatThrownBy(() -> complete(engine, pi, "Task_SignAgreement", vars("agreementSigned", true,
        "dutyStampAffixed", true))).isInstanceOf(FormValidationException.class).hasMessageContaining("Meterai belum ada");
    uploads.upload(number, id.go.bps.pst.document.UploadService.SIGNED_AGREEMENT, "scan.png",
        id.go.bps.pst.document.TestUploads.image("png", 800, 1100), "petugas1");
    complete(engine, pi, "Task_SignAgreement", vars("agreementSigned", true, "dutyStampAffixed", true));
    complete(engine, pi, "Task_IssueReceipt", vars());
    executeJob(engine, pi, "Task_GenerateReceipt");
    complete(engine, pi, "Task_PrepareProduct", vars());
    // step 16: microdata leave only against a signed agreement an officer has checked; the scan is only stored
    assertThatThrownBy(() -> complete(engine, pi, "Task_Handover", vars()))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("sudah saya periksa dan sesuai");
    var scanned = uploads.slots(number).stream()
        .filter(s -> s.code().equals(id.go.bps.pst.document.UploadService.SIGNED_AGREEMENT)).findFirst().orElseThrow()
        .current();
    uploads.decide(number, scanned.id(), false, "Tanda tangan pihak kedua tidak ada", "petugas2");
    assertThatThrownBy(() -> complete(engine, pi, "Task_Handover", vars("agreementAccepted", true)))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Tanda tangan pihak kedua tidak ada");
    var corrected = uploads.upload(number, id.go.bps.pst.document.UploadService.SIGNED_AGREEMENT, "scan2.png",
        id.go.bps.pst.document.TestUploads.image("png", 820, 1160), Actors.VISITOR_PORTAL);
    uploads.decide(number, corrected.id(), true, null, "petugas2"); // accepted on the file page
    complete(engine, pi, "Task_Handover", vars());
    executeJob(engine, pi, "Task_GenerateHandover");

    // step 17-18: one correction with a reissued receipt, one without
    complete(engine, pi, "Task_ReviewProduct", vars("productReview", "CORRECTION",
        "productCorrectionReason", "Nama pada kuitansi salah"));
    assertThatThrownBy(() -> complete(engine, pi, "Task_HandleProductCorrection", vars("productCorrectionResult",
        "ok", "reissueReceipt", true))).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("apa yang sudah diperbaiki");
    // a new payer's name needs a new receipt
    assertThatThrownBy(() -> complete(engine, pi, "Task_HandleProductCorrection", vars("productCorrectionResult",
        "Nama pembayar diganti", "reissueReceipt", false, "receiptPayer", "PT Data Borneo Jaya")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Kuitansi perlu diterbitkan ulang");
    assertThatThrownBy(() -> complete(engine, pi, "Task_HandleProductCorrection", vars("productCorrectionResult",
        "Nama pembayar diganti", "reissueReceipt", true, "receiptPayer", "<b>PT</b>")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Nama pembayar");
    complete(engine, pi, "Task_HandleProductCorrection", vars("productCorrectionResult", "Kuitansi diperbaiki",
        "reissueReceipt", true, "receiptPayer", "  PT Data   Borneo Jaya "));
    assertThat(orders.receiptPayer(number)).isEqualTo("PT Data Borneo Jaya");
    assertThat(orders.history(number)).filteredOn(e -> e.action().equals("RECEIPT_PAYER_CHANGED")).singleElement()
        .satisfies(e -> assertThat(e.detail()).endsWith("menjadi PT Data Borneo Jaya"));
    // the visitor learns the answer (audit trail and portal history, e-mail, the review form) and reviews afresh
    assertThat(orders.history(number)).filteredOn(e -> e.action().equals("PRODUCT_CORRECTION_HANDLED"))
        .singleElement().satisfies(e -> assertThat(e.detail()).isEqualTo("Kuitansi diperbaiki"));
    id.go.bps.pst.EventPublications.awaitCompleted(jdbc);
    assertThat(outbox.forRequest(number)).filteredOn(m -> m.type() == id.go.bps.pst.notification.MailType.CORRECTION_ANSWERED)
        .anySatisfy(m -> assertThat(m.bodyText()).contains("Kuitansi diperbaiki"));
    assertThat(engine.getRuntimeService().getVariables(pi.getId())).doesNotContainKeys("productReview",
        "productCorrectionReason").containsEntry("productCorrectionResult", "Kuitansi diperbaiki");
    executeJob(engine, pi, "Task_ReissueReceipt");
    DocumentRef reissued = documents.find(number).stream().filter(d -> d.kind() == DocumentKind.RECEIPT)
        .findFirst().orElseThrow();
    assertThat(reissued.version()).isEqualTo(2);
    // version 2 names the corrected payer ("Sudah terima dari")
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(documents.open(reissued.id()).bytes())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("PT Data Borneo Jaya");
    }
    complete(engine, pi, "Task_ReviewProduct", vars("productReview", "CORRECTION",
        "productCorrectionReason", "Berkas CSV tidak bisa dibuka"));
    // the second correction's answer field does not offer the first answer or payer again
    assertThat(engine.getRuntimeService().getVariables(pi.getId())).doesNotContainKeys("productCorrectionResult",
        "receiptPayer");
    complete(engine, pi, "Task_HandleProductCorrection", vars("productCorrectionResult", "Berkas dikirim ulang",
        "reissueReceipt", false));
    complete(engine, pi, "Task_ReviewProduct", vars("productReview", "OK"));
    complete(engine, pi, "Task_RateService", vars("surveyQ1", 3, "surveyQ2", 3, "surveyQ3", 3, "surveyQ4", 3,
        "surveyQ5", 3, "surveyQ6", 3, "surveyQ7", 3, "surveyQ8", 3, "surveyQ9", 3));
    assertThat(pi).isEnded().hasPassed("End_Completed");
    assertThat(payments.findPayment(number)).get().extracting(p -> p.ntpn()).isEqualTo("NTPN0000000000AB");
  }

  /** A university that pays is not asked for the zero tariff's letter; one that applies for Rp0 is. */
  @Test
  void theZeroTariffLetterIsRequiredOnlyWhenRpZeroIsAppliedFor() {
    ProcessInstance paying = throughExplanation("EDUCATIONAL_INSTITUTION", cart(publication(PUBLICATION)), false);
    assertThat(orders.get(requestNumber(paying)).zeroTariffMayApply()).isTrue();
    assertThat(orders.requiredDocuments(requestNumber(paying))).extracting(d -> d.code())
        .doesNotContain(id.go.bps.pst.order.OrderService.ZERO_TARIFF_LETTER).contains("INTRODUCTION_LETTER");
    assertThat(uploads.slots(requestNumber(paying))).extracting(s -> s.code())
        .doesNotContain(id.go.bps.pst.order.OrderService.ZERO_TARIFF_LETTER);

    ProcessInstance applying = throughExplanation("EDUCATIONAL_INSTITUTION", cart(publication(PUBLICATION)), true);
    assertThat(orders.requiredDocuments(requestNumber(applying))).extracting(d -> d.code())
        .contains(id.go.bps.pst.order.OrderService.ZERO_TARIFF_LETTER);
  }

  @Test
  void zeroTariffSkipsPaymentButKeepsReceiptAndAgreement() {
    ProcessInstance pi = throughExplanation("GOVERNMENT_AGENCY", cart(microdata(SUSENAS, "")), true);
    assertThat(orders.get(requestNumber(pi)).zeroTariffMayApply()).isTrue();
    acceptAndCheck(pi, true);
    assertThat(orders.get(requestNumber(pi)).totalAmount()).isEqualTo(0L);
    complete(engine, pi, "Task_ReviewInvoice", vars("invoiceReview", "OK"));
    assertThat(pi).hasNotPassed("Task_ChoosePaymentMethod");
    uploads.upload(requestNumber(pi), id.go.bps.pst.document.UploadService.SIGNED_AGREEMENT, "sppd.pdf",
        id.go.bps.pst.document.TestUploads.pdf("SPPD ditandatangani"), Actors.VISITOR_PORTAL);
    complete(engine, pi, "Task_SignAgreement", vars("agreementSigned", true, "dutyStampAffixed", true));
    receiptToEnd(pi);
    String number = requestNumber(pi);
    // the check on the hand-over form accepted the visitor's upload, by the officer, in the audit trail
    assertThat(uploads.slots(number)).filteredOn(s -> s.code().equals(id.go.bps.pst.document.UploadService.SIGNED_AGREEMENT))
        .singleElement().satisfies(s -> {
          assertThat(s.current().accepted()).isTrue();
          assertThat(s.current().reviewedBy()).isNotBlank();
        });
    assertThat(orders.history(number)).filteredOn(e -> e.action().equals("UPLOAD_ACCEPTED")).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("versi 1 diterima"));
    assertThat(receipts.findByRequestNumber(number)).get().extracting(r -> r.amount()).isEqualTo(0L);
    assertThat(payments.findPayment(number)).isEmpty();
  }

  @Test
  void billingExpiryLetsTheVisitorChooseAgainRenewThenCash() throws Exception {
    ProcessInstance pi = throughExplanation("PRIVATE", cart(map("wks-6503-kecamatan", 1)), false);
    String number = requestNumber(pi);
    acceptAndCheck(pi, false);
    complete(engine, pi, "Task_ReviewInvoice", vars("invoiceReview", "OK"));
    assertThatThrownBy(() -> complete(engine, pi, "Task_ChoosePaymentMethod", vars("paymentMethod", "CANCEL")))
        .isInstanceOf(FormValidationException.class); // cancelling here is only offered after an expiry
    complete(engine, pi, "Task_ChoosePaymentMethod", vars("paymentMethod", "BANK"));
    executeJob(engine, pi, "Task_IssueBillingCode");
    String firstCode = billing.findLatest(number).orElseThrow().code();
    executeJob(engine, pi, "Event_BillingExpired");
    assertThat(pi).hasPassed("Task_ExpireBilling").isWaitingAt("Task_ChoosePaymentMethod", "Task_PrepareProduct");
    assertThat(notify(firstCode, 30_000)).isEqualTo(422); // an expired code is refused
    complete(engine, pi, "Task_ChoosePaymentMethod", vars("paymentMethod", "BANK"));
    executeJob(engine, pi, "Task_IssueBillingCode");
    assertThat(billing.findLatest(number).orElseThrow().code()).isNotEqualTo(firstCode);
    executeJob(engine, pi, "Event_BillingExpired");
    complete(engine, pi, "Task_ChoosePaymentMethod", vars("paymentMethod", "CASH"));
    complete(engine, pi, "Task_ReceiveCash", vars("cashReceived", true));
    assertThat(pi).hasPassed("Task_ReceiveCash", "Task_ExpireBilling").isWaitingAt("Task_IssueReceipt",
        "Task_PrepareProduct");
  }

  @Test
  void billingExpiryCanCancel() {
    ProcessInstance pi = throughExplanation("PRIVATE", cart(map("wks-6503-kecamatan", 1)), false);
    acceptAndCheck(pi, false);
    complete(engine, pi, "Task_ReviewInvoice", vars("invoiceReview", "OK"));
    complete(engine, pi, "Task_ChoosePaymentMethod", vars("paymentMethod", "BANK"));
    executeJob(engine, pi, "Task_IssueBillingCode");
    executeJob(engine, pi, "Event_BillingExpired");
    complete(engine, pi, "Task_ChoosePaymentMethod", vars("paymentMethod", "CANCEL", "cancelNote", "Tidak jadi membeli"));
    assertCancelled(pi, "Kode billing kedaluwarsa");
  }

  @Test
  void declinedTermsCancelTheRequest() {
    ProcessInstance pi = throughExplanation("INDIVIDUAL", cart(publication(PUBLICATION)), false);
    complete(engine, pi, "Task_AcceptTerms", vars("termsDecision", "DECLINE", "cancelNote", "Tarif terlalu mahal"));
    assertCancelled(pi, "tidak menyetujui ketentuan PNBP: Tarif terlalu mahal");
  }

  @Test
  void rejectedDocumentsCancelTheRequest() {
    ProcessInstance pi = throughExplanation("INDIVIDUAL", cart(publication(PUBLICATION)), false);
    complete(engine, pi, "Task_AcceptTerms", vars("termsDecision", "ACCEPT", "documentsSubmitted", json("[]")));
    assertThatThrownBy(() -> complete(engine, pi, "Task_CheckDocuments", vars("documentCheck", "REJECT")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("catatan");
    complete(engine, pi, "Task_CheckDocuments", vars("documentCheck", "REJECT", "documentCheckNote",
        "Identitas tidak sesuai dengan pemohon"));
    assertCancelled(pi, "Dokumen persyaratan tidak memenuhi: Identitas tidak sesuai");
  }

  @Test
  void visitorCancelsAtInvoiceReview() {
    ProcessInstance pi = throughExplanation("INDIVIDUAL", cart(publication(PUBLICATION)), false);
    acceptAndCheck(pi, false);
    complete(engine, pi, "Task_ReviewInvoice", vars("invoiceReview", "CANCEL", "cancelNote", "Sudah dapat dari web"));
    assertCancelled(pi, "Dibatalkan oleh pengguna layanan");
  }

  @Test
  void unreviewedInvoiceExpires() {
    ProcessInstance pi = throughExplanation("INDIVIDUAL", cart(publication(PUBLICATION)), false);
    acceptAndCheck(pi, false);
    executeJob(engine, pi, "Timer_InvoiceExpired");
    assertCancelled(pi, "Invoice kedaluwarsa");
  }

  @Test
  void theSalesOwnTimersCheckTheQueueClockAndEscalateWithoutStoppingService() {
    clock.set(Instant.parse("2031-03-04T00:30:00Z")); // 08:30 WITA on a day with no other tickets
    try {
      // first ticket of the day: nobody ahead, its clock runs from arrival
      ProcessInstance first = start(engine, guestBook("Budi", "INDIVIDUAL"));
      assertThat(first).isWaitingAt("Task_CallVisitor", "Timer_QueueWait");
      assertThat(task(first, "Task_CallVisitor").getDueDate().toInstant()).isEqualTo("2031-03-04T00:40:00Z");
      // second ticket: its clock waits for the first visitor to finish at the counter
      ProcessInstance second = start(engine, guestBook("Wati", "STUDENT"));
      assertThat(second).isWaitingAt("Task_CallVisitor", "Timer_QueueWait");
      assertThat(task(second, "Task_CallVisitor").getDueDate()).isNull();

      // 10 minutes later both first timers fire: the first visitor's standard has run out, the second's
      // clock has not started (the first is not even called): check again after a whole standard
      clock.set(Instant.parse("2031-03-04T00:40:00Z"));
      executeJob(engine, first, "Timer_QueueWait");
      assertThat(first).hasPassed("Gateway_QueueWaitExceeded", "End_QueueClock")
          .isWaitingAt("Task_CallVisitor", "Task_QueueEscalation");
      assertThat(task(first, "Task_QueueEscalation")).hasCandidateGroup("supervisor");
      executeJob(engine, second, "Timer_QueueWait");
      assertThat(second).hasNotPassed("End_QueueClock").isWaitingAt("Task_CallVisitor", "Timer_QueueWaitRemaining");
      assertThat(remainingTimerDue(second)).isEqualTo(Duration.ofMinutes(10));
      assertThat(task(second, "Task_CallVisitor").getDueDate()).isNull();

      // the call ends the queue sub-process; the supervisor's task stays
      complete(engine, first, "Task_CallVisitor", vars("counterName", "Loket 3"));
      assertThat(first).hasPassed("End_VisitorCalled").isWaitingAt("Task_RecordRequest", "Task_QueueEscalation");
      complete(engine, first, "Task_QueueEscalation", vars("escalationAction", "Loket 2 dibuka"));
      assertThat(first).hasPassed("End_QueueEscalationHandled").isWaitingAt("Task_RecordRequest");

      // the first visitor leaves the counter at 08:45: the second's clock starts, in the queue's records only
      clock.set(Instant.parse("2031-03-04T00:45:00Z"));
      queue.finishSession(unit.code(), unit.zoneId(), "Loket 3", "petugas1");
      assertThat(queue.byRequest(requestNumber(second)).orElseThrow().clockStartedAt()).isEqualTo(clock.instant());
      assertThat(task(second, "Task_CallVisitor").getDueDate()).isNull();

      // the second's timer fires at 08:50: its standard runs until 08:55, the call is due then
      clock.set(Instant.parse("2031-03-04T00:50:00Z"));
      executeJob(engine, second, "Timer_QueueWaitRemaining");
      assertThat(second).isWaitingAt("Task_CallVisitor", "Timer_QueueWaitRemaining");
      assertThat(remainingTimerDue(second)).isEqualTo(Duration.ofMinutes(5));
      assertThat(task(second, "Task_CallVisitor").getDueDate().toInstant()).isEqualTo("2031-03-04T00:55:00Z");

      clock.set(Instant.parse("2031-03-04T00:55:00Z"));
      executeJob(engine, second, "Timer_QueueWaitRemaining");
      assertThat(second).hasPassed("End_QueueClock").isWaitingAt("Task_CallVisitor", "Task_QueueEscalation");
      complete(engine, second, "Task_CallVisitor", vars("counterName", "Loket 2"));
      assertThat(second).isWaitingAt("Task_RecordRequest", "Task_QueueEscalation");
    } finally {
      clock.reset();
    }
  }

  @Test
  void aTicketLeftWaitingFromAnEarlierDayStopsItsClockCheckWithoutEscalation() {
    clock.set(Instant.parse("2031-03-06T07:00:00Z")); // 15:00 WITA
    try {
      ProcessInstance atTheCounter = start(engine, guestBook("Budi", "INDIVIDUAL"));
      complete(engine, atTheCounter, "Task_CallVisitor", vars("counterName", "Loket 1"));
      ProcessInstance waiting = start(engine, guestBook("Wati", "STUDENT"));
      // the session at the counter is never ended that day: no clock for the waiting ticket, ever
      clock.set(Instant.parse("2031-03-06T16:05:00Z")); // 00:05 WITA the next day
      executeJob(engine, waiting, "Timer_QueueWait");
      assertThat(waiting).hasPassed("End_QueueClockCannotStart").hasNotPassed("End_QueueClock")
          .isWaitingAt("Task_CallVisitor");
      assertThat(engine.getManagementService().createJobQuery().processInstanceId(waiting.getId()).count()).isZero();
      complete(engine, waiting, "Task_CallVisitor", vars("counterName", "Loket 2"));
      assertThat(waiting).isWaitingAt("Task_RecordRequest");
    } finally {
      clock.reset();
    }
  }

  /** The remaining-time timer's duration: from the engine's now (the test moves only the application's clock). */
  private Duration remainingTimerDue(ProcessInstance pi) {
    var job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
        .activityId("Timer_QueueWaitRemaining").singleResult();
    return Duration.ofSeconds(Math.round((job.getDuedate().getTime() - job.getCreateTime().getTime()) / 1000.0));
  }

  @Test
  void cancellationBeforePaymentEndsWithoutRefund() {
    ProcessInstance pi = throughExplanation("INDIVIDUAL", cart(publication(PUBLICATION)), false);
    engine.getRuntimeService().createMessageCorrelation(ProcessKeys.MESSAGE_CANCELLATION)
        .processInstanceBusinessKey(requestNumber(pi)).setVariable("cancelNote", "Pengguna pulang").correlate();
    assertThat(pi).isEnded().hasPassed("End_CancelledUnpaid");
    assertThat(orders.get(requestNumber(pi)).status()).isEqualTo(RequestStatus.CANCELLED);
  }

  @Test
  void cancellationAfterPaymentNeedsTheSupervisorsRefundDecision() {
    ProcessInstance pi = publicationPaidInCash();
    String number = requestNumber(pi);
    engine.getRuntimeService().createMessageCorrelation(ProcessKeys.MESSAGE_CANCELLATION)
        .processInstanceBusinessKey(number).setVariable("cancelNote", "Salah beli produk").correlate();
    assertThat(pi).isWaitingAt("Task_RefundDecision");
    assertThat(task(pi, "Task_RefundDecision")).hasCandidateGroup("supervisor");
    complete(engine, pi, "Task_RefundDecision", vars("refundDecision", "APPROVED", "refundNote", "Sesuai ketentuan"));
    assertThat(pi).isEnded().hasPassed("End_CancelledRefundDecided");
    assertThat(refunds.find(number)).isPresent();
  }

  @Test
  void cancellationClosesTheBillingCodeAndALateBankPaymentGoesToTheRefundDecision() throws Exception {
    ProcessInstance pi = throughExplanation("PRIVATE", cart(map("wks-6503-kecamatan", 1)), false);
    String number = requestNumber(pi);
    acceptAndCheck(pi, false);
    complete(engine, pi, "Task_ReviewInvoice", vars("invoiceReview", "OK"));
    complete(engine, pi, "Task_ChoosePaymentMethod", vars("paymentMethod", "BANK"));
    executeJob(engine, pi, "Task_IssueBillingCode");
    String code = billing.findLatest(number).orElseThrow().code();
    engine.getRuntimeService().createMessageCorrelation(ProcessKeys.MESSAGE_CANCELLATION)
        .processInstanceBusinessKey(number).setVariable("cancelNote", "Tidak jadi").correlate();
    assertThat(pi).isEnded().hasPassed("End_CancelledUnpaid");
    assertThat(billing.findLatest(number).orElseThrow().isActive()).isFalse();

    // the visitor had already paid at the bank: the money is recorded and its refund decided
    assertThat(notify(code, 30_000)).isEqualTo(200);
    assertThat(payments.findPayment(number)).isPresent();
    ProcessInstance refund = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("pengembalian-pnbp").processInstanceBusinessKey(number).singleResult();
    assertThat(refund).isWaitingAt("Task_DecideRefund");
    assertThat(task(refund, "Task_DecideRefund")).hasCandidateGroup("supervisor");
    assertThat(notify(code, 30_000)).isEqualTo(200); // a replay starts nothing twice
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("pengembalian-pnbp")
        .processInstanceBusinessKey(number).count()).isOne();
    complete(engine, refund, "Task_DecideRefund", vars("refundDecision", "APPROVED",
        "refundNote", "Dikembalikan karena permintaan dibatalkan"));
    assertThat(refund).isEnded();
    assertThat(refunds.find(number)).isPresent();
    assertThat(orders.history(number)).extracting(e -> e.action()).contains("BILLING_CANCELLED",
        "LATE_PAYMENT_RECEIVED", "REFUND_APPROVED");
    // the money came from the bank's notification, as the trail says of any bank payment (not "sistem")
    assertThat(orders.history(number)).filteredOn(e -> e.action().equals("LATE_PAYMENT_RECEIVED"))
        .extracting(e -> e.actor()).containsExactly("bank");
  }

  @Test
  void theAgreementsOccupationAndAddressAreAskedOnceForMicrodataAndNeverKeptInTheEngine() throws Exception {
    ProcessInstance pi = throughExplanation("INDIVIDUAL", cart(microdata(SUSENAS, "KODE_KEC, JK, UMUR")), false);
    String number = requestNumber(pi);
    String address = "Jl. Sengkawit RT 03 No. 12, Tideng Pale";
    // microdata: the terms step refuses an acceptance without them (the agreement names its second party)
    assertThatThrownBy(() -> complete(engine, pi, "Task_AcceptTerms", vars("termsDecision", "ACCEPT",
        "documentsSubmitted", json("[\"IDENTITY_CARD\"]"),
        "dataUseAbstract", "Analisis umur dan jenis kelamin penduduk per kecamatan.", "visitorOccupation", "Dosen")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Alamat wajib diisi");
    assertThat(pi).isWaitingAt("Task_AcceptTerms");
    complete(engine, pi, "Task_AcceptTerms", vars("termsDecision", "ACCEPT",
        "documentsSubmitted", json("[\"IDENTITY_CARD\"]"),
        "dataUseAbstract", "Analisis umur dan jenis kelamin penduduk per kecamatan.",
        "visitorOccupation", "Dosen Universitas Kaltara", "visitorAddress", address));
    // in our record, not in the engine: neither a variable nor its history; the audit trail says only that
    assertThat(orders.agreementParticulars(number)).satisfies(p -> {
      assertThat(p.occupation()).isEqualTo("Dosen Universitas Kaltara");
      assertThat(p.address()).isEqualTo(address);
      assertThat(p.toString()).doesNotContain("Sengkawit");
    });
    assertThat(engine.getRuntimeService().getVariables(pi.getId())).doesNotContainKeys("visitorAddress",
        "visitorOccupation");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableNameIn("visitorAddress", "visitorOccupation").count()).isZero();
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId()).list())
        .noneSatisfy(d -> assertThat(String.valueOf(d instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate v
            ? v.getValue() : "")).contains("Sengkawit"));
    assertThat(orders.history(number)).filteredOn(e -> e.action().equals("AGREEMENT_PARTICULARS_RECORDED"))
        .singleElement().satisfies(e -> assertThat(e.detail()).doesNotContain("Sengkawit", "Dosen"));
    assertThat(orders.history(number)).noneSatisfy(e -> assertThat(e.detail()).contains("Sengkawit"));
    // the officer finds a document missing: the visitor's step comes back, without asking them again
    complete(engine, pi, "Task_CheckDocuments", vars("documentCheck", "INCOMPLETE",
        "documentCheckNote", "Surat penelitian belum ada"));
    assertThat(pi).isWaitingAt("Task_AcceptTerms");
    complete(engine, pi, "Task_AcceptTerms", vars("termsDecision", "ACCEPT",
        "documentsSubmitted", json("[\"IDENTITY_CARD\"]"),
        "dataUseAbstract", "Analisis umur dan jenis kelamin penduduk per kecamatan."));
    assertThat(orders.agreementParticulars(number).address()).isEqualTo(address);
    complete(engine, pi, "Task_CheckDocuments", vars("documentCheck", "COMPLETE", "zeroTariffApproved", false));
    executeJob(engine, pi, "Task_IssueInvoice");
    executeJob(engine, pi, "Task_IssueMicrodataDocuments");
    // printed on the usage agreement, not "-"
    DocumentRef agreement = documents.find(number).stream().filter(d -> d.kind() == DocumentKind.USAGE_AGREEMENT)
        .findFirst().orElseThrow();
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(documents.open(agreement.id()).bytes())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("Pekerjaan/Jabatan : Dosen Universitas Kaltara", "Alamat : " + address);
    }
    // the visitor asks for a correction of the occupation: the officer changes it (a blank address keeps the
    // recorded one), the agreement is issued again, the engine keeps neither
    complete(engine, pi, "Task_ReviewInvoice", vars("invoiceReview", "CORRECTION",
        "correctionReason", "Pekerjaan saya sekarang peneliti, bukan dosen"));
    SaleRequest before = orders.get(number);
    Map<String, Object> correction = with(cart(microdata(SUSENAS, "KODE_KEC, JK, UMUR")),
        vars("visitorName", before.visitorName(), "institution", before.institution(), "more2", false,
            "commercial", false, "purpose", before.purpose(), "correctionResult", "Pekerjaan pada perjanjian diubah",
            "visitorOccupation", "Peneliti", "visitorAddress", "Jl. 1"));
    assertThatThrownBy(() -> complete(engine, pi, "Task_HandleInvoiceCorrection", correction))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Alamat wajib diisi lengkap");
    correction.put("visitorAddress", "");
    complete(engine, pi, "Task_HandleInvoiceCorrection", correction);
    assertThat(orders.agreementParticulars(number)).satisfies(p -> {
      assertThat(p.occupation()).isEqualTo("Peneliti");
      assertThat(p.address()).isEqualTo(address);
    });
    assertThat(orders.history(number)).filteredOn(e -> e.action().equals("AGREEMENT_PARTICULARS_CORRECTED"))
        .singleElement().satisfies(e -> assertThat(e.detail()).contains("pekerjaan/jabatan")
            .doesNotContain("alamat", "Peneliti", "Sengkawit"));
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableNameIn("visitorAddress", "visitorOccupation").includeDeleted().count()).isZero();
    executeJob(engine, pi, "Task_IssueInvoice");
    executeJob(engine, pi, "Task_IssueMicrodataDocuments");
    DocumentRef corrected = documents.find(number).stream().filter(d -> d.kind() == DocumentKind.USAGE_AGREEMENT)
        .findFirst().orElseThrow();
    assertThat(corrected.version()).isEqualTo(2);
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(documents.open(corrected.id()).bytes())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("Pekerjaan/Jabatan : Peneliti", "Alamat : " + address)
          .doesNotContain("Dosen Universitas Kaltara");
    }

    // a publication: no agreement, nothing asked, nothing recorded
    ProcessInstance publication = throughExplanation("INDIVIDUAL", cart(publication(PUBLICATION)), false);
    complete(engine, publication, "Task_AcceptTerms", vars("termsDecision", "ACCEPT",
        "documentsSubmitted", json("[\"IDENTITY_CARD\"]")));
    assertThat(orders.agreementParticulars(requestNumber(publication))).satisfies(p -> {
      assertThat(p.occupation()).isNull();
      assertThat(p.address()).isNull();
    });
  }

  @Test
  void badInputStaysInTheFormWithAMessage() throws Exception {
    Map<String, Object> bad = guestBook("Siti", "INDIVIDUAL");
    bad.put("identityNumber", "6503013202900001"); // 32 February
    bad.put("visitorEmail", "siti@");
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    assertThatThrownBy(() -> start(engine, bad)).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("Tanggal lahir pada NIK").hasMessageContaining("e-mail");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(before);

    ProcessInstance pi = start(engine, guestBook("Siti", "INDIVIDUAL"));
    complete(engine, pi, "Task_CallVisitor", vars("counterName", "Loket 1"));
    assertThatThrownBy(() -> complete(engine, pi, "Task_RecordRequest", vars("purpose", "Penelitian")))
        .hasMessageContaining("Keranjang masih kosong");
    assertThatThrownBy(() -> complete(engine, pi, "Task_RecordRequest", with(
        cart(microdata(SUSENAS, "KODE_KEC, TIDAK_ADA")), vars("purpose", "Penelitian"))))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("TIDAK_ADA");
    assertThat(pi).isWaitingAt("Task_RecordRequest");
  }

  @Test
  void counterTasksBelongToTheOfficerWhoCalledTheTicketAndTellSalesApart() {
    ProcessInstance pi = start(engine, guestBook("Rahmat Hidayat", "INDIVIDUAL"));
    String number = requestNumber(pi);
    var call = task(pi, "Task_CallVisitor");
    assertThat(call.getName()).contains(number).contains("Rahmat Hidayat");
    ProcessTestSupport.completeAs(engine, pi, "Task_CallVisitor", "petugas2", "petugas", vars("counterName", "Loket 2"));
    var record = task(pi, "Task_RecordRequest");
    assertThat(record.getAssignee()).isEqualTo("petugas2");
    assertThat(record.getName()).startsWith("Catat permintaan produk statistik").contains(number, "Rahmat Hidayat");
    assertThat(orders.get(number).servingOfficer()).isEqualTo("petugas2");
    assertThat(orders.get(number).counterName()).isEqualTo("Loket 2");
    ProcessTestSupport.completeAs(engine, pi, "Task_RecordRequest", "petugas2", "petugas",
        with(cart(publication(PUBLICATION)), vars("commercial", false, "purpose", "Bahan ajar sekolah")));
    assertThat(task(pi, "Task_ExplainTerms").getAssignee()).isEqualTo("petugas2");
    ProcessTestSupport.completeAs(engine, pi, "Task_ExplainTerms", "petugas2", "petugas", vars());
    // the visitor's own step is not the officer's: it waits for the visitor (or an officer who assists)
    var accept = task(pi, "Task_AcceptTerms");
    assertThat(accept.getAssignee()).isNull();
    assertThat(accept).hasCandidateGroup("petugas");
    complete(engine, pi, "Task_AcceptTerms", vars("termsDecision", "ACCEPT", "documentsSubmitted", json("[\"IDENTITY_CARD\"]")));
    ProcessTestSupport.completeAs(engine, pi, "Task_CheckDocuments", "petugas2", "petugas", vars("documentCheck", "COMPLETE"));
    executeJob(engine, pi, "Task_IssueInvoice");
    var review = task(pi, "Task_ReviewInvoice");
    // due when the invoice lapses: the validity the model's timer defines (P30D)
    assertThat(review.getDueDate()).isNotNull();
    assertThat(java.time.Duration.between(review.getCreateTime().toInstant(), review.getDueDate().toInstant()))
        .isEqualTo(java.time.Duration.ofDays(30));
    assertThat(orders.history(number)).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("TASK_COMPLETED");
      assertThat(e.detail()).contains("Setujui ketentuan PNBP").contains("dibantu petugas petugas1");
    });
    assertThat(orders.history(number)).filteredOn(e -> e.action().equals("TASK_COMPLETED"))
        .extracting(e -> e.actor()).containsSubsequence("petugas2", "petugas2", "petugas2", "petugas1", "petugas2");
  }

  @Test
  void moneyAndRoutingComeFromTheRecordNotFromVariablesACallerSets() {
    ProcessInstance pi = throughExplanation("INDIVIDUAL", cart(publication(PUBLICATION)), false);
    String number = requestNumber(pi);
    acceptAndCheck(pi, false);
    // a caller with variable rights tries to make the sale free and paid
    engine.getRuntimeService().setVariable(pi.getId(), "orderTotal", 0L);
    engine.getRuntimeService().setVariable(pi.getId(), "paid", true);
    complete(engine, pi, "Task_ReviewInvoice", vars("invoiceReview", "OK"));
    assertThat(pi).isWaitingAt("Task_ChoosePaymentMethod", "Task_PrepareProduct");
    complete(engine, pi, "Task_ChoosePaymentMethod", vars("paymentMethod", "CASH"));
    complete(engine, pi, "Task_ReceiveCash", vars("cashReceived", true, "cashAmount", 1000L));
    assertThat(payments.findPayment(number)).get().extracting(p -> p.amount())
        .isEqualTo(orders.get(number).totalAmount());
    assertThat(orders.get(number).totalAmount()).isPositive();
  }

  // ---- transfer from abroad (foreign missions, international bodies) -----------------------------

  private ProcessInstance foreignSaleChoosingTransfer() {
    ProcessInstance pi = throughExplanation("FOREIGN_MISSION", cart(publication(PUBLICATION)), false);
    acceptAndCheck(pi, false);
    complete(engine, pi, "Task_ReviewInvoice", vars("invoiceReview", "OK"));
    complete(engine, pi, "Task_ChoosePaymentMethod", vars("paymentMethod", "TRANSFER"));
    assertThat(pi).isWaitingAt("Task_PrepareProduct", "Task_UploadTransferProof");
    return pi;
  }

  private id.go.bps.pst.document.UploadedFile uploadProof(String number, String text) {
    return uploads.upload(number, id.go.bps.pst.document.UploadService.TRANSFER_PROOF, "bukti-transfer.pdf",
        id.go.bps.pst.document.TestUploads.pdf(text), Actors.VISITOR_PORTAL);
  }

  private id.go.bps.pst.document.UploadedFile proof(String number) {
    return uploads.transferProof(number).orElseThrow();
  }

  @Test
  void foreignTransferVerifiedByTheTreasurerIsPaidAndReceiptedAsTransfer() {
    ProcessInstance pi = foreignSaleChoosingTransfer();
    String number = requestNumber(pi);
    long total = orders.get(number).totalAmount();

    // the visitor's step waits for the proof itself, not for a ticked box
    assertThatThrownBy(() -> complete(engine, pi, "Task_UploadTransferProof", vars("transferProofUploaded", true)))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Unggah dulu bukti transfer");
    uploadProof(number, "SWIFT MT103 Embassy of Japan");
    complete(engine, pi, "Task_UploadTransferProof", vars("transferProofUploaded", true));
    assertThat(pi).isWaitingAt("Task_PrepareProduct", "Task_VerifyTransfer");

    assertThatThrownBy(() -> complete(engine, pi, "Task_VerifyTransfer", vars("transferVerdict", "ACCEPT",
        "transferAmountReceived", total)))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("referensi bank");
    assertThatThrownBy(() -> complete(engine, pi, "Task_VerifyTransfer", vars("transferVerdict", "ACCEPT",
        "transferAmountReceived", 12.5, "transferReference", "FT26335ABC")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("rupiah penuh");
    // "50000,00" typed into the whole-rupiah field arrives as a hundred times the invoice: a slip, refused
    assertThatThrownBy(() -> complete(engine, pi, "Task_VerifyTransfer", vars("transferVerdict", "ACCEPT",
        "transferAmountReceived", total * 100, "transferReference", "FT26335ABC")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("100 kali tagihan")
        .hasMessageContaining("tanpa sen");
    assertThat(payments.findPayment(number)).isEmpty();
    // a total typed into a variable by a caller changes nothing: the order's total counts
    complete(engine, pi, "Task_VerifyTransfer", vars("transferVerdict", "ACCEPT", "transferAmountReceived", total,
        "transferReference", "FT26335ABC", "orderTotal", 1L));
    assertThat(pi).hasPassed("Gateway_TransferVerified").hasNotPassed("Task_ReceiveCash", "Task_IssueBillingCode")
        .isWaitingAt("Task_PrepareProduct", "Task_IssueReceipt");

    var payment = payments.findPayment(number).orElseThrow();
    assertThat(payment.method()).isEqualTo(id.go.bps.pst.payment.PaymentMethod.TRANSFER);
    assertThat(payment.amount()).isEqualTo(total);
    assertThat(payment.amountReceived()).isEqualTo(total);
    assertThat(payment.surplus()).isZero();
    assertThat(payment.reference()).isEqualTo("FT26335ABC");
    assertThat(payment.receivedBy()).isEqualTo("bendahara1");
    assertThat(payment.paidAt()).isNotNull();
    assertThat(payment.proofUploadId()).isEqualTo(proof(number).id());
    assertThat(proof(number).accepted()).isTrue();
    assertThat(orders.get(number).status()).isEqualTo(RequestStatus.PAID);
    assertThat(orders.history(number)).filteredOn(e -> e.action().equals("TRANSFER_VERIFIED")).singleElement()
        .satisfies(e -> assertThat(e.actor()).isEqualTo("bendahara1"));
    assertThat(orders.history(number)).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("STATUS_PAID");
      assertThat(e.detail()).contains("Transfer dari luar negeri", "FT26335ABC");
    });

    receiptToEnd(pi);
    assertThat(receipts.findByRequestNumber(number)).get().extracting(r -> r.method())
        .isEqualTo(id.go.bps.pst.payment.ReceiptMethod.TRANSFER);
  }

  @Test
  void rejectedTransferProofGoesBackToTheVisitorWithTheReasonAndIsAcceptedAfterANewUpload() {
    ProcessInstance pi = foreignSaleChoosingTransfer();
    String number = requestNumber(pi);
    long total = orders.get(number).totalAmount();
    uploadProof(number, "Screenshot of a pending transfer");
    complete(engine, pi, "Task_UploadTransferProof", vars("transferProofUploaded", true));

    assertThatThrownBy(() -> complete(engine, pi, "Task_VerifyTransfer", vars("transferVerdict", "REJECT",
        "transferRejectReason", "")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("alasan penolakan");
    complete(engine, pi, "Task_VerifyTransfer", vars("transferVerdict", "REJECT",
        "transferRejectReason", "Dana belum masuk; bukti masih berstatus pending"));
    assertThat(pi).hasPassed("Gateway_TransferProofMerge").isWaitingAt("Task_PrepareProduct", "Task_UploadTransferProof");
    assertThat(payments.findPayment(number)).isEmpty();
    assertThat(proof(number).rejected()).isTrue();
    assertThat(uploads.slot(number, id.go.bps.pst.document.UploadService.TRANSFER_PROOF)).get()
        .satisfies(s -> assertThat(s.statusLabel()).isEqualTo("ditolak"));
    assertThat(orders.history(number)).filteredOn(e -> e.action().equals("TRANSFER_REJECTED")).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("bukti masih berstatus pending"));
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "transferVerdict")).isNull();
    id.go.bps.pst.EventPublications.awaitCompleted(jdbc);
    assertThat(outbox.forRequest(number)).anySatisfy(m -> {
      assertThat(m.type()).isEqualTo(id.go.bps.pst.notification.MailType.TRANSFER_RETURNED);
      assertThat(m.bodyText()).contains("bukti masih berstatus pending");
    });

    // the rejected proof does not count again: a new upload is needed
    assertThatThrownBy(() -> complete(engine, pi, "Task_UploadTransferProof", vars("transferProofUploaded", true)))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("ditolak bendahara: Dana belum masuk");
    uploadProof(number, "SWIFT MT103 completed");
    complete(engine, pi, "Task_UploadTransferProof", vars("transferProofUploaded", true));
    complete(engine, pi, "Task_VerifyTransfer", vars("transferVerdict", "ACCEPT", "transferAmountReceived", total,
        "transferReference", "FT26335XYZ"));
    assertThat(payments.findPayment(number)).get().satisfies(p -> {
      assertThat(p.reference()).isEqualTo("FT26335XYZ");
      assertThat(p.proofUploadId()).isEqualTo(proof(number).id());
    });
    assertThat(proof(number).version()).isEqualTo(2);
    receiptToEnd(pi);
  }

  @Test
  void transferShortOfTheInvoiceGoesBackAndASurplusIsRecordedForARefund() {
    ProcessInstance pi = foreignSaleChoosingTransfer();
    String number = requestNumber(pi);
    long total = orders.get(number).totalAmount();
    uploadProof(number, "Transfer minus bank charges");
    complete(engine, pi, "Task_UploadTransferProof", vars("transferProofUploaded", true));

    // less than the invoice: not a payment; back to the visitor with the shortfall named
    complete(engine, pi, "Task_VerifyTransfer", vars("transferVerdict", "ACCEPT",
        "transferAmountReceived", total - 15_000L, "transferReference", "FT1"));
    assertThat(pi).isWaitingAt("Task_PrepareProduct", "Task_UploadTransferProof");
    assertThat(payments.findPayment(number)).isEmpty();
    assertThat(proof(number).reviewReason()).contains("kurang Rp15.000", "Transfer kekurangannya");

    // the rest arrives, with a little too much: the total received is recorded, the surplus kept for a refund
    uploadProof(number, "Second transfer for the rest");
    complete(engine, pi, "Task_UploadTransferProof", vars("transferProofUploaded", true));
    complete(engine, pi, "Task_VerifyTransfer", vars("transferVerdict", "ACCEPT",
        "transferAmountReceived", total + 5_000L, "transferReference", "FT1 + FT2"));
    var payment = payments.findPayment(number).orElseThrow();
    assertThat(payment.amount()).isEqualTo(total);
    assertThat(payment.surplus()).isEqualTo(5_000L);
    assertThat(orders.history(number)).filteredOn(e -> e.action().equals("TRANSFER_SURPLUS")).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("Rp5.000", "pengembalian"));

    // the surplus goes to the supervisor's refund decision, once, with its cause; the sale goes on meanwhile
    ProcessInstance refund = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("pengembalian-pnbp").processInstanceBusinessKey(number).singleResult();
    assertThat(refund).isWaitingAt("Task_DecideRefund").variables()
        .containsEntry("refundCause", "TRANSFER_SURPLUS").containsEntry(ProcessKeys.REQUEST_NUMBER, number);
    assertThat(task(refund, "Task_DecideRefund")).hasCandidateGroup("supervisor");
    assertThat(orders.history(number)).filteredOn(e -> e.action().equals("SURPLUS_REFUND_REQUESTED"))
        .singleElement().satisfies(e -> assertThat(e.detail()).contains("Kelebihan pembayaran", "Rp5.000",
            "sedang diproses untuk dikembalikan"));
    assertThat(refunds.openSurplusRefund(number)).isEmpty(); // a retry starts nothing twice
    complete(engine, refund, "Task_DecideRefund", vars("refundDecision", "APPROVED",
        "refundNote", "Dikembalikan ke rekening pengirim"));
    assertThat(refund).isEnded().hasPassed("End_RefundDecided");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("pengembalian-pnbp")
        .processInstanceBusinessKey(number).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("pengembalian-pnbp")
        .processInstanceBusinessKey(number).count()).isOne();
    assertThat(refunds.find(number, id.go.bps.pst.payment.RefundCause.TRANSFER_SURPLUS)).get().satisfies(d -> {
      assertThat(d.paidAmount()).isEqualTo(5_000L);
      assertThat(d.decidedBy()).isNotBlank();
    });
    assertThat(refunds.find(number)).isEmpty();
    assertThat(orders.history(number)).filteredOn(e -> e.action().equals("REFUND_APPROVED")).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("kelebihan transfer", "Rp5.000"));
    receiptToEnd(pi);
    assertThat(receipts.findByRequestNumber(number)).get().extracting(r -> r.amount()).isEqualTo(total);
  }

  @Test
  void transferIsOnlyForForeignPayersAndItsCheckNeedsAProof() {
    ProcessInstance local = throughExplanation("INDIVIDUAL", cart(publication(PUBLICATION)), false);
    acceptAndCheck(local, false);
    complete(engine, local, "Task_ReviewInvoice", vars("invoiceReview", "OK"));
    assertThatThrownBy(() -> complete(engine, local, "Task_ChoosePaymentMethod", vars("paymentMethod", "TRANSFER")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("hanya untuk perwakilan negara asing dan lembaga internasional");
    assertThat(local).isWaitingAt("Task_PrepareProduct", "Task_ChoosePaymentMethod");

    // an operator moving the sale to the treasurer's check (Cockpit) does not let it through without a proof
    ProcessInstance pi = foreignSaleChoosingTransfer();
    engine.getRuntimeService().createProcessInstanceModification(pi.getId())
        .cancelAllForActivity("Task_UploadTransferProof").startBeforeActivity("Task_VerifyTransfer").execute();
    assertThatThrownBy(() -> complete(engine, pi, "Task_VerifyTransfer", vars("transferVerdict", "ACCEPT",
        "transferAmountReceived", 1_000_000L, "transferReference", "FT9")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Belum ada bukti transfer baru");
    assertThat(payments.findPayment(requestNumber(pi))).isEmpty();
  }

  // ---- support ----------------------------------------------------------------------------------

  private void assertCancelled(ProcessInstance pi, String reasonPart) {
    assertThat(pi).isEnded().hasPassed("Task_CancelRequest", "End_Cancelled");
    var request = orders.get(requestNumber(pi));
    assertThat(request.status()).isEqualTo(RequestStatus.CANCELLED);
    assertThat(request.statusReason()).contains(reasonPart);
  }

  @Autowired id.go.bps.pst.catalog.CatalogService catalog;

  private int pagesOf(String publicationId) {
    return catalog.requirePublication(publicationId).pages();
  }

  private HttpResponse<String> adminMessage(String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/message"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
            .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private int notify(String billingCode, long amount) throws Exception {
    String body = """
        {"billingCode":"%s","amount":%d,"paidAt":"%s","bank":"BANK RAKYAT","channel":"TELLER",
         "ntb":"NTB%s","ntpn":"NTPN0000000000AB"}""".formatted(billingCode, amount, Instant.now(), billingCode);
    String timestamp = String.valueOf(Instant.now().getEpochSecond());
    byte[] raw = body.getBytes(StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/payments/notifications"))
        .header("Content-Type", "application/json")
        .header("X-PST-Timestamp", timestamp)
        .header("X-PST-Signature", NotificationSignature.sign("demo-secret-change-me", timestamp, raw))
        .POST(HttpRequest.BodyPublishers.ofByteArray(raw)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
  }
}
