package id.go.bps.pst.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class IndonesianFormatTest {

  private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

  @Test
  void formatsRupiah() {
    assertThat(IndonesianFormat.rupiah(0)).isEqualTo("Rp0");
    assertThat(IndonesianFormat.rupiah(999)).isEqualTo("Rp999");
    assertThat(IndonesianFormat.rupiah(1_000)).isEqualTo("Rp1.000");
    assertThat(IndonesianFormat.rupiah(1_234_567)).isEqualTo("Rp1.234.567");
    assertThat(IndonesianFormat.rupiah(100_000_000_000L)).isEqualTo("Rp100.000.000.000");
  }

  @Test
  void formatsDatesInMakassarTime() {
    assertThat(IndonesianFormat.date(LocalDate.of(2026, 11, 25))).isEqualTo("25 November 2026");
    // 20:30 UTC on 24 November is already 25 November in Asia/Makassar (UTC+8)
    assertThat(IndonesianFormat.date(Instant.parse("2026-11-24T20:30:00Z"), WITA)).isEqualTo("25 November 2026");
    assertThat(IndonesianFormat.dateTime(Instant.parse("2022-09-21T23:21:16Z"), WITA))
        .isEqualTo("22 September 2022 pukul 07.21 WITA");
    assertThat(IndonesianFormat.weekday(LocalDate.of(2026, 11, 25))).isEqualTo("Rabu");
  }

  @Test
  void masksIdentityNumbersThatArriveUnmasked() {
    assertThat(IdentityMask.ensureMasked("6503012345670001")).isEqualTo("6503********0001");
    assertThat(IdentityMask.ensureMasked("6503********0001")).isEqualTo("6503********0001");
    assertThat(IdentityMask.ensureMasked(null)).isEqualTo("-");
  }
}
