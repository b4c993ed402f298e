package id.go.bps.pst.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  @Test
  void quotesWhereNeededEndsLinesWithCrLfAndDefusesFormulas() {
    String text = new CsvTable()
        .row("bagian", "jumlah", "keterangan")
        .row("KUITANSI", 80_000L, "MICRODATA, PUBLICATION")
        .row("TUNAI", "-5000", "say \"hi\"")
        .row()
        .row("=HYPERLINK(\"http://x\")", "+62 812", "@SUM(A1)")
        .row("-1+1", -5L, null)
        .row("\tTAB", "Rp80.000", "a,\"b\"")
        .text();
    assertThat(text).isEqualTo("bagian,jumlah,keterangan\r\n"
        + "KUITANSI,80000,\"MICRODATA, PUBLICATION\"\r\n"
        + "TUNAI,-5000,\"say \"\"hi\"\"\"\r\n"
        + "\r\n"
        + "\"'=HYPERLINK(\"\"http://x\"\")\",'+62 812,'@SUM(A1)\r\n"
        + "'-1+1,-5,\r\n"
        + "'\tTAB,Rp80.000,\"a,\"\"b\"\"\"\r\n");
  }

  @Test
  void downloadsCarryAByteOrderMarkForSpreadsheets() {
    byte[] bytes = new CsvTable().row("Kecamatan", "Sesayap Hilir").bytesWithBom();
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo("Kecamatan,Sesayap Hilir\r\n");
  }
}
