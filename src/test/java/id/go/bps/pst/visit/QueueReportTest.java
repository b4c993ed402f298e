package id.go.bps.pst.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A scripted day at the counters and its report, figure by figure (standard: 10 minutes). */
class QueueReportTest extends VisitIntegrationTest {

  static final LocalDate DAY = LocalDate.parse("2032-02-03");

  @Autowired QueueReportService reports;

  @Test
  void scriptedDayGivesExactFigures() throws Exception {
    at("2032-02-03T08:00:00");
    String t1 = process.start(guestBook("Pengunjung Satu", "6503011507900021", "satu@example.com"));
    at("2032-02-03T08:02:00");
    String t2 = process.start(guestBook("Pengunjung Dua", "6503011507900022", "dua@example.com"));
    at("2032-02-03T08:03:00");
    call("Loket 1", "petugas1");                       // P-001: waited 3:00, clock from arrival
    at("2032-02-03T08:05:00");
    String t3 = process.start(guestBook("Pengunjung Tiga", "6503011507900023", "tiga@example.com"));
    at("2032-02-03T08:15:00");
    finish("Loket 1", "petugas1");                     // P-001 served 12:00; P-002's clock starts
    at("2032-02-03T08:20:00");
    call("Loket 1", "petugas1");                       // P-002: waited 18:00, standard 5:00
    at("2032-02-03T08:30:00");
    finish("Loket 1", "petugas1");                     // P-002 served 10:00; P-003's clock starts
    at("2032-02-03T08:45:00");
    call("Loket 2", "petugas2");                       // P-003: waited 40:00, standard 15:00 (late)
    at("2032-02-03T08:50:00");
    String t4 = process.start(guestBook("Pengunjung Empat", "6503011507900024", "empat@example.com"));
    at("2032-02-03T08:55:00");
    finish("Loket 2", "petugas2");                     // P-003 served 10:00; P-004's clock starts
    at("2032-02-03T08:58:00");
    String t5 = process.start(guestBook("Pengunjung Lima", "6503011507900025", "lima@example.com"));
    at("2032-02-03T09:00:00");
    call("Loket 2", "petugas2");                       // P-004: waited 10:00, standard 5:00
    at("2032-02-03T09:01:00");
    queue.noShow(unit.code(), unit.zoneId(), "Loket 2", "petugas2"); // P-004 no-show; P-005's clock starts
    at("2032-02-03T09:20:00");                         // P-005 still waiting: 19:00 on the clock, a breach

    QueueReport report = reports.report(DAY);

    assertThat(report.tickets()).extracting(r -> r.ticket().requestNumber()).containsExactly(t1, t2, t3, t4, t5);
    assertThat(report.tickets()).extracting(r -> r.ticket().ticketNumber())
        .containsExactly("P-001", "P-002", "P-003", "P-004", "P-005");
    assertThat(report.tickets()).extracting(QueueReport.Row::standardWait)
        .containsExactly(min(3), min(5), min(15), min(5), null);
    assertThat(report.tickets()).extracting(QueueReport.Row::withinStandard)
        .containsExactly(true, true, false, true, false);
    assertThat(report.tickets()).extracting(QueueReport.Row::measured).containsOnly(true);

    QueueReport.Summary total = report.total();
    assertThat(List.of(total.tickets(), total.called(), total.served(), total.noShows(), total.notCalled(),
        total.measured(), total.withinStandard())).containsExactly(5, 4, 3, 1, 1, 5, 3);
    assertThat(total.withinStandardPercent()).isEqualTo(60.0);
    assertThat(total.averageWait()).isEqualTo(Duration.ofSeconds(1065));          // (3+18+40+10)/4 min
    assertThat(total.averageStandardWait()).isEqualTo(min(7));                    // (3+5+15+5)/4
    assertThat(total.maxStandardWait()).isEqualTo(min(15));
    assertThat(total.averageServiceTime()).isEqualTo(Duration.ofSeconds(640));   // (12+10+10)/3 min

    assertThat(report.byCounterAndOfficer()).hasSize(2);
    QueueReport.Summary loket1 = report.byCounterAndOfficer().get(0);
    assertThat(List.of(loket1.counter(), loket1.officer())).containsExactly("Loket 1", "petugas1");
    assertThat(List.of(loket1.called(), loket1.served(), loket1.noShows(), loket1.measured(), loket1.withinStandard()))
        .containsExactly(2, 2, 0, 2, 2);
    assertThat(loket1.withinStandardPercent()).isEqualTo(100.0);
    assertThat(List.of(loket1.averageWait(), loket1.averageStandardWait(), loket1.averageServiceTime()))
        .containsExactly(Duration.ofSeconds(630), min(4), min(11));
    QueueReport.Summary loket2 = report.byCounterAndOfficer().get(1);
    assertThat(List.of(loket2.counter(), loket2.officer())).containsExactly("Loket 2", "petugas2");
    assertThat(List.of(loket2.called(), loket2.served(), loket2.noShows(), loket2.measured(), loket2.withinStandard()))
        .containsExactly(2, 1, 1, 2, 1);
    assertThat(loket2.withinStandardPercent()).isEqualTo(50.0);
    assertThat(List.of(loket2.averageWait(), loket2.averageStandardWait(), loket2.averageServiceTime()))
        .containsExactly(min(25), min(10), min(10));

    // the same figures on the page and in the CSV, for the supervisor
    var page = staff("GET", "/laporan/antrian?tanggal=2032-02-03", "supervisor1");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"total-share\">60,0%<").contains("id=\"total-avg-wait\">17:45<")
        .contains("id=\"total-avg-service\">10:40<");
    var csv = staff("GET", "/laporan/antrian.csv?tanggal=2032-02-03", "supervisor1");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    // UTF-8 with a BOM and CRLF line ends, like every report CSV (Excel opens it right)
    assertThat(csv.body()).startsWith("\uFEFF").contains("\r\n").doesNotContainPattern("[^\r]\n");
    List<String> lines = csv.body().substring(1).lines().toList();
    assertThat(lines.get(0)).startsWith("tanggal,nomor_antrian,nomor_permintaan,status,datang,jam_mulai,dipanggil");
    assertThat(lines.get(1)).isEqualTo("2032-02-03,P-001," + t1
        + ",FINISHED,08:00:00,08:00:00,08:03:00,08:15:00,Loket 1,petugas1,0,180,180,720,ya,ya");
    assertThat(lines.get(3)).isEqualTo("2032-02-03,P-003," + t3
        + ",FINISHED,08:05:00,08:30:00,08:45:00,08:55:00,Loket 2,petugas2,0,2400,900,600,ya,tidak");
    assertThat(lines.get(4)).isEqualTo("2032-02-03,P-004," + t4
        + ",NO_SHOW,08:50:00,08:55:00,09:00:00,09:01:00,Loket 2,petugas2,0,600,300,,ya,ya");
    assertThat(lines.get(5)).isEqualTo("2032-02-03,P-005," + t5 + ",WAITING,08:58:00,09:01:00,,,,,0,,,,ya,tidak");
    assertThat(lines).contains("total,,,5,4,3,1,1,5,3,60.0,1065,420,900,640",
        "loket_petugas,Loket 1,petugas1,2,2,2,0,0,2,2,100.0,630,240,300,660",
        "loket_petugas,Loket 2,petugas2,2,2,1,1,0,2,1,50.0,1500,600,900,600");
  }

  private void call(String counter, String officer) {
    assertThat(queue.callNext(unit.code(), unit.zoneId(), QueueService.SALES, counter, officer)).isPresent();
  }

  private void finish(String counter, String officer) {
    assertThat(queue.finishSession(unit.code(), unit.zoneId(), counter, officer)).isPresent();
  }

  private static Duration min(long minutes) {
    return Duration.ofMinutes(minutes);
  }
}
