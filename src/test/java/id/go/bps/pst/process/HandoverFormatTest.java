package id.go.bps.pst.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bps.pst.common.ProductType;
import id.go.bps.pst.order.OrderLine;
import org.junit.jupiter.api.Test;

/** The handover record (BAST) names each line's form in words: it printed "SOFTCOPY", and nothing for microdata. */
class HandoverFormatTest {

  private static OrderLine line(ProductType type, String format) {
    return new OrderLine(1, type, "p-1", "Statistik Daerah", format, 1, null, null, false, 150000L, 150000L, null);
  }

  @Test
  void eachLineOfTheRecordSaysInWhatFormItIsHandedOver() {
    assertThat(IssueHandoverDelegate.formatOf(line(ProductType.PUBLICATION, "SOFTCOPY")))
        .isEqualTo("Publikasi elektronik (PDF)");
    assertThat(IssueHandoverDelegate.formatOf(line(ProductType.PUBLICATION, "HARDCOPY"))).isEqualTo("Publikasi cetak");
    assertThat(IssueHandoverDelegate.formatOf(line(ProductType.MICRODATA, null))).isEqualTo("Berkas CSV (unduhan)");
    assertThat(IssueHandoverDelegate.formatOf(line(ProductType.MAP, null))).isEqualTo("Berkas PDF (unduhan)");
  }
}
