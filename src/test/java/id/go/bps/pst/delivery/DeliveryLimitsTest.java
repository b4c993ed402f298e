package id.go.bps.pst.delivery;

import id.go.bps.pst.TestSql;
import id.go.bps.pst.common.ProductType;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bps.pst.catalog.MicrodataExtractService;
import id.go.bps.pst.portal.PortalTestSupport;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Softcopy links: created at handover, real microdata extract, download limit and expiry enforced and logged. */
class DeliveryLimitsTest extends PortalTestSupport {

  @Autowired DeliveryService delivery;
  @Autowired MicrodataExtractService extracts;

  @Test
  void downloadLimitsAndExpiryAreEnforcedLoggedAndRenewable() throws Exception {
    String number = startRequest("Gita Permata", "gita@example.com");
    toInvoiceReview(number, cart(microdata(SUSENAS, "KODE_KEC, JK, UMUR"), publication(PUBLICATION),
        map("wks-6503-kecamatan")));
    completeAs("petugas1", "petugas", number, "Task_ReviewInvoice", Map.of("invoiceReview", "OK"));
    completeAs("petugas1", "petugas", number, "Task_ChoosePaymentMethod", Map.of("paymentMethod", "CASH"));
    assertThat(delivery.files(number)).isEmpty(); // nothing before the handover
    payCashAndHandOver(number);

    List<DeliveryFile> files = delivery.files(number);
    assertThat(files).extracting(DeliveryFile::productType)
        .containsExactly(ProductType.MICRODATA, ProductType.PUBLICATION, ProductType.MAP);
    assertThat(files).extracting(DeliveryFile::generated).containsExactly(false, true, true);
    assertThat(files).allSatisfy(f -> assertThat(f.maxDownloads()).isEqualTo(5));
    // asked again, nothing is added; a line whose link is missing gets one, returned as it is stored
    assertThat(delivery.createLinks(number)).isEqualTo(files);
    TestSql.update(jdbc, "delete from pst_delivery_file where id = ?", files.get(2).id());
    List<DeliveryFile> mended = delivery.createLinks(number);
    assertThat(mended).isEqualTo(delivery.files(number)).hasSize(3).startsWith(files.get(0), files.get(1));
    files = mended;
    String base = url("/portal/" + links.issue(number).token());

    // microdata: the real extract of the ordered variables, five times, then refused
    DeliveryFile csv = files.get(0);
    byte[] expected = extracts.bytes(SUSENAS, List.of("KODE_KEC", "JK", "UMUR"), null);
    for (int i = 0; i < 5; i++) {
      HttpResponse<byte[]> r = get(base + "/unduh/" + csv.id());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).isEqualTo(expected);
    }
    HttpResponse<byte[]> sixth = get(base + "/unduh/" + csv.id());
    assertThat(sixth.statusCode()).isEqualTo(429);
    assertThat(new String(sixth.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("Batas 5 kali unduh");

    // publication: a generated, labelled PDF; after expiry refused
    DeliveryFile pdf = files.get(1);
    HttpResponse<byte[]> first = get(base + "/unduh/" + pdf.id());
    assertThat(first.statusCode()).isEqualTo(200);
    try (var doc = Loader.loadPDF(first.body())) {
      assertThat(new PDFTextStripper().getText(doc)).contains("BERKAS DIBANGKITKAN", number);
    }
    TestSql.update(jdbc, "update pst_delivery_file set expires_at = ? where id = ?",
        java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), pdf.id());
    assertThat(get(base + "/unduh/" + pdf.id()).statusCode()).isEqualTo(410);

    List<DownloadLogEntry> log = delivery.log(number);
    assertThat(log).filteredOn(e -> e.fileId() == csv.id()).extracting(DownloadLogEntry::outcome)
        .containsExactly(DownloadOutcome.OK, DownloadOutcome.OK, DownloadOutcome.OK, DownloadOutcome.OK,
            DownloadOutcome.OK, DownloadOutcome.LIMIT_REACHED);
    assertThat(log).filteredOn(e -> e.fileId() == pdf.id()).extracting(DownloadLogEntry::outcome)
        .containsExactly(DownloadOutcome.OK, DownloadOutcome.EXPIRED);
    assertThat(log).allSatisfy(e -> {
      assertThat(e.actor()).isEqualTo("pengguna layanan (portal)");
      assertThat(e.clientIp()).isNotBlank();
      assertThat(e.userAgent()).isEqualTo("PortalTest/1");
    });

    // renewal is for officers only
    assertThat(postAs("bendahara1", url("/api/requests/" + number + "/downloads/" + pdf.id() + "/renew"))
        .statusCode()).isEqualTo(403);
    assertThat(postAs("petugas1", url("/api/requests/" + number + "/downloads/" + pdf.id() + "/renew"))
        .statusCode()).isEqualTo(200);
    assertThat(get(base + "/unduh/" + pdf.id()).statusCode()).isEqualTo(200);
    assertThat(orders.history(number)).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("DOWNLOAD_LINK_RENEWED");
      assertThat(e.actor()).isEqualTo("petugas1");
    });
    // a file of this request is not reachable through another request's link
    String other = startRequest("Hadi Susanto", "hadi@example.com");
    assertThat(get(url("/portal/" + links.issue(other).token() + "/unduh/" + csv.id())).statusCode()).isEqualTo(404);
  }
}
