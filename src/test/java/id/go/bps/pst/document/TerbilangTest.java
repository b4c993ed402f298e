package id.go.bps.pst.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TerbilangTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      0 | nol
      1 | satu
      9 | sembilan
      10 | sepuluh
      11 | sebelas
      12 | dua belas
      19 | sembilan belas
      20 | dua puluh
      21 | dua puluh satu
      99 | sembilan puluh sembilan
      100 | seratus
      101 | seratus satu
      110 | seratus sepuluh
      111 | seratus sebelas
      115 | seratus lima belas
      199 | seratus sembilan puluh sembilan
      200 | dua ratus
      999 | sembilan ratus sembilan puluh sembilan
      1000 | seribu
      1001 | seribu satu
      1011 | seribu sebelas
      1100 | seribu seratus
      1999 | seribu sembilan ratus sembilan puluh sembilan
      2000 | dua ribu
      10000 | sepuluh ribu
      11000 | sebelas ribu
      70000 | tujuh puluh ribu
      100000 | seratus ribu
      101000 | seratus satu ribu
      111111 | seratus sebelas ribu seratus sebelas
      999999 | sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan
      1000000 | satu juta
      1000001 | satu juta satu
      1001000 | satu juta seribu
      1500000 | satu juta lima ratus ribu
      2000000 | dua juta
      11000000 | sebelas juta
      100000000 | seratus juta
      999999999 | sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan
      1000000000 | satu miliar
      1000000001 | satu miliar satu
      1001001001 | satu miliar satu juta seribu satu
      2500000000 | dua miliar lima ratus juta
      11000000000 | sebelas miliar
      100000000000 | seratus miliar
      999999999999 | sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan
      """)
  void writesAmountsInIndonesianWords(long amount, String words) {
    assertThat(Terbilang.of(amount)).isEqualTo(words);
  }

  @Test
  void addsRupiah() {
    assertThat(Terbilang.rupiah(70_000)).isEqualTo("tujuh puluh ribu rupiah");
    assertThat(Terbilang.rupiah(0)).isEqualTo("nol rupiah");
    assertThat(Terbilang.rupiah(1_234_567))
        .isEqualTo("satu juta dua ratus tiga puluh empat ribu lima ratus enam puluh tujuh rupiah");
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, 1_000_000_000_000L, Long.MAX_VALUE})
  void rejectsAmountsOutOfRange(long amount) {
    assertThatThrownBy(() -> Terbilang.of(amount)).isInstanceOf(IllegalArgumentException.class);
  }
}
