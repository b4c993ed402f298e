package id.go.bps.pst.report.internal;

import id.go.bps.pst.common.CsvTable;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bps.pst.TestDatabase;
import id.go.bps.pst.payment.MutableClock;
import id.go.bps.pst.payment.ReceiptMethod;
import id.go.bps.pst.rating.FollowUpRequested;
import id.go.bps.pst.rating.Ratio;
import id.go.bps.pst.rating.SkmGrade;
import id.go.bps.pst.rating.SurveyService;
import id.go.bps.pst.rating.SurveySource;
import id.go.bps.pst.rating.SurveySummary;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The report figures of a scripted week (see {@link ScriptedWeek}) against hand computations, the CSV
 * downloads, a request's history for auditors, and the stand-alone survey with its follow-up and rate
 * limit.
 *
 * <p>A context of its own (own default unit, own MariaDB database): the figures are exact totals over
 * everything the unit has in the scripted week (tickets, receipts, history, surveys, follow-ups), so no
 * other class's data may be in that unit, and the stand-alone survey's rate limit is lowered to 4.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "camunda.bpm.admin-user.password=admin",
    "pst.unit.code=" + ScriptedWeek.UNIT, "pst.rating.standalone-limit=4",
    "pst.documents.storage-directory=target/report-week-documents"})
@Import(ReportsIntegrationTest.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportsIntegrationTest {

  static final String WEEK = "periode=minggu&acuan=2034-06-07";

  @TestConfiguration(proxyBeanMethods = false)
  static class Config {
    @Bean
    @Primary
    MutableClock testClock() {
      return new MutableClock();
    }

    @Bean
    FollowUps followUps() {
      return new FollowUps();
    }
  }

  /** Collects the follow-up events the rating module publishes. */
  static class FollowUps {
    final List<FollowUpRequested> received = new CopyOnWriteArrayList<>();

    @EventListener
    void on(FollowUpRequested event) {
      received.add(event);
    }
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "reports");
  }

  @Autowired ProcessEngine engine;
  @Autowired MutableClock clock;
  @Autowired JdbcTemplate jdbc;
  @Autowired SurveyService surveys;
  @Autowired id.go.bps.pst.process.VisitorUploads uploads;
  @Autowired QueuePerformance queue;
  @Autowired SalesFigures sales;
  @Autowired StepDurations steps;
  @Autowired FollowUps followUps;
  @LocalServerPort int port;

  ScriptedWeek week;
  ReportPeriod period;

  @BeforeAll
  void seed() throws Exception {
    week = new ScriptedWeek(engine, clock, jdbc, surveys, port);
    week.uploads = uploads;
    week.run();
    clock.set(ScriptedWeek.wita("2034-06-12T09:00:00")); // the Monday after: "this week" is the next one
    ClockUtil.setCurrentTime(java.util.Date.from(clock.instant()));
    period = ReportPeriod.parse("minggu", "2034-06-07", null, null, LocalDate.of(2034, 6, 12), ScriptedWeek.WITA);
  }

  @AfterAll
  void resetClocks() {
    clock.reset();
    ClockUtil.reset();
  }

  // ---- (a) queue --------------------------------------------------------------------------------

  @Test
  @Order(1)
  void queueFiguresOfTheWeek() throws Exception {
    QueuePerformance.Result r = queue.of(period);
    QueuePerformance.Figures t = r.total();
    assertThat(period.from()).isEqualTo(LocalDate.of(2034, 6, 5));
    assertThat(period.to()).isEqualTo(LocalDate.of(2034, 6, 11));
    // tickets: A, B, C (one a day, from the process) and Thursday's four
    assertThat(t.tickets()).isEqualTo(7);
    assertThat(t.called()).isEqualTo(6);
    assertThat(t.noShows()).isEqualTo(1);
    assertThat(t.served()).isEqualTo(5);
    // measured: the six called and the one left unserved after 30 minutes; within: A 4, B 3, C 2, T1 5, T3 2 minutes
    assertThat(t.measured()).isEqualTo(7);
    assertThat(t.withinStandard()).isEqualTo(5);
    assertThat(t.withinStandardPercent()).isEqualByComparingTo(new BigDecimal("71.4286"));
    // waiting (called - arrived): 4 + 3 + 2 + 5 + 33 + 42 = 89 min / 6 = 890 s
    assertThat(t.averageWait()).isEqualTo(Duration.ofSeconds(890));
    // standard wait (called - clock start): 4 + 3 + 2 + 5 + 15 + 2 = 31 min / 6 = 310 s
    assertThat(t.averageStandardWait()).isEqualTo(Duration.ofSeconds(310));
    // service (session end - called): A 56, B 107, C 73, T1 15, T2 15 minutes = 266 / 5 = 53 min 12 s
    assertThat(t.averageServiceTime()).isEqualTo(Duration.ofSeconds(3192));

    assertThat(r.byOfficer()).extracting(QueuePerformance.Figures::key).containsExactly("petugas1", "petugas2");
    QueuePerformance.Figures p1 = r.byOfficer().get(0);
    assertThat(p1.called()).isEqualTo(2);
    assertThat(p1.withinStandard()).isEqualTo(2);
    assertThat(p1.averageStandardWait()).isEqualTo(Duration.ofMinutes(3));      // (4 + 2) / 2
    assertThat(p1.averageServiceTime()).isEqualTo(Duration.ofSeconds(3870));    // (56 + 73) / 2 min
    QueuePerformance.Figures p2 = r.byOfficer().get(1);
    assertThat(p2.called()).isEqualTo(4);
    assertThat(p2.noShows()).isEqualTo(1);
    assertThat(p2.measured()).isEqualTo(4);
    assertThat(p2.withinStandard()).isEqualTo(3);                               // B, T1, T3
    assertThat(p2.averageStandardWait()).isEqualTo(Duration.ofSeconds(375));    // (3 + 5 + 15 + 2) / 4 min
    assertThat(p2.averageServiceTime()).isEqualTo(Duration.ofSeconds(2740));    // (107 + 15 + 15) / 3 min
    assertThat(r.byCounter()).extracting(QueuePerformance.Figures::key).containsExactly("Loket 1", "Loket 2");
    assertThat(r.byCounter().get(1).withinStandard()).isEqualTo(3);
    QueuePerformance.Figures thursday = r.byDay().get(3);
    assertThat(thursday.tickets()).isEqualTo(4);
    assertThat(thursday.withinStandardPercent()).isEqualByComparingTo("50");

    HttpResponse<String> page = get("/laporan/kinerja-antrian?" + WEEK, "supervisor1");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"tickets\">7<", "id=\"share\">71,4%<", "id=\"avg-wait\">5:10<",
        "id=\"avg-service\">53:12<", "5 Juni 2034 s.d. 11 Juni 2034", "Kamis, 8 Juni 2034",
        // officers by their name and user id, in the table and the chart
        "Petugas Rina Marlina (petugas1)", "Petugas Andi Saputra (petugas2)", "\"Andi Saputra (petugas2)\"");
    // the CSV keeps the user id, as the audit trail records it
    assertThat(get("/laporan/kinerja-antrian.csv?" + WEEK, "supervisor1").body())
        .contains("\nPetugas,petugas2,").doesNotContain("Andi Saputra");
  }

  // ---- (b) sales and PNBP -----------------------------------------------------------------------

  @Test
  @Order(2)
  void salesAndPnbpOfTheWeekReconcile() throws Exception {
    SalesFigures.Result r = sales.of(period);
    SalesFigures.Bucket t = r.total();
    assertThat(t.receiptCount()).isEqualTo(3);
    assertThat(t.receipts().get(ReceiptMethod.CASH)).isEqualTo(new SalesFigures.Amount(1, 280_000));
    assertThat(t.receipts().get(ReceiptMethod.BANK)).isEqualTo(new SalesFigures.Amount(1, 30_000));
    assertThat(t.receipts().get(ReceiptMethod.ZERO_TARIFF)).isEqualTo(new SalesFigures.Amount(1, 0));
    assertThat(t.receiptTotal()).isEqualTo(310_000);
    assertThat(t.cashReceived()).isEqualTo(280_000);
    assertThat(t.bankReceived()).isEqualTo(30_000);
    assertThat(r.zeroTariffSales()).isEqualTo(1);
    assertThat(r.mismatches()).isEmpty();
    Map<String, SalesFigures.Kind> kinds = r.byKind().stream()
        .collect(Collectors.toMap(SalesFigures.Kind::kind, k -> k));
    // publication 312 pages: Rp50.000 + 6 x Rp15.000; maps: 2 x Rp70.000 (desa) and 1 x Rp30.000 (kecamatan)
    assertThat(kinds.get("PUBLICATION_SOFTCOPY")).isEqualTo(new SalesFigures.Kind("PUBLICATION_SOFTCOPY", 1, 1, 140_000, 0));
    assertThat(kinds.get("MAP")).isEqualTo(new SalesFigures.Kind("MAP", 2, 3, 170_000, 0));
    assertThat(kinds.get("MICRODATA")).isEqualTo(new SalesFigures.Kind("MICRODATA", 1, 1, 0, 1));
    assertThat(kinds.get("PUBLICATION_HARDCOPY")).isEqualTo(new SalesFigures.Kind("PUBLICATION_HARDCOPY", 0, 0, 0, 0));
    // per day: Monday cash, Tuesday bank (paid 10.15 per the bank), Wednesday Rp0
    assertThat(r.byDay().get(0).receiptTotal()).isEqualTo(280_000);
    assertThat(r.byDay().get(0).cashReceived()).isEqualTo(280_000);
    assertThat(r.byDay().get(1).bankReceived()).isEqualTo(30_000);
    assertThat(r.byDay().get(2).receipts().get(ReceiptMethod.ZERO_TARIFF).count()).isEqualTo(1);
    assertThat(r.byMonth()).singleElement().satisfies(m -> {
      assertThat(m.key()).isEqualTo("2034-06");
      assertThat(m.received()).isEqualTo(310_000);
    });

    HttpResponse<String> page = get("/laporan/penjualan?" + WEEK, "auditor1");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"sales-count\">3<", "id=\"receipt-total\">Rp310.000<",
        "id=\"zero-tariff\">1<", "id=\"mismatches\">0<", "Publikasi elektronik", "Peta digital WKS", "Data mikro",
        "Tunai", "Bank (kode billing)", "Tarif Rp0", "Rp170.000")
        .doesNotContain(">CASH<", ">MICRODATA<", ">ZERO_TARIFF<");
  }

  // ---- (c) where the time goes ------------------------------------------------------------------

  @Test
  @Order(3)
  void stepDurationsFromCamundaHistory() throws Exception {
    StepDurations.Result r = steps.of(period);
    assertThat(r.instances()).isEqualTo(3);
    Map<String, StepDurations.Step> byId = r.steps().stream()
        .collect(Collectors.toMap(StepDurations.Step::activityId, s -> s));
    // call: 4, 3, 2 min -> median 3, 90th percentile (rank ceil(2,7) = 3) 4
    step(byId, "Task_CallVisitor", 3, Duration.ofMinutes(3), Duration.ofMinutes(4));
    // record: 6, 6, 8 min
    step(byId, "Task_RecordRequest", 3, Duration.ofMinutes(6), Duration.ofMinutes(8));
    // prepare: 20 (08.25-08.45), 50 (09.30-10.20), 30 (10.30-11.00) min
    step(byId, "Task_PrepareProduct", 3, Duration.ofMinutes(30), Duration.ofMinutes(50));
    // receipt: 5 (08.35-08.40), 14 (10.16-10.30), 5 (10.40-10.45) min
    step(byId, "Task_IssueReceipt", 3, Duration.ofMinutes(5), Duration.ofMinutes(14));
    step(byId, "Task_ReceiveCash", 1, Duration.ofMinutes(8), Duration.ofMinutes(8));
    step(byId, "Task_SignAgreement", 1, Duration.ofMinutes(10), Duration.ofMinutes(10));
    assertThat(byId).doesNotContainKeys("Gateway_PaymentMethod", "End_Completed");
    // the slowest median first
    assertThat(r.steps().get(0).median()).isGreaterThanOrEqualTo(Duration.ofMinutes(30));

    assertThat(StepDurations.median(List.of(1L, 2L, 3L, 10L))).isEqualTo(3);       // (2 + 3) / 2 = 2,5 -> 3
    assertThat(StepDurations.percentile(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 90)).isEqualTo(9);
    assertThat(StepDurations.percentile(List.of(5L), 90)).isEqualTo(5);

    HttpResponse<String> page = get("/laporan/waktu-langkah?" + WEEK, "supervisor1");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"instances\">3<", "Siapkan", "30 menit", "50 menit");
  }

  private static void step(Map<String, StepDurations.Step> byId, String id, int count, Duration median, Duration p90) {
    assertThat(byId).containsKey(id);
    StepDurations.Step s = byId.get(id);
    assertThat(s.count()).as(id).isEqualTo(count);
    assertThat(s.median()).as(id).isEqualTo(median);
    assertThat(s.p90()).as(id).isEqualTo(p90);
  }

  // ---- (d) satisfaction -------------------------------------------------------------------------

  @Test
  @Order(4)
  void satisfactionOfTheWeekLeavesOfficerEnteredRatingsOut() throws Exception {
    SurveySummary s = surveys.summary(ScriptedWeek.UNIT, period.start(), period.end(), null);
    // counted: B {4,4,4,3,4,4,4,4,4}, C {3,3,3,4,3,3,3,3,3}, KONSULTASI {3 x 9}, PERPUSTAKAAN {4 x 8, 3};
    // A's {1 x 9} was entered by petugas1 and is left out
    assertThat(s.index().respondents()).isEqualTo(4);
    assertThat(s.assisted()).isEqualTo(1);
    // element sums: U1..U3, U5..U8 = 4 + 3 + 3 + 4 = 14; U4 = 3 + 4 + 3 + 4 = 14; U9 = 4 + 3 + 3 + 3 = 13
    // IKM = (8 x 14/4 + 13/4) / 9 = (125/4) / 9 = 125/36; index = 125/36 x 25 = 3125/36 = 86,805.. -> 86,81 B
    assertThat(s.index().ikm()).isEqualTo(Ratio.of(125, 36));
    assertThat(s.index().converted()).isEqualTo(Ratio.of(3125, 36));
    assertThat(s.index().displayedIndex()).isEqualByComparingTo("86.81");
    assertThat(s.index().grade()).isEqualTo(SkmGrade.B);
    // counted with A it would be (125 + 9) / 45 x 25 = 670/9 = 74,44 (C): the officer's entry is really out
    assertThat(s.assistedIndex().converted()).isEqualTo(Ratio.of(25, 1));
    assertThat(s.bySource()).containsEntry(SurveySource.PORTAL, 2).containsEntry(SurveySource.STANDALONE, 2)
        .containsEntry(SurveySource.COUNTER, 0);
    assertThat(s.comments()).extracting(c -> c.comment()).containsExactly("Ruang tunggu panas",
        ScriptedWeek.FORMULA_COMMENT, "Pelayanan cepat, terima kasih", "Diisi petugas");
    assertThat(surveys.summary(ScriptedWeek.UNIT, period.start(), period.end(), "KONSULTASI").index().respondents())
        .isEqualTo(1);

    HttpResponse<String> page = get("/laporan/skm?" + WEEK, "supervisor1");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"converted\">86,81<", "id=\"grade\">B (Baik)<", "id=\"responses\">4<",
        "id=\"assisted\">1<", "diisikan petugas Rina Marlina (petugas1), tidak dihitung", "Ruang tunggu panas",
        "Penanganan pengaduan, saran dan masukan", "3,50", "Juni 2034");
    // the monthly trend of June 2034 is the same set
    assertThat(surveys.monthly(ScriptedWeek.UNIT, java.time.YearMonth.of(2034, 6), java.time.YearMonth.of(2034, 6),
        ScriptedWeek.WITA, null)).singleElement().satisfies(m -> {
          assertThat(m.index().converted()).isEqualTo(Ratio.of(3125, 36));
          assertThat(m.assisted()).isEqualTo(1);
        });
  }

  // ---- CSV --------------------------------------------------------------------------------------

  @Test
  @Order(5)
  void csvDownloadsAreExcelReadyAndFormulaSafe() throws Exception {
    // every report CSV of the application, the queue's and the reconciliation's (other modules) included
    for (String path : List.of("/laporan/skm.csv", "/laporan/penjualan.csv", "/laporan/kinerja-antrian.csv",
        "/laporan/waktu-langkah.csv", "/laporan/antrian.csv", "/laporan/rekonsiliasi.csv")) {
      HttpResponse<byte[]> csv = getBytes(path + (path.contains("antrian.csv") && !path.contains("kinerja")
          || path.contains("rekonsiliasi") ? "?tanggal=2034-06-07" : "?" + WEEK), "supervisor1");
      assertThat(csv.statusCode()).as(path).isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
      assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".csv");
      byte[] b = csv.body();
      assertThat(new byte[] {b[0], b[1], b[2]}).as(path + " starts with the UTF-8 BOM")
          .isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
      assertThat(text).as(path).contains("\r\n").doesNotContainPattern("[^\r]\n");
    }
    String skm = new String(getBytes("/laporan/skm.csv?" + WEEK, "auditor1").body(), StandardCharsets.UTF_8);
    // the visitor's formula is written as text: quoted by CSV rules and led by a single quote
    assertThat(skm).contains("\"'=HYPERLINK(\"\"http://contoh.invalid\"\",\"\"klik\"\")\"")
        .doesNotContain(",=HYPERLINK").contains("Indeks kepuasan (25-100),\"86,81\"")
        .contains("Diisikan petugas (tidak dihitung),1");
    String salesCsv = new String(getBytes("/laporan/penjualan.csv?" + WEEK, "auditor1").body(), StandardCharsets.UTF_8);
    assertThat(salesCsv).contains("Kuitansi", "Tunai,", ",280000,", "NTPN2034060600AB", "Tarif Rp0");
    assertThat(CsvTable.safe("+62 812")).isEqualTo("'+62 812");
    assertThat(CsvTable.safe("-1+1")).isEqualTo("'-1+1");
    assertThat(CsvTable.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvTable.safe(-5L)).isEqualTo(-5L);
    assertThat(CsvTable.safe("Rp80.000")).isEqualTo("Rp80.000");
  }

  // ---- access, period picker --------------------------------------------------------------------

  @Test
  @Order(6)
  void readersOnlyAndBadPeriodsAreExplained() throws Exception {
    assertThat(get("/laporan", "supervisor1").body()).contains("Kinerja antrian", "Penjualan dan PNBP",
        "Waktu per langkah proses", "/laporan/pengaduan");
    assertThat(get("/laporan", "admin").statusCode()).isEqualTo(200);
    assertThat(get("/laporan/penjualan", "petugas1").statusCode()).isEqualTo(403);
    assertThat(get("/laporan/kinerja-antrian", null).statusCode()).isEqualTo(401);
    HttpResponse<String> bad = get("/laporan/skm?periode=kustom&dari=2034-06-10&sampai=2034-06-01", "supervisor1");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("tidak boleh sebelum");
    assertThat(get("/laporan/skm?periode=abad", "supervisor1").statusCode()).isEqualTo(400);
    assertThat(get("/laporan/penjualan?periode=kustom&dari=2034-13-01&sampai=2034-06-01", "supervisor1").body())
        .contains("tidak valid");
    // default: this month of the unit's clock (June 2034)
    assertThat(get("/laporan/skm", "supervisor1").body()).contains("id=\"period-label\">Juni 2034<");
    assertThat(get("/laporan/skm?periode=kuartal", "supervisor1").body()).contains("Kuartal II 2034");
  }

  // ---- history for auditors ---------------------------------------------------------------------

  @Test
  @Order(7)
  void requestPageIsTheHistoryAuditorsCanUse() throws Exception {
    String a = get("/laporan/permintaan/" + week.saleA, "auditor1").body();
    assertThat(a).contains("Proses selesai — riwayat lengkap ada di halaman ini", "Langkah proses",
        "dibantu petugas petugas1 atas nama pengguna layanan", "bendahara1", "5 Juni 2034 08.35 WITA",
        "Tunai Rp280.000 pada 5 Juni 2034 08.35 WITA", "Cara pembayaran", "Total PNBP", "Rp280.000",
        "Uang tunai diterima", "SHA-256", "/api/documents/", "Invoice (Tagihan)", "Kuitansi",
        "diisikan petugas Rina Marlina (petugas1), tidak dihitung dalam indeks", "Langkah selesai", "8 menit")
        .doesNotContain("TASK_COMPLETED", "{id}", ">CASH<", "T0", "Z<");
    // a step a job ran after a person's step names both: the receipt printed after the treasurer's step, and the
    // receipt document itself (not a bare "sistem")
    String afterTreasurer = "<td>sistem, setelah «Buat dan berikan kuitansi» oleh Siti Rahmawati (bendahara1)</td>";
    assertThat(rows(a, "steps")).filteredOn(r -> r.contains("data-activity=\"Task_GenerateReceipt\""))
        .singleElement().asString().contains(afterTreasurer);
    assertThat(rows(a, "documents")).filteredOn(r -> r.contains("<td>Kuitansi</td>")).isNotEmpty()
        .allSatisfy(r -> assertThat(r).contains(afterTreasurer));
    assertThat(rows(a, "documents")).filteredOn(r -> r.contains("<td>Invoice (Tagihan)</td>")).isNotEmpty()
        .allSatisfy(r -> assertThat(r).containsPattern("<td>sistem, setelah «[^»]+» oleh Rina Marlina \\(petugas1\\)</td>"));
    assertThat(rows(a, "documents")).noneSatisfy(r -> assertThat(r).contains("<td>sistem</td>"));
    String b = get("/laporan/permintaan/" + week.saleB, "auditor1").body();
    assertThat(b).contains("oleh pengguna layanan sendiri (portal)", "NTPN NTPN2034060600AB",
        "Bank (kode billing) Rp30.000 pada 6 Juni 2034 10.15 WITA", "Kode billing", "Bank Rakyat Indonesia");
    // the values the bank's notification set name the bank, in the step that received it, as the audit trail does
    for (String value : List.of("NTPN", "Sudah dibayar", "Bank")) {
      assertThat(rows(b, "changes")).as(value).filteredOn(r -> r.contains("<td>" + value + "</td>")).isNotEmpty()
          .allSatisfy(r -> assertThat(r).contains("<td>Pembayaran bank diterima</td>",
              "<td>bank (notifikasi pembayaran)</td>"));
    }
    assertThat(rows(b, "steps")).filteredOn(r -> r.contains("data-activity=\"Event_PaymentReceived\""))
        .singleElement().asString().contains("<td>bank (notifikasi pembayaran)</td>");
    assertThat(rows(b, "events")).anySatisfy(r -> assertThat(r).contains("<td>bank (notifikasi pembayaran)</td>"))
        .noneSatisfy(r -> assertThat(r).contains("<td>bank</td>"));
    String c = get("/laporan/permintaan/" + week.saleC, "supervisor1").body();
    assertThat(c).contains("Keputusan DMN", "Nama dokumen: Surat permohonan tarif Rp0", "Tarif Rp0 dapat berlaku: Ya",
        "Tarif Rp0 disetujui", "Rp0 (Tarif Rp0)").doesNotContain("ZERO_TARIFF_");
    // a running sale links to Cockpit's page of its process instance
    week.at("2034-06-12T10:00:00");
    var running = id.go.bps.pst.process.ProcessTestSupport.start(engine,
        id.go.bps.pst.process.ProcessTestSupport.guestBook("Dewi", "STUDENT"));
    String number = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(running.getId()).singleResult().getBusinessKey();
    String r = get("/laporan/permintaan/" + number, "auditor1").body();
    assertThat(r).contains("/camunda/app/cockpit/default/#/process-instance/" + running.getId() + "/runtime",
        "menunggu diambil").doesNotContain("{id}");
    engine.getRuntimeService().deleteProcessInstance(running.getId(), "test");
  }

  // ---- the stand-alone survey -------------------------------------------------------------------

  @Test
  @Order(8)
  void standaloneSurveyStoresFollowUpsAndIsRateLimited() throws Exception {
    // a visitor's browser: keeps the session and posts the page's CSRF token (Spring Security)
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    HttpResponse<String> form = browser.send(HttpRequest.newBuilder(uri("/skm")).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(form.statusCode()).isEqualTo(200);
    java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
        .matcher(form.body());
    assertThat(csrf.find()).as("the survey form carries a CSRF token").isTrue();
    assertThat(form.body()).contains("Survei Kepuasan Masyarakat", "Saya ingin ditindaklanjuti", "Konsultasi statistik");
    week.at("2034-06-09T10:00:00");
    Map<String, String> answer = new java.util.LinkedHashMap<>();
    answer.put("service", "LAINNYA");
    for (int k = 1; k <= 9; k++) {
      answer.put("U" + k, "2");
    }
    answer.put("comment", "Antrean lama, mohon ditindaklanjuti");
    answer.put("followUp", "true");
    answer.put("_csrf", csrf.group(1));
    // follow-up without any contact: refused, nothing stored
    HttpResponse<String> refused = post(browser, "/skm", answer);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("e-mail atau nomor telepon");
    answer.put("name", "Andi");
    answer.put("email", "andi@example.com");
    answer.put("phone", "0812 5565 0671");
    HttpResponse<String> ok = post(browser, "/skm", answer);
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("Terima kasih", "ditindaklanjuti");
    // stored, then redirected: reloading the thanks page (a GET) stores nothing again
    assertThat(ok.uri().getPath()).isEqualTo("/skm/terima-kasih");
    assertThat(ok.previousResponse()).get().extracting(HttpResponse::statusCode).isEqualTo(303);
    HttpResponse<String> reload = browser.send(HttpRequest.newBuilder(ok.uri()).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(reload.statusCode()).isEqualTo(200);
    assertThat(reload.body()).contains("Terima kasih");
    assertThat(followUps.received).singleElement().satisfies(e -> {
      assertThat(e.unitCode()).isEqualTo(ScriptedWeek.UNIT);
      assertThat(e.name()).isEqualTo("Andi");
      assertThat(e.email()).isEqualTo("andi@example.com");
      assertThat(e.phone()).isEqualTo("0812 5565 0671");
      assertThat(e.comment()).isEqualTo("Antrean lama, mohon ditindaklanjuti");
      assertThat(e.requestNumber()).isNull();
    });
    assertThat(jdbc.queryForObject("select count(*) from pst_survey_follow_up f join pst_survey_response r "
        + "on r.id = f.response_id where r.source = 'STANDALONE' and r.request_number is null and r.service = 'LAINNYA'",
        Long.class)).isEqualTo(1);
    assertThat(surveys.summary(ScriptedWeek.UNIT, period.start(), period.end(), "LAINNYA").index().respondents())
        .isEqualTo(1);
    // missing scores: 400 with the element named
    Map<String, String> incomplete = new java.util.LinkedHashMap<>(answer);
    incomplete.remove("U9");
    incomplete.put("followUp", "false");
    HttpResponse<String> missing = post(browser, "/skm", incomplete);
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("unsur U9 (Sarana dan prasarana)");
    // the limit is 4 per 10 minutes per address: the fourth passes, the fifth gets the 429 page
    answer.put("followUp", "false");
    assertThat(post(browser, "/skm", answer).statusCode()).isEqualTo(200);
    HttpResponse<String> limited = post(browser, "/skm", answer);
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    assertThat(limited.body()).contains("Terlalu banyak penilaian dari perangkat ini", "menit");
    assertThat(followUps.received).hasSize(1);

    HttpResponse<String> qr = get("/laporan/skm/kode-qr", "supervisor1");
    assertThat(qr.statusCode()).isEqualTo(200);
    assertThat(qr.body()).contains("<svg", "/skm", "Survei Kepuasan Masyarakat");
  }

  // ---- every chart page in a real browser -------------------------------------------------------

  /** English codes that must never reach a person (labels come from CodeLabels). */
  static final List<String> CODES = List.of("TASK_COMPLETED", "PRICED", "CASH", "ZERO_TARIFF", "SOFTCOPY",
      "HARDCOPY", "MICRODATA", "PUBLICATION", "STANDALONE", "PORTAL_LINK", "STATUS_", "userTask", "serviceTask",
      "null", "NaN", "undefined");

  @Test
  @Order(9)
  void everyReportPageRendersInIndonesianInHeadlessChromium() throws Exception {
    java.io.File chromium = new java.io.File("/usr/bin/chromium");
    org.junit.jupiter.api.Assumptions.assumeTrue(chromium.canExecute(), "Debian chromium is not installed");
    org.openqa.selenium.chrome.ChromeOptions options = new org.openqa.selenium.chrome.ChromeOptions();
    options.setBinary(chromium.getPath());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1400,1000", "--lang=id-ID");
    org.openqa.selenium.chrome.ChromeDriverService service = new org.openqa.selenium.chrome.ChromeDriverService.Builder()
        .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    org.openqa.selenium.chrome.ChromeDriver browser = new org.openqa.selenium.chrome.ChromeDriver(service, options);
    java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots", "reports");
    java.nio.file.Files.createDirectories(dir);
    try {
      String base = "http://localhost:" + port;
      id.go.bps.pst.Chromium.logIn(browser, base + "/camunda/app/tasklist/", "supervisor1");
      Map<String, String> pages = new java.util.LinkedHashMap<>();
      pages.put("01-laporan", "/laporan");
      pages.put("02-kinerja-antrian", "/laporan/kinerja-antrian?" + WEEK);
      pages.put("03-penjualan", "/laporan/penjualan?" + WEEK);
      pages.put("04-waktu-langkah", "/laporan/waktu-langkah?" + WEEK);
      pages.put("05-skm", "/laporan/skm?" + WEEK);
      pages.put("06-skm-tahun", "/laporan/skm?periode=tahun&acuan=2034-06-07");
      pages.put("07-permintaan-bank", "/laporan/permintaan/" + week.saleB);
      pages.put("08-permintaan-rp0", "/laporan/permintaan/" + week.saleC);
      pages.put("09-skm-qr", "/laporan/skm/kode-qr");
      pages.put("10-survei-publik", "/skm");
      pages.put("11-rekonsiliasi", "/laporan/rekonsiliasi?tanggal=2034-06-05");
      pages.put("12-antrian-harian", "/laporan/antrian?tanggal=2034-06-08");
      pages.put("13-outbox", "/laporan/outbox");
      org.openqa.selenium.support.ui.WebDriverWait wait =
          new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20));
      for (Map.Entry<String, String> page : pages.entrySet()) {
        browser.get(base + page.getValue());
        List<org.openqa.selenium.WebElement> charts = browser.findElements(org.openqa.selenium.By.cssSelector(".chart"));
        for (org.openqa.selenium.WebElement chart : charts) {
          wait.until(d -> "true".equals(chart.getAttribute("data-rendered")));
          // ECharts drew into a canvas of the chart's size
          assertThat(chart.findElements(org.openqa.selenium.By.tagName("canvas"))).as(page.getKey()).isNotEmpty();
        }
        String text = browser.findElement(org.openqa.selenium.By.tagName("body")).getText();
        for (String code : CODES) {
          assertThat(text).as(page.getKey() + " shows no code " + code).doesNotContain(code);
        }
        assertThat(text).as(page.getKey()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}");
        if (page.getKey().equals("11-rekonsiliasi")) {
          // who took the cash and issued the receipt: by name, as on the request's history (not a bare user id)
          assertThat(text).contains("Siti Rahmawati (bendahara1)");
        }
        // nothing that looks like a stored code (UPPER_CASE_WITH_UNDERSCORES)
        assertThat(text).as(page.getKey()).doesNotContainPattern("\\b[A-Z]{2,}_[A-Z_]{2,}\\b");
        long height = ((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollHeight;")).longValue();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, (int) Math.min(6000, height + 40)));
        byte[] png = browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        java.nio.file.Files.write(dir.resolve(page.getKey() + ".png"), png);
      }
      // the charts carry the week's data: the sales chart's first bar is Monday's cash
      browser.get(base + "/laporan/penjualan?" + WEEK);
      Object monday = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
          "return echarts.getInstanceByDom(document.getElementById('chart-series')).getOption().series[0].data[0];");
      assertThat(((Number) monday).longValue()).isEqualTo(280_000L);

      // the coordinator cancels a running sale on its page: the visitor phoned, a reason is written
      var phoned = id.go.bps.pst.process.ProcessTestSupport.start(engine,
          id.go.bps.pst.process.ProcessTestSupport.guestBook("Yohanes Lewi", "STUDENT"));
      String phonedNumber = engine.getRuntimeService().getVariable(phoned.getId(), "requestNumber").toString();
      browser.get(base + "/laporan/permintaan/" + phonedNumber);
      browser.findElement(org.openqa.selenium.By.cssSelector("#cancel summary")).click();
      browser.findElement(org.openqa.selenium.By.id("alasan")).sendKeys("Pengguna layanan menelepon: tidak jadi membeli");
      java.nio.file.Files.write(dir.resolve("14-batalkan-permintaan.png"),
          browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
      browser.findElement(org.openqa.selenium.By.cssSelector("#cancel-form button[type=submit]")).click();
      wait.until(d -> !d.findElements(org.openqa.selenium.By.id("cancel-done")).isEmpty());
      assertThat(browser.findElement(org.openqa.selenium.By.id("status")).getText())
          .contains("Dibatalkan", "tidak jadi membeli");
      assertThat(browser.findElements(org.openqa.selenium.By.id("cancel-form"))).isEmpty();
      java.nio.file.Files.write(dir.resolve("15-permintaan-dibatalkan.png"),
          browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(phoned.getId()).count())
          .isZero();
    } finally {
      browser.quit();
    }
  }

  // ---- helpers ----------------------------------------------------------------------------------

  /** The rows ({@code <tr>…</tr>}, whitespace between tags removed) of the table with that id. */
  static List<String> rows(String html, String tableId) {
    int start = html.indexOf("<table id=\"" + tableId + "\"");
    assertThat(start).as("table " + tableId).isNotNegative();
    String table = html.substring(start, html.indexOf("</table>", start)).replaceAll(">\\s+<", "><");
    List<String> rows = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<tr[^>]*>.*?</tr>", java.util.regex.Pattern.DOTALL)
        .matcher(table);
    while (m.find()) {
      rows.add(m.group());
    }
    return rows;
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
    if (user != null) {
      b.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> response = http(b.build());
    // kept as test output for a person to read
    java.nio.file.Path out = java.nio.file.Path.of("target", "report-pages",
        path.replaceAll("[^A-Za-z0-9.-]+", "_") + ".html");
    java.nio.file.Files.createDirectories(out.getParent());
    java.nio.file.Files.writeString(out, response.body());
    return response;
  }

  HttpResponse<byte[]> getBytes(String path, String user) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri(path)).GET().header("Authorization", "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8))).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    List<String> pairs = new ArrayList<>();
    form.forEach((k, v) -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return http(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))).build());
  }

  HttpResponse<String> post(HttpClient client, String path, Map<String, String> form) throws Exception {
    List<String> pairs = new ArrayList<>();
    form.forEach((k, v) -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> http(HttpRequest request) throws Exception {
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
