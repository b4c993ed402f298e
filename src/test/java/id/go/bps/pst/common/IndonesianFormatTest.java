package id.go.bps.pst.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class IndonesianFormatTest {

  private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

  @Test
  void formatsRupiah() {
    assertThat(IndonesianFormat.rupiah(0)).isEqualTo("Rp0");
    assertThat(IndonesianFormat.rupiah(999)).isEqualTo("Rp999");
    assertThat(IndonesianFormat.rupiah(80_000)).isEqualTo("Rp80.000");
    assertThat(IndonesianFormat.rupiah(1_234_567)).isEqualTo("Rp1.234.567");
    assertThat(IndonesianFormat.rupiah(100_000_000_000L)).isEqualTo("Rp100.000.000.000");
  }

  @Test
  void formatsDatesAndTimesInTheUnitsZone() {
    assertThat(IndonesianFormat.date(LocalDate.of(2026, 11, 25))).isEqualTo("25 November 2026");
    // 20:30 UTC on 24 November is already 25 November in Asia/Makassar (UTC+8)
    assertThat(IndonesianFormat.date(Instant.parse("2026-11-24T20:30:00Z"), WITA)).isEqualTo("25 November 2026");
    // the example of the issue: 2026-12-01T04:46:40.909641Z
    assertThat(IndonesianFormat.in(WITA).dateTime(Instant.parse("2026-12-01T04:46:40.909641Z")))
        .isEqualTo("1 Desember 2026 12.46 WITA");
    assertThat(IndonesianFormat.dateTime(Instant.parse("2022-09-21T23:21:16Z"), WITA))
        .isEqualTo("22 September 2022 07.21 WITA");
    assertThat(IndonesianFormat.dateTime(Instant.parse("2026-12-01T04:46:40Z"), ZoneId.of("Asia/Jakarta")))
        .isEqualTo("1 Desember 2026 11.46 WIB");
    assertThat(IndonesianFormat.time(Instant.parse("2026-12-01T04:46:40Z"), WITA)).isEqualTo("12.46.40");
    assertThat(IndonesianFormat.hourMinute(Instant.parse("2026-12-01T00:06:40Z"), WITA)).isEqualTo("08.06");
    // Pontianak is in WIB (the two switches of issue 16 disagreed on it)
    assertThat(IndonesianFormat.zoneName(ZoneId.of("Asia/Pontianak"))).isEqualTo("WIB");
    assertThat(IndonesianFormat.zoneName(ZoneId.of("Asia/Jayapura"))).isEqualTo("WIT");
    assertThat(IndonesianFormat.weekday(LocalDate.of(2026, 11, 25))).isEqualTo("Rabu");
    assertThat(IndonesianFormat.dayWithWeekday(LocalDate.of(2026, 12, 1))).isEqualTo("Selasa, 1 Desember 2026");
    assertThat(IndonesianFormat.month(YearMonth.of(2026, 2))).isEqualTo("Februari 2026");
    assertThat(IndonesianFormat.in(WITA).text("2 tautan berlaku sampai 2034-06-12T00:50:00Z, dan 2026-12-01T04:46:40.909641Z."))
        .isEqualTo("2 tautan berlaku sampai 12 Juni 2034 08.50 WITA, dan 1 Desember 2026 12.46 WITA.");
  }

  @Test
  void formatsDecimalsWithAComma() {
    assertThat(IndonesianFormat.decimal(new BigDecimal("88.305"), 2)).isEqualTo("88,31");
    assertThat(IndonesianFormat.decimal(new BigDecimal("88.30499"), 2)).isEqualTo("88,30");
    assertThat(IndonesianFormat.decimal(new BigDecimal("1234.5"), 2)).isEqualTo("1.234,50");
    assertThat(IndonesianFormat.decimal(new BigDecimal("-0.5"), 0)).isEqualTo("-1");
    assertThat(IndonesianFormat.percent(new BigDecimal("87.54"))).isEqualTo("87,5%");
    assertThat(IndonesianFormat.percent(null)).isEqualTo("–");
  }

  @Test
  void formatsDurations() {
    assertThat(IndonesianFormat.duration(Duration.ofSeconds(425))).isEqualTo("7:05");
    assertThat(IndonesianFormat.duration(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
    assertThat(IndonesianFormat.durationWords(Duration.ofMinutes(185))).isEqualTo("3 jam 5 menit");
    assertThat(IndonesianFormat.durationWords(Duration.ofHours(51))).isEqualTo("2 hari 3 jam");
    assertThat(IndonesianFormat.durationWords(Duration.ofSeconds(250))).isEqualTo("4 menit 10 detik");
  }

  @Test
  void labelsCodesInIndonesian() {
    CodeLabels labels = new CodeLabels();
    assertThat(labels.of("TASK_COMPLETED")).isEqualTo("Langkah selesai");
    assertThat(labels.of("MICRODATA, PUBLICATION")).isEqualTo("Data mikro, Publikasi");
    assertThat(CodeLabels.label("SOFTCOPY")).isEqualTo("Publikasi elektronik");
    assertThat(labels.of(null)).isEmpty();
  }
}
