package id.go.bps.pst.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bps.pst.document.TestUploads;
import id.go.bps.pst.document.UploadService;
import id.go.bps.pst.document.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The upload pages over real HTTP: refusals are 4xx with an Indonesian message and store nothing, a cross-site
 * post is refused, the officer's file page needs a login, auditors read but do not decide, and files are served
 * as a page image or an attachment only.
 */
class UploadPagesTest extends PortalTestSupport {

  @Autowired UploadService files;
  @Autowired id.go.bps.pst.process.SaleCancellation cancellation;

  @Test
  void portalRefusalsAreClearAndStoreNothing() throws Exception {
    String number = startRequest("Ayu Lestari", "ayu@example.com");
    completeAs("petugas1", "petugas", number, "Task_CallVisitor", Map.of("counterName", "Loket 1"));
    toTerms(number, cart(microdata(SUSENAS, "KODE_KEC, JK")));
    String token = links.issue(number).token();
    String upload = url("/portal/" + token + "/unggah");

    assertRefused(post(upload, "IDENTITY_CARD", "ktp.pdf", new byte[0], null), 400, "Berkas kosong");
    byte[] exe = new byte[100];
    exe[0] = 'M';
    exe[1] = 'Z';
    assertRefused(post(upload, "IDENTITY_CARD", "ktp.pdf", exe, null), 400, "bukan PDF, JPEG, atau PNG");
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(TestUploads.pdf("x"), 0, big, 0, 8);
    assertRefused(post(upload, "IDENTITY_CARD", "ktp.pdf", big, null), 413, "Berkas terlalu besar");
    byte[] huge = new byte[26 * 1024 * 1024];
    assertRefused(post(upload, "IDENTITY_CARD", "ktp.pdf", huge, null), 413, "Berkas terlalu besar untuk diunggah");
    assertRefused(post(upload, "IDENTITY_CARD", "../", TestUploads.pdf("ktp"), null), 400,
        "Nama berkas tidak dapat dibaca");
    assertRefused(post(upload, "RECEIPT", "ktp.pdf", TestUploads.pdf("ktp"), null), 400, "tidak diminta");
    assertRefused(post(upload, "IDENTITY_CARD", null, null, null), 400, "Pilih berkas");
    HttpResponse<String> crossSite = post(upload, "IDENTITY_CARD", "ktp.pdf", TestUploads.pdf("ktp"), "cross-site");
    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(files.history(number)).isEmpty();

    // a name as Windows' old browsers send it, with the whole path: stored under its base name, not refused
    HttpResponse<String> stored = post(upload, "IDENTITY_CARD", "C:\\Users\\ani\\KTP..scan.pdf", TestUploads.pdf("ktp"),
        "same-origin");
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(302);
    assertThat(stored.headers().firstValue("Location").orElse("")).contains("/portal/" + token + "?diunggah=IDENTITY_CARD");
    assertThat(files.history(number)).singleElement().satisfies(f -> {
      assertThat(f.uploadedBy()).isEqualTo("pengguna layanan (portal)");
      assertThat(f.fileName()).isEqualTo("KTP.scan.pdf");
    });

    // a page opened before the request was cancelled: the upload is refused with the reason on the page (it was a
    // 400 with the page redrawn and no message, the upload column being gone)
    cancellation.cancel(number, "Pengguna layanan membatalkan lewat telepon", "supervisor1");
    HttpResponse<String> late = post(upload, "IDENTITY_CARD", "ktp2.pdf", TestUploads.pdf("ktp 2"), "same-origin");
    assertRefused(late, 400, "sudah selesai atau dibatalkan");
    assertThat(late.body()).contains("id=\"upload-error\"");
    assertThat(files.history(number)).hasSize(1);
  }

  /**
   * A file beyond the container's bound (25 MB) is refused before the portal's controller runs; the page still speaks
   * the visitor's language (the English portal's cookie), with no Indonesian line and no note that it is Indonesian.
   */
  @Test
  void aTooLargeUploadIsRefusedInTheVisitorsLanguage() throws Exception {
    String number = startRequest("Grace Turner", "grace@example.com");
    String upload = url("/portal/" + links.issue(number).token() + "/unggah");
    byte[] huge = new byte[26 * 1024 * 1024];

    HttpResponse<String> english = sendMultipart(upload, null, "IDENTITY_CARD", "passport.pdf", huge, "same-origin",
        "Cookie", "pst-lang=en", "Accept", "text/html");
    assertRefused(english, 413, "The file is too large to upload");
    assertThat(english.body()).contains("<html lang=\"en\"", "Request too large")
        .doesNotContain("Berkas terlalu besar", "Isi permintaan", "in Indonesian");

    HttpResponse<String> indonesian = sendMultipart(upload, null, "IDENTITY_CARD", "ktp.pdf", huge, "same-origin",
        "Accept", "text/html");
    assertRefused(indonesian, 413, "Berkas terlalu besar untuk diunggah");
    assertThat(indonesian.body()).contains("<html lang=\"id\"").doesNotContain("too large");
    assertThat(files.history(number)).isEmpty();
  }

  /**
   * A long file name is an ordinary name (Tomcat's part-header bound is raised to 8KB) and is stored shortened;
   * a name beyond the bound is refused as a too long NAME (400), not as a too large file.
   */
  @Test
  void aLongFileNameIsStoredShortenedAndAnOverlongOneIsRefusedAsAName() throws Exception {
    String number = startRequest("Rina Marlina", "rina@example.com");
    completeAs("petugas1", "petugas", number, "Task_CallVisitor", Map.of("counterName", "Loket 1"));
    toTerms(number, cart(microdata(SUSENAS, "KODE_KEC, JK")));
    String upload = url("/portal/" + links.issue(number).token() + "/unggah");

    HttpResponse<String> overlong = post(upload, "IDENTITY_CARD", "k".repeat(9000) + ".pdf", TestUploads.pdf("ktp"), null);
    assertRefused(overlong, 400, "Nama berkas terlalu panjang");
    assertThat(overlong.body()).doesNotContain("terlalu besar");
    assertThat(files.history(number)).isEmpty();

    String longName = "surat permohonan data kemiskinan kabupaten ".repeat(25) + "akhir.pdf";
    assertThat(longName.length()).isGreaterThan(1000);
    HttpResponse<String> stored = post(upload, "IDENTITY_CARD", longName, TestUploads.pdf("ktp"), "same-origin");
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(302);
    String name = files.history(number).get(0).fileName();
    assertThat(name).startsWith("surat permohonan data").endsWith(".pdf").hasSizeLessThanOrEqualTo(120);
  }

  @Test
  void theOfficersFilePageNeedsALoginAndOnlyOfficersDecide() throws Exception {
    String number = startRequest("Bayu Saputra", "bayu@example.com");
    completeAs("petugas1", "petugas", number, "Task_CallVisitor", Map.of("counterName", "Loket 1"));
    toTerms(number, cart(publication(PUBLICATION)));
    String page = url("/laporan/berkas/" + number);

    assertThat(send(page, null, "GET", null).statusCode()).isEqualTo(401);
    // the officer scans the identity card brought to the counter
    HttpResponse<String> scan = sendMultipart(page + "/unggah", "petugas1", "IDENTITY_CARD", "ktp scan.png",
        TestUploads.image("png", 600, 400), null);
    assertThat(scan.statusCode()).isEqualTo(302);
    UploadedFile file = files.history(number).get(0);
    assertThat(file.uploadedBy()).isEqualTo("petugas1");
    assertThat(file.fileName()).isEqualTo("ktp scan.png");

    HttpResponse<String> auditorView = send(page, "auditor1", "GET", null);
    assertThat(auditorView.statusCode()).isEqualTo(200);
    assertThat(auditorView.body()).contains("ktp scan.png", file.sha256()).doesNotContain("form class=\"reject\"");
    assertThat(send(page + "/" + file.id() + "/keputusan", "auditor1", "POST", "keputusan=TERIMA").statusCode())
        .isEqualTo(403);
    HttpResponse<String> noReason = send(page + "/" + file.id() + "/keputusan", "petugas1", "POST", "keputusan=TOLAK&alasan=");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("Tulis alasan penolakan");
    assertThat(send(page + "/" + file.id() + "/keputusan", "petugas2", "POST", "keputusan=TERIMA").statusCode())
        .isEqualTo(302);
    assertThat(files.find(number, file.id()).orElseThrow().reviewedBy()).isEqualTo("petugas2");
    // a second click on the same decision changes nothing and writes no second audit line
    long acceptedLines = orders.history(number).stream().filter(e -> e.action().equals("UPLOAD_ACCEPTED")).count();
    assertThat(send(page + "/" + file.id() + "/keputusan", "petugas1", "POST", "keputusan=TERIMA").statusCode())
        .isEqualTo(302);
    assertThat(orders.history(number).stream().filter(e -> e.action().equals("UPLOAD_ACCEPTED")).count())
        .isEqualTo(acceptedLines).isOne();
    assertThat(files.find(number, file.id()).orElseThrow().reviewedBy()).isEqualTo("petugas2");
    assertThat(send(page, "petugas1", "GET", null).body()).doesNotContain("<button type=\"submit\">Terima</button>");

    HttpResponse<byte[]> image = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(page + "/" + file.id() + "/halaman.png")).header("Authorization", basic("auditor1")).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
    assertThat(image.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    // another request's file is not found through this request
    String other = startRequest("Citra", "citra@example.com");
    assertThat(send(url("/laporan/berkas/" + other + "/" + file.id() + "/unduh"), "auditor1", "GET", null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void aProofOfTransferIsDecidedByTheTreasurerInHerTaskNotOnTheFilePage() throws Exception {
    Map<String, Object> guestBook = new java.util.HashMap<>(Map.of("visitorName", "John Carter", "identityType",
        "PASPOR", "identityNumber", "X7654321", "visitorEmail", "john.carter@example.com", "institution",
        "Embassy of Australia", "userCategory", "FOREIGN_MISSION", "purpose", "Membeli data untuk laporan",
        "consent", true));
    String number = startRequest(guestBook);
    String page = url("/laporan/berkas/" + number);
    HttpResponse<String> proof = sendMultipart(page + "/unggah", "petugas1", "TRANSFER_PROOF", "bukti.png",
        TestUploads.image("png", 600, 400), null);
    assertThat(proof.statusCode()).as(proof.body()).isEqualTo(302);
    UploadedFile proofFile = files.current(number).stream().filter(f -> f.documentCode().equals("TRANSFER_PROOF"))
        .findFirst().orElseThrow();
    assertThat(send(page, "petugas1", "GET", null).body()).contains("Bukti transfer diperiksa oleh bendahara");
    HttpResponse<String> decided = send(page + "/" + proofFile.id() + "/keputusan", "petugas1", "POST",
        "keputusan=TERIMA");
    assertThat(decided.statusCode()).isEqualTo(400);
    assertThat(decided.body()).contains("Bukti transfer diperiksa oleh bendahara");
    assertThat(files.find(number, proofFile.id()).orElseThrow().accepted()).isFalse();
  }

  private static void assertRefused(HttpResponse<String> response, int status, String message) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.body()).contains(message).doesNotContain("Exception", "at id.go.bps");
  }

  private HttpResponse<String> post(String url, String code, String name, byte[] bytes, String fetchSite)
      throws Exception {
    return sendMultipart(url, null, code, name, bytes, fetchSite);
  }

  private HttpResponse<String> sendMultipart(String url, String user, String code, String name, byte[] bytes,
      String fetchSite, String... headers) throws Exception {
    String boundary = "----pst" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"jenis\"\r\n\r\n" + code + "\r\n")
        .getBytes(StandardCharsets.UTF_8));
    if (bytes != null) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"" + name
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.write(bytes);
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (user != null) {
      request.header("Authorization", basic(user));
    }
    if (fetchSite != null) {
      request.header("Sec-Fetch-Site", fetchSite);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(String url, String user, String method, String form) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (user != null) {
      request.header("Authorization", basic(user));
    }
    if ("POST".equals(method)) {
      request.header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form == null ? "" : form));
    } else {
      request.GET();
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }
}
