package id.go.bps.pst.document.internal;

import static id.go.bps.pst.document.internal.TestDocuments.pdfText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bps.pst.SharedContextTest;
import id.go.bps.pst.document.DocumentContent;
import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.DocumentMetadata;
import id.go.bps.pst.document.DocumentRef;
import id.go.bps.pst.document.DocumentService;
import id.go.bps.pst.document.DocumentStatus;
import id.go.bps.pst.document.InvoiceData;
import id.go.bps.pst.document.ProducedBy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * The whole application (Camunda included) on the shared context, over real HTTP; request numbers no
 * other test (or earlier run on MariaDB) uses. The verification link is made from the configured public
 * base URL (the application's default, http://localhost:8080, in the shared context).
 */
class DocumentServiceIntegrationTest extends SharedContextTest {

  /** Staff document endpoints need a login: the demo officer. */
  private static final String STAFF_LOGIN = "Basic " + java.util.Base64.getEncoder()
      .encodeToString("petugas1:petugas1".getBytes(java.nio.charset.StandardCharsets.UTF_8));

  private static final ProducedBy OFFICER = ProducedBy.task("task-42", "petugas1");

  @Autowired
  DocumentService documents;

  @Autowired
  VerificationLinks links;

  @LocalServerPort
  int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void invoiceCorrectionMakesVersionTwoAndKeepsVersionOne() throws Exception {
    String request = newRequest();
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
        .contains("Kode billing : 820261125000999", "versi 2", "http://localhost:8080/verifikasi/"
            + v2.verificationCode());

    assertThat(documents.find(request)).extracting(DocumentRef::id).containsExactly(v2.id());
    List<DocumentMetadata> history = documents.history(request);
    assertThat(history).extracting(m -> m.ref().version()).containsExactly(1, 2);
    assertThat(history.get(1).producedBy().taskId()).isEqualTo("task-43");

    HttpResponse<String> replaced = get("/verifikasi/" + v1.verificationCode(), null);
    assertThat(replaced.statusCode()).isEqualTo(200);
    assertThat(replaced.body()).contains("Diganti oleh versi 2", v1.number(), "Rp170.000", "Siti Rahmawati")
        .doesNotContain("6503********0001").doesNotContain("Universitas Borneo Tarakan");
    HttpResponse<String> current = get("/verifikasi/" + v2.verificationCode(), null);
    assertThat(current.statusCode()).isEqualTo(200);
    assertThat(current.body()).contains("Sah", "25 November 2026");

    assertThatThrownBy(() -> documents.issue(invoice(request, null), v1.id(), OFFICER))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void unknownVerificationCodeGivesAFriendlyNotFoundPage() throws Exception {
    HttpResponse<String> unknown = get("/verifikasi/AAAAAAAAAAAAAAAAAAAAAAAAAAA", null);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("Dokumen tidak ditemukan").doesNotContain("Exception");
    HttpResponse<String> malformed = get("/verifikasi/x", null);
    assertThat(malformed.statusCode()).isEqualTo(404);
    assertThat(malformed.body()).contains("Dokumen tidak ditemukan");
  }

  @Autowired
  id.go.bps.pst.order.OrderService orders;

  @Test
  void staffApiListsCurrentDocumentsAndStreamsContent() throws Exception {
    // a request on record (the staff API answers an unknown number as another unit's: 404)
    String request = orders.register("6503", java.time.ZoneId.of("Asia/Makassar"), new id.go.bps.pst.order.Visitor(
        "Dokumen Uji", "dokumen.uji@example.com", "081200000000", id.go.bps.pst.order.IdentityType.KTP,
        "6503010101900001", "Universitas Uji", "INDIVIDUAL"), "P-900", "petugas1", null).requestNumber();
    DocumentRef invoice = documents.issue(invoice(request, null), null, OFFICER);
    DocumentRef sample = documents.issue(withRequest(request), null, OFFICER);
    DocumentRef cancelled = documents.issue(TestDocuments.handover(), null, OFFICER);
    documents.cancel(cancelled.id(), "Salah permintaan", OFFICER);

    HttpResponse<String> list = get("/api/requests/" + request + "/documents", STAFF_LOGIN);
    assertThat(list.statusCode()).isEqualTo(200);
    JsonNode listed = new ObjectMapper().readTree(list.body());
    assertThat(listed).hasSize(2);
    assertThat(listed.get(0).path("kind").asText()).isEqualTo("INVOICE");
    assertThat(listed.get(1).path("kind").asText()).isEqualTo("MICRODATA_SAMPLE");
    HttpResponse<String> pdf = get("/api/documents/" + invoice.id() + "/content", STAFF_LOGIN);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(MediaType.parseMediaType(pdf.headers().firstValue("Content-Type").orElseThrow()))
        .isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(pdf.headers().firstValue("ETag")).hasValue("\"" + invoice.sha256() + "\"");
    assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        disposition -> assertThat(disposition).contains(invoice.fileName()));
    HttpResponse<String> zip = get("/api/documents/" + sample.id() + "/content", STAFF_LOGIN);
    assertThat(zip.statusCode()).isEqualTo(200);
    assertThat(MediaType.parseMediaType(zip.headers().firstValue("Content-Type").orElseThrow()))
        .isEqualTo(MediaType.parseMediaType("application/zip"));
    assertThat(get("/api/documents/999999999/content", STAFF_LOGIN).statusCode()).isEqualTo(404);
    assertThat(get("/verifikasi/" + cancelled.verificationCode(), null).body()).contains("Dibatalkan");
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
    double invoice = median(() -> documents.issue(invoice(newRequest(), null), null, OFFICER));
    double receipt = median(() -> documents.issue(TestDocuments.bankReceipt(), null, OFFICER));
    System.out.printf("BENCHMARK end-to-end issueInvoice median %.2f ms, issueReceipt median %.2f ms%n",
        invoice, receipt);
    assertThat(invoice).isPositive();
  }

  @Test
  void theLinkIsMadeFromTheConfiguredPublicBaseUrl() {
    // the shared context keeps the default; a unit's own address (as in production) is used the same way
    assertThat(links.url("abc")).isEqualTo("http://localhost:8080/verifikasi/abc");
    assertThat(new VerificationLinks("https://pst.example.go.id/").url("abc"))
        .isEqualTo("https://pst.example.go.id/verifikasi/abc");
  }

  /** A request number no other test (or earlier run on MariaDB) uses. */
  private static String newRequest() {
    return "6503-D" + Long.toString(System.nanoTime(), 36).toUpperCase() + "-"
        + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
  }

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
