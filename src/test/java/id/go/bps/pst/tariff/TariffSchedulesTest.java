package id.go.bps.pst.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TariffSchedulesTest {

  final TariffSchedules schedules = TariffSchedules.fromClasspath();

  @Test
  void pp13HasTheAmountsOfTheReference() {
    TariffSchedule pp13 = schedules.byCode("PP-13-2024").orElseThrow();
    assertThat(pp13.amountsAvailable()).isTrue();
    assertThat(pp13.effectiveTo()).isNull();
    assertThat(pp13.sourceNote()).contains("ASUMSI");
    assertThat(pp13.item(TariffProduct.PUBLICATION_HARDCOPY)).isEmpty();
    assertThat(pp13.item(TariffProduct.PUBLICATION_SOFTCOPY).orElseThrow().rule())
        .isEqualTo(new TariffRule.FirstBlockThenPerBlock("Tebal publikasi", "halaman", 50, "50 halaman", 50_000L, 50, "50 halaman", 15_000L));
    assertThat(pp13.item(TariffProduct.MICRODATA).orElseThrow().rule())
        .isEqualTo(new TariffRule.FirstBlockThenPerBlock("Ukuran berkas", "byte", 1_000_000, "1 MB", 20_000L, 1_000, "1.000 byte", 20L));
    assertThat(pp13.item(TariffProduct.MICRODATA_PROCESSING).orElseThrow().rule())
        .isEqualTo(new TariffRule.FirstBlockThenPerBlock("Ukuran berkas", "byte", 1_000_000, "1 MB", 22_000L, 1_000, "1.000 byte", 22L));
    assertThat(pp13.item(TariffProduct.MAP_INDONESIA_DISTRICT).orElseThrow().rule()).isEqualTo(new TariffRule.Flat("peta", 12_000_000L));
    assertThat(pp13.item(TariffProduct.MAP_INDONESIA_VILLAGE).orElseThrow().rule()).isEqualTo(new TariffRule.Flat("peta", 36_000_000L));
    assertThat(pp13.item(TariffProduct.MAP_REGENCY_DISTRICT).orElseThrow().rule()).isEqualTo(new TariffRule.Flat("peta", 30_000L));
    assertThat(pp13.item(TariffProduct.MAP_REGENCY_VILLAGE).orElseThrow().rule()).isEqualTo(new TariffRule.Flat("peta", 70_000L));
  }

  @Test
  void pp7ShipsTheStructureWithoutAmounts() {
    TariffSchedule pp7 = schedules.byCode("PP-7-2015").orElseThrow();
    assertThat(pp7.amountsAvailable()).isFalse();
    assertThat(pp7.items()).allSatisfy(i -> assertThat(i.hasAmounts()).isFalse());
    for (TariffProduct p : TariffProduct.values()) {
      assertThat(pp7.item(p)).as(p.name()).isPresent();
    }
  }

  @Test
  void scheduleInForceByDate() {
    assertThat(schedules.inForceOn(LocalDate.of(2015, 1, 31))).isEmpty();
    assertThat(schedules.inForceOn(LocalDate.of(2015, 2, 1)).orElseThrow().code()).isEqualTo("PP-7-2015");
    assertThat(schedules.inForceOn(LocalDate.of(2024, 2, 29)).orElseThrow().code()).isEqualTo("PP-7-2015");
    assertThat(schedules.inForceOn(LocalDate.of(2024, 3, 1)).orElseThrow().code()).isEqualTo("PP-13-2024");
    assertThat(schedules.inForceOn(LocalDate.of(2099, 1, 1)).orElseThrow().code()).isEqualTo("PP-13-2024");
  }
}
