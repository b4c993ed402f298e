package id.go.bps.pst.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.go.bps.pst.TestSql;
import id.go.bps.pst.common.Unit;
import id.go.bps.pst.common.UnitDirectory;
import id.go.bps.pst.complaint.Complaint;
import id.go.bps.pst.complaint.ComplaintCategory;
import id.go.bps.pst.complaint.ComplaintChannel;
import id.go.bps.pst.complaint.ComplaintService;
import id.go.bps.pst.complaint.ComplaintSubmission;
import id.go.bps.pst.complaint.HolidayCalendar;
import id.go.bps.pst.complaint.HolidayKind;
import id.go.bps.pst.document.DocumentService;
import id.go.bps.pst.payment.IssueReceipt;
import id.go.bps.pst.payment.PaymentService;
import id.go.bps.pst.payment.Receipt;
import id.go.bps.pst.payment.ReceiptService;
import id.go.bps.pst.portal.PortalTestSupport;
import id.go.bps.pst.rating.SurveyService;
import id.go.bps.pst.rating.SurveySource;
import id.go.bps.pst.rating.SurveySubmission;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two units side by side (demo profile: 6503 Tana Tidung, the default unit, and 6501 Bulungan) in every
 * per-unit report, mail, verification page, holiday and product list (issue 12): a row of one unit never
 * reaches the other unit's staff, whatever their role (petugas, bendahara, supervisor, auditor), and the
 * national auditor ({@code auditorpusat}, group pusat) chooses one unit or all of them, read-only.
 */
class UnitReportsTest extends PortalTestSupport {

  private static final String TT = "6503";
  private static final String BUL = "6501";

  @Autowired PaymentService payments;
  @Autowired ReceiptService receipts;
  @Autowired SurveyService surveys;
  @Autowired ComplaintService complaints;
  @Autowired HolidayCalendar holidays;
  @Autowired UnitDirectory units;
  @Autowired DocumentService documents;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void everyReportShowsTheReadersOwnUnitAndTheNationalAuditorChooses() throws Exception {
    // a sale concluded today in each unit: cash received, receipt issued
    String ours = requestNumber(TT);
    String theirs = requestNumber(BUL);
    payments.recordCash(ours, 41_000, 41_000, "bendahara1");
    Receipt ourReceipt = receipts.issue(IssueReceipt.forPayment(ours, TT, 41_000, "PUBLICATION", "bendahara1"));
    payments.recordCash(theirs, 67_000, 67_000, "bendahara6501");
    Receipt theirReceipt = receipts.issue(IssueReceipt.forPayment(theirs, BUL, 67_000, "MAP", "bendahara6501"));
    // a satisfaction survey answered at each unit's counter
    String ourComment = "Pelayanan Tana Tidung cepat " + unique();
    String theirComment = "Pelayanan Bulungan ramah " + unique();
    surveys.record(new SurveySubmission(null, TT, SurveyService.SALES_SERVICE, SurveySource.STANDALONE,
        new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4}, ourComment, null, null));
    surveys.record(new SurveySubmission(null, BUL, SurveyService.SALES_SERVICE, SurveySource.STANDALONE,
        new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3}, theirComment, null, null));
    // a complaint to each unit (its acknowledgement mail goes through the outbox)
    Complaint ourComplaint = complaint(TT, "tt" + unique() + "@example.com");
    Complaint theirComplaint = complaint(BUL, "bul" + unique() + "@example.com");

    String today = LocalDate.now(ZoneId.of("Asia/Makassar")).toString();
    String reconciliation = "/laporan/rekonsiliasi.csv?tanggal=" + today;
    String sales = "/laporan/penjualan.csv?periode=hari";
    String survey = "/laporan/skm.csv?periode=hari";

    // bendahara: the daily reconciliation of their unit
    assertOnly(get(reconciliation, "bendahara1"), ourReceipt.receiptNumber(), theirReceipt.receiptNumber());
    assertOnly(get(reconciliation, "bendahara6501"), theirReceipt.receiptNumber(), ourReceipt.receiptNumber());
    // a unit's staff asking for another unit get their own unit all the same
    assertOnly(get(reconciliation + "&unit=" + TT, "bendahara6501"), theirReceipt.receiptNumber(),
        ourReceipt.receiptNumber());

    // supervisor: sales and PNBP, the satisfaction survey, complaints
    assertOnly(get(sales, "supervisor1"), ourReceipt.receiptNumber(), theirReceipt.receiptNumber());
    assertOnly(get(sales, "supervisor6501"), theirReceipt.receiptNumber(), ourReceipt.receiptNumber());
    assertOnly(get(survey, "supervisor1"), ourComment, theirComment);
    assertOnly(get(survey, "supervisor6501"), theirComment, ourComment);
    HttpResponse<String> salesPage = get("/laporan/penjualan?periode=hari", "supervisor6501");
    assertThat(salesPage.statusCode()).isEqualTo(200);
    assertThat(salesPage.body()).contains("BPS Kabupaten Bulungan").doesNotContain("Tana Tidung")
        .doesNotContain("id=\"unit-picker\"");
    assertOnly(get("/laporan/pengaduan", "supervisor6501"), theirComplaint.trackingCode(), ourComplaint.trackingCode());

    // petugas: complaints and the mail outbox of their unit
    assertOnly(get("/laporan/pengaduan", "petugas1"), ourComplaint.trackingCode(), theirComplaint.trackingCode());
    assertOnly(get("/laporan/pengaduan", "petugas6501"), theirComplaint.trackingCode(), ourComplaint.trackingCode());
    assertThat(get("/laporan/pengaduan/" + theirComplaint.trackingCode(), "petugas1").statusCode()).isEqualTo(404);
    assertThat(get("/laporan/pengaduan/" + theirComplaint.trackingCode(), "petugas6501").statusCode()).isEqualTo(200);
    awaitEvents();
    assertOnly(get("/laporan/outbox", "petugas1"), ourComplaint.trackingCode(), theirComplaint.trackingCode());
    assertOnly(get("/laporan/outbox", "petugas6501"), theirComplaint.trackingCode(), ourComplaint.trackingCode());

    // auditor of the default unit: its unit only, even when asking for another
    assertOnly(get(sales, "auditor1"), ourReceipt.receiptNumber(), theirReceipt.receiptNumber());
    assertOnly(get(sales + "&unit=" + BUL, "auditor1"), ourReceipt.receiptNumber(), theirReceipt.receiptNumber());

    // national auditor: the default unit first, then the unit chosen, or all of them
    assertOnly(get(sales, "auditorpusat"), ourReceipt.receiptNumber(), theirReceipt.receiptNumber());
    HttpResponse<String> chosen = get(sales + "&unit=" + BUL, "auditorpusat");
    assertOnly(chosen, theirReceipt.receiptNumber(), ourReceipt.receiptNumber());
    assertThat(chosen.headers().firstValue("Content-Disposition").orElse("")).contains("penjualan-pnbp-6501-");
    assertThat(get(sales + "&unit=semua", "auditorpusat").body())
        .contains(ourReceipt.receiptNumber(), theirReceipt.receiptNumber());
    assertOnly(get(survey + "&unit=" + BUL, "auditorpusat"), theirComment, ourComment);
    assertOnly(get(reconciliation + "&unit=" + BUL, "auditorpusat"), theirReceipt.receiptNumber(),
        ourReceipt.receiptNumber());
    assertOnly(get("/laporan/pengaduan?unit=" + BUL, "auditorpusat"), theirComplaint.trackingCode(),
        ourComplaint.trackingCode());
    HttpResponse<String> page = get("/laporan/penjualan?periode=hari&unit=" + BUL, "auditorpusat");
    assertThat(page.body()).contains("id=\"unit-picker\"", "BPS Kabupaten Bulungan", "(hanya baca)");
    HttpResponse<String> unknown = get(sales + "&unit=9999", "auditorpusat");
    assertThat(unknown.statusCode()).isEqualTo(403);
    assertThat(unknown.body()).contains("tidak termasuk unit yang boleh Anda baca");
    // the queue of a day and the step durations answer for the unit too
    assertThat(get("/laporan/antrian?unit=" + BUL, "auditorpusat").body()).contains("BPS Kabupaten Bulungan");
    assertThat(get("/laporan/waktu-langkah?unit=semua", "auditorpusat").body()).contains("Semua unit (");
  }

  @Test
  void aUnitsOwnHolidayIsNotAnotherUnitsHoliday() throws Exception {
    LocalDate day = LocalDate.of(2031, 3, 12); // a Wednesday
    TestSql.update(jdbc, "delete from pst_unit_holiday where holiday_date = ?", java.sql.Date.valueOf(day));
    holidays.add(BUL, day, "Hari Jadi Kabupaten Bulungan", HolidayKind.LOCAL, "Perda Bulungan", "supervisor6501");

    assertThat(holidays.from(BUL, day.minusDays(5)).isWorkingDay(day)).isFalse();
    assertThat(holidays.from(TT, day.minusDays(5)).isWorkingDay(day)).isTrue();
    assertThat(get("/laporan/hari-libur?tahun=2031", "supervisor6501").body()).contains("Hari Jadi Kabupaten Bulungan");
    assertThat(get("/laporan/hari-libur?tahun=2031", "supervisor1").body()).doesNotContain("Hari Jadi");
    assertThat(get("/laporan/hari-libur?tahun=2031", "petugas1").body()).doesNotContain("Hari Jadi");
    HttpResponse<String> national = get("/laporan/hari-libur?tahun=2031&unit=" + BUL, "auditorpusat");
    assertThat(national.body()).contains("Hari Jadi Kabupaten Bulungan").doesNotContain("id=\"add-holiday\"");
    // a national day is every unit's
    assertThat(get("/laporan/hari-libur?tahun=2026", "supervisor6501").body()).contains("Tahun Baru 2026");
    // a complaint deadline of 6501 skips its own holiday; 6503's does not
    ZoneId wita = ZoneId.of("Asia/Makassar");
    Instant tuesday = day.minusDays(1).atTime(10, 0).atZone(wita).toInstant();
    Instant friday = day.plusDays(2).atTime(10, 0).atZone(wita).toInstant();
    assertThat(complaints.workingDaysBetween(BUL, tuesday, friday)).isEqualTo(2);
    assertThat(complaints.workingDaysBetween(TT, tuesday, friday)).isEqualTo(3);
  }

  @Test
  void mailsCarryTheirUnitsSenderNameAndZone() throws Exception {
    // 6501 has its own sender; a WIT unit added as data shows its mails' times in WIT
    TestSql.update(jdbc, "update pst_unit set mail_from_name = ?, mail_from_address = ? where code = ?",
        "PST BPS Kabupaten Bulungan", "pst6501@bps.go.id", BUL);
    if (units.find("9471").isEmpty()) {
      units.add(new Unit("9471", "BPS Kota Jayapura", "Asia/Jayapura", "Jayapura", "Jl. Tes, Jayapura",
          "bps9471@bps.go.id", null, null, null));
    }
    units.refresh();
    try {
      String ours = "tt" + unique() + "@example.com";
      String theirs = "bul" + unique() + "@example.com";
      String east = "jpr" + unique() + "@example.com";
      complaint(TT, ours);
      complaint(BUL, theirs);
      complaint("9471", east);
      deliverMails();

      MimeMessage our = mailTo(ours);
      MimeMessage their = mailTo(theirs);
      MimeMessage eastern = mailTo(east);
      assertThat(((InternetAddress) our.getFrom()[0]).getAddress()).isEqualTo("pst6503@bps.go.id");
      assertThat(((InternetAddress) their.getFrom()[0]).getAddress()).isEqualTo("pst6501@bps.go.id");
      assertThat(((InternetAddress) their.getFrom()[0]).getPersonal()).isEqualTo("PST BPS Kabupaten Bulungan");
      assertThat(GreenMailUtil.getBody(their)).contains("Bulungan").doesNotContain("Tana Tidung");
      assertThat(GreenMailUtil.getBody(our)).contains("Tana Tidung").doesNotContain("Bulungan");
      assertThat(GreenMailUtil.getBody(eastern)).containsPattern("\\d\\d\\.\\d\\d WIT\\b").doesNotContain("WITA")
          .contains("Jayapura");
    } finally {
      TestSql.update(jdbc, "update pst_unit set mail_from_name = null, mail_from_address = null where code = ?", BUL);
      TestSql.update(jdbc, "delete from pst_unit where code = '9471'"); // other test classes count the demo's units
      units.refresh();
    }
  }

  @Test
  void theVerificationPageNamesTheDocumentsOwnUnit() throws Exception {
    String theirs = requestNumber(BUL);
    String ours = requestNumber(TT);
    var their = documents.issue(receiptData(theirs), null, new id.go.bps.pst.document.ProducedBy(null, "bendahara6501"));
    var our = documents.issue(receiptData(ours), null, new id.go.bps.pst.document.ProducedBy(null, "bendahara1"));
    HttpResponse<String> theirPage = get("/verifikasi/" + their.verificationCode(), null);
    assertThat(theirPage.statusCode()).isEqualTo(200);
    assertThat(theirPage.body()).contains("BPS Kabupaten Bulungan", their.number()).doesNotContain("Tana Tidung");
    assertThat(get("/verifikasi/" + our.verificationCode(), null).body()).contains("BPS Kabupaten Tana Tidung")
        .doesNotContain("Bulungan");
  }

  @Test
  void aProductTheUnitDoesNotSellIsRefusedAtTheQuote() throws Exception {
    String map = """
        {"userCategory": "INDIVIDUAL", "commercial": false,
         "items": [{"type": "MAP", "id": "wks-6503-kecamatan", "quantity": 1}]}""";
    TestSql.update(jdbc, "delete from pst_unit_unsold_product where unit_code = ?", BUL);
    TestSql.update(jdbc, "insert into pst_unit_unsold_product (unit_code, product_key, note) values (?, ?, ?)", BUL, "MAP",
        "peta dilayani BPS Provinsi");
    units.refresh();
    try {
      HttpResponse<String> refused = postJson(url("/api/quotes?unit=" + BUL), map);
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains("BPS Kabupaten Bulungan tidak melayani penjualan peta wilayah kerja statistik");
      assertThat(postJson(url("/api/quotes?unit=" + TT), map).statusCode()).isEqualTo(200);
      assertThat(postJson(url("/api/quotes"), map).statusCode()).isEqualTo(200);
      // a publication is still sold in 6501
      assertThat(postJson(url("/api/quotes?unit=" + BUL), """
          {"userCategory": "INDIVIDUAL", "commercial": false,
           "items": [{"type": "PUBLICATION", "id": "%s", "format": "SOFTCOPY", "quantity": 1}]}"""
          .formatted(PUBLICATION)).statusCode()).isEqualTo(200);
    } finally {
      TestSql.update(jdbc, "delete from pst_unit_unsold_product where unit_code = ?", BUL);
      units.refresh();
    }
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private static id.go.bps.pst.document.ReceiptData receiptData(String requestNumber) {
    return new id.go.bps.pst.document.ReceiptData(null, requestNumber, "Agustina Ingan", 50_000L, "Pembelian data",
        id.go.bps.pst.document.PaymentMethod.CASH, null, null, Instant.now(), "Maria Ingan", null);
  }

  private Complaint complaint(String unit, String email) {
    return complaints.register(new ComplaintSubmission(unit, ComplaintChannel.WEB, ComplaintCategory.SERVICE,
        "Pengadu Unit", email, null, "Antrian terlalu lama di unit " + unit + ", mohon ditambah petugas loket.",
        null), null, null, "test");
  }

  private MimeMessage mailTo(String address) throws Exception {
    return Arrays.stream(smtp().getReceivedMessages()).filter(m -> {
      try {
        return m.getAllRecipients() != null && ((InternetAddress) m.getAllRecipients()[0]).getAddress().equalsIgnoreCase(address);
      } catch (jakarta.mail.MessagingException e) {
        return false;
      }
    }).findFirst().orElseThrow(() -> new AssertionError("no mail to " + address));
  }

  private static void assertOnly(HttpResponse<String> response, String present, String absent) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).contains(present).doesNotContain(absent);
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String requestNumber(String unit) {
    return unit + "-U" + unique();
  }

  private static String unique() {
    return Long.toString(System.nanoTime(), 36).toUpperCase() + ThreadLocalRandom.current().nextInt(1000, 9999);
  }
}
