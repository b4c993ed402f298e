package id.go.bps.pst.document.internal;

import static id.go.bps.pst.document.internal.TestDocuments.pdfText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.go.bps.pst.document.DocumentContent;
import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.DocumentMetadata;
import id.go.bps.pst.document.DocumentRef;
import id.go.bps.pst.document.DocumentService;
import id.go.bps.pst.document.DocumentStatus;
import id.go.bps.pst.document.InvoiceData;
import id.go.bps.pst.document.ProducedBy;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The whole application (Camunda included) on a fresh in-memory H2, documents in a temp directory. */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:${random.uuid}",
    "camunda.bpm.admin-user.password=test",
    "pst.documents.storage-directory=${java.io.tmpdir}/pst-documents-test-${random.uuid}",
    "pst.public-base-url=https://pst.example.go.id"})
@AutoConfigureMockMvc
class DocumentServiceIntegrationTest {

  /** Staff document endpoints need a login: the demo officer. */
  private static final String STAFF_LOGIN = "Basic " + java.util.Base64.getEncoder()
      .encodeToString("petugas1:petugas1".getBytes(java.nio.charset.StandardCharsets.UTF_8));

  private static final ProducedBy OFFICER = ProducedBy.task("task-42", "petugas1");

  @Autowired
  DocumentService documents;

  @Autowired
  MockMvc mvc;

  @Test
  void invoiceCorrectionMakesVersionTwoAndKeepsVersionOne() throws Exception {
    String request = "6503-2026-100001";
    DocumentRef v1 = documents.issue(invoice(request, null), null, OFFICER);
    assertThat(v1.version()).isEqualTo(1);
    assertThat(v1.number()).matches("INV-6503-2026-\\d{6}");
    assertThat(v1.verificationCode()).matches("[A-Za-z0-9_-]{27}");

    DocumentRef v2 = documents.issue(invoice(request, "820261125000999"), v1.id(),
        ProducedBy.task("task-43", "petugas1"));
    assertThat(v2.number()).isEqualTo(v1.number());
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.verificationCode()).isNotEqualTo(v1.verificationCode());
    assertThat(v2.sha256()).isNotEqualTo(v1.sha256());

    // version 1 is kept, intact, and marked replaced
    DocumentContent old = documents.open(v1.id());
    assertThat(old.metadata().status()).isEqualTo(DocumentStatus.REPLACED);
    assertThat(old.metadata().replacedByVersion()).isEqualTo(2);
    assertThat(sha256(old.bytes())).isEqualTo(v1.sha256());
    assertThat(pdfText(old.bytes())).doesNotContain("820261125000999");
    assertThat(pdfText(documents.open(v2.id()).bytes()))
        .contains("Kode billing : 820261125000999", "versi 2", "https://pst.example.go.id/verifikasi/"
            + v2.verificationCode());

    assertThat(documents.find(request)).extracting(DocumentRef::id).containsExactly(v2.id());
    List<DocumentMetadata> history = documents.history(request);
    assertThat(history).extracting(m -> m.ref().version()).containsExactly(1, 2);
    assertThat(history.get(1).producedBy().taskId()).isEqualTo("task-43");

    mvc.perform(get("/verifikasi/" + v1.verificationCode()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Diganti oleh versi 2")))
        .andExpect(content().string(containsString(v1.number())))
        .andExpect(content().string(containsString("Rp170.000")))
        .andExpect(content().string(containsString("Siti Rahmawati")))
        .andExpect(content().string(not(containsString("6503********0001"))))
        .andExpect(content().string(not(containsString("Universitas Borneo Tarakan"))));
    mvc.perform(get("/verifikasi/" + v2.verificationCode()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Sah")))
        .andExpect(content().string(containsString("25 November 2026")));

    assertThatThrownBy(() -> documents.issue(invoice(request, null), v1.id(), OFFICER))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void unknownVerificationCodeGivesAFriendlyNotFoundPage() throws Exception {
    mvc.perform(get("/verifikasi/AAAAAAAAAAAAAAAAAAAAAAAAAAA"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("Dokumen tidak ditemukan")))
        .andExpect(content().string(not(containsString("Exception"))));
    mvc.perform(get("/verifikasi/x"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("Dokumen tidak ditemukan")));
  }

  @Test
  void staffApiListsCurrentDocumentsAndStreamsContent() throws Exception {
    String request = "6503-2026-100002";
    DocumentRef invoice = documents.issue(invoice(request, null), null, OFFICER);
    DocumentRef sample = documents.issue(withRequest(request), null, OFFICER);
    DocumentRef cancelled = documents.issue(TestDocuments.handover(), null, OFFICER);
    documents.cancel(cancelled.id(), "Salah permintaan", OFFICER);

    mvc.perform(get("/api/requests/" + request + "/documents").header("Authorization", STAFF_LOGIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(2)))
        .andExpect(jsonPath("$[0].kind").value("INVOICE"))
        .andExpect(jsonPath("$[1].kind").value("MICRODATA_SAMPLE"));
    mvc.perform(get("/api/documents/" + invoice.id() + "/content").header("Authorization", STAFF_LOGIN))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andExpect(header().string("ETag", "\"" + invoice.sha256() + "\""))
        .andExpect(header().string("Content-Disposition", containsString(invoice.fileName())));
    mvc.perform(get("/api/documents/" + sample.id() + "/content").header("Authorization", STAFF_LOGIN))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/zip"));
    mvc.perform(get("/api/documents/999999/content").header("Authorization", STAFF_LOGIN)).andExpect(status().isNotFound());
    mvc.perform(get("/verifikasi/" + cancelled.verificationCode()))
        .andExpect(content().string(containsString("Dibatalkan")));
  }

  @Test
  void receiptNumbersAreConsecutiveAndOtherKindsWork() {
    DocumentRef first = documents.issue(TestDocuments.cashReceipt(), null, OFFICER);
    DocumentRef second = documents.issue(TestDocuments.bankReceipt(), null, OFFICER);
    long a = Long.parseLong(first.number().substring(first.number().lastIndexOf('-') + 1));
    long b = Long.parseLong(second.number().substring(second.number().lastIndexOf('-') + 1));
    assertThat(first.number()).startsWith("KWT-6503-2026-");
    assertThat(b).isEqualTo(a + 1);
    assertThat(pdfText(documents.open(second.id()).bytes())).contains("NTPN : 0A1B2C3D4E5F6G7H");

    DocumentRef agreement = documents.issue(TestDocuments.agreement(), null, OFFICER);
    assertThat(agreement.kind()).isEqualTo(DocumentKind.USAGE_AGREEMENT);
    DocumentRef corrected = documents.issue(TestDocuments.agreement(), agreement.id(), OFFICER);
    assertThat(corrected.version()).isEqualTo(2);
  }

  @Test
  void concurrentReceiptsGetDistinctConsecutiveNumbers() throws Exception {
    int count = 8;
    var pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<DocumentRef>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        futures.add(pool.submit(() -> documents.issue(TestDocuments.cashReceipt(), null, OFFICER)));
      }
      List<Long> seq = new ArrayList<>();
      for (Future<DocumentRef> f : futures) {
        String n = f.get(60, TimeUnit.SECONDS).number();
        seq.add(Long.parseLong(n.substring(n.lastIndexOf('-') + 1)));
      }
      Collections.sort(seq);
      for (int i = 1; i < count; i++) {
        assertThat(seq.get(i)).isEqualTo(seq.get(i - 1) + 1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Prints the median end-to-end time (render, hash, store on disk, insert row); no timed assertion. */
  @Test
  void reportsEndToEndMedians() {
    double invoice = median(() -> documents.issue(invoice("6503-2026-100003", null), null, OFFICER));
    double receipt = median(() -> documents.issue(TestDocuments.bankReceipt(), null, OFFICER));
    System.out.printf("BENCHMARK end-to-end issueInvoice median %.2f ms, issueReceipt median %.2f ms%n",
        invoice, receipt);
    assertThat(invoice).isPositive();
  }

  private static double median(Runnable action) {
    for (int i = 0; i < 10; i++) {
      action.run();
    }
    long[] nanos = new long[30];
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      action.run();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return (nanos[14] + nanos[15]) / 2.0 / 1_000_000.0;
  }

  private static InvoiceData invoice(String request, String billingCode) {
    InvoiceData d = TestDocuments.invoice(billingCode);
    return new InvoiceData(request, d.invoiceNumber(), d.issuedAt(), d.validUntil(), d.visitorName(),
        d.institution(), d.maskedIdentity(), d.lines(), d.total(), d.legalBasis(), d.zeroTariff(),
        d.zeroTariffBasis(), d.billingCode(), d.billingExpiresAt(), d.paymentInstructions());
  }

  private static id.go.bps.pst.document.SampleData withRequest(String request) {
    var s = TestDocuments.sample();
    return new id.go.bps.pst.document.SampleData(request, null, s.datasetTitle(), s.variables(), s.regions(),
        s.header(), s.rows());
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
