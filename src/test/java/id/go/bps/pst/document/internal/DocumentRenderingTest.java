package id.go.bps.pst.document.internal;

import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.document.AgreementData;
import id.go.bps.pst.document.AgreementParty;
import id.go.bps.pst.document.HandoverData;
import id.go.bps.pst.document.InvoiceData;

import static id.go.bps.pst.document.internal.TestDocuments.pdfText;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/** Renders every document kind and reads the PDFs back with PDFBox. */
class DocumentRenderingTest {

  private static final String URL = "https://pst.example.go.id/verifikasi/AbCdEfGhIjKlMnOpQrStUv";
  private static final RenderContext CTX = new RenderContext("INV-6503-2026-000007", 1, URL);

  private final UnitProperties unit = TestDocuments.unit();

  @Test
  void invoiceShowsEverythingTheVisitorChecks() throws IOException {
    RenderedFile file = new InvoicePdf(unit).render(TestDocuments.invoice("820261125000123"), CTX);
    String text = pdfText(file.bytes());

    assertThat(file.contentType()).isEqualTo("application/pdf");
    assertThat(file.fileName()).isEqualTo("INV-6503-2026-000007.pdf");
    assertThat(text).contains(
        "BPS KABUPATEN TANA TIDUNG", "Jl. Perintis, Tideng Pale", "ipds6503@bps.go.id", "0812-5565-0671",
        "INVOICE (TAGIHAN)", "Nomor: INV-6503-2026-000007",
        "Nomor permintaan : 6503-2026-000123",
        "Tanggal invoice : 25 November 2026", "Berlaku sampai : 25 Desember 2026",
        "Siti Rahmawati", "Universitas Borneo Tarakan", "6503********0001",
        "Data mikro Susenas Maret 2025", "12 variabel x Rp5.000 per variabel",
        "Publikasi Kabupaten Tana Tidung Dalam Angka 2026 (cetak)", "2 eksemplar x Rp55.000",
        "Rp60.000", "Rp110.000", "Total Rp170.000",
        "seratus tujuh puluh ribu rupiah",
        "Peraturan Pemerintah Nomor 7 Tahun 2015",
        "Kode billing : 820261125000123", "2 Desember 2026 09.30 WITA",
        "Tunai kepada Bendahara Penerimaan", "teller, ATM, internet banking",
        URL);
    assertThat(text).doesNotContain("6503012345670001");
    assertFontsEmbedded(file.bytes());
  }

  @Test
  void qrCodeOnTheInvoiceDecodesToTheVerificationUrl() throws Exception {
    byte[] pdf = new InvoicePdf(unit).render(TestDocuments.invoice(null), CTX).bytes();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.RGB);
      int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
      var bitmap = new BinaryBitmap(new HybridBinarizer(
          new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
      Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
      assertThat(result.getText()).isEqualTo(URL);
    }
  }

  @Test
  void everyPageOfALongAgreementCarriesTheVerificationFooter() {
    var base = TestDocuments.agreement();
    var many = java.util.stream.IntStream.rangeClosed(1, 40)
        .mapToObj(i -> new id.go.bps.pst.document.AgreementDataset("Dataset " + i, List.of("V1", "V2"), List.of()))
        .toList();
    var data = new id.go.bps.pst.document.AgreementData(base.requestNumber(), null, base.date(), base.bps(),
        base.recipient(), many, base.dataUseAbstract(), null);
    byte[] pdf = new UsageAgreementPdf(unit).render(data, CTX).bytes();
    String text = pdfText(pdf);
    assertThat(text).contains("Halaman 1", "Halaman 2");
    assertThat(text.split(java.util.regex.Pattern.quote(URL), -1).length - 1).isGreaterThanOrEqualTo(2);
  }

  @Test
  void zeroTariffInvoiceSaysNothingIsToBePaid() {
    String text = pdfText(new InvoicePdf(unit).render(TestDocuments.zeroTariffInvoice(), CTX).bytes());
    assertThat(text).contains("Total Rp0", "nol rupiah", "tarif Rp0", "Pasal 4 PP 7/2015",
        "Tidak ada pembayaran yang perlu dilakukan");
    assertThat(text).doesNotContain("Kode billing :");
  }

  @Test
  void invoiceCorrectionPrintsItsVersion() {
    RenderContext v2 = new RenderContext("INV-6503-2026-000007", 2, URL);
    String text = pdfText(new InvoicePdf(unit).render(TestDocuments.invoice(null), v2).bytes());
    assertThat(text).contains("versi 2, menggantikan versi 1", "petugas PST membuatkan kode billing");
  }

  @Test
  void bankReceiptCarriesWordsFiguresAndNtpn() throws IOException {
    RenderContext ctx = new RenderContext("KWT-6503-2026-000001", 1, URL);
    RenderedFile file = new ReceiptPdf(unit).render(TestDocuments.bankReceipt(), ctx);
    String text = pdfText(file.bytes());
    assertThat(text).contains("KUITANSI", "Nomor: KWT-6503-2026-000001",
        "Sudah terima dari : Siti Rahmawati",
        "Uang sebanyak : seratus tujuh puluh ribu rupiah",
        "Untuk pembayaran : Pembelian produk statistik permintaan 6503-2026-000123",
        "Setoran melalui bank", "NTPN : 0A1B2C3D4E5F6G7H", "Jumlah : Rp170.000",
        "Tideng Pale, 25 November 2026", "Bendahara Penerimaan", "Rina Wulandari", URL);
    assertFontsEmbedded(file.bytes());
  }

  @Test
  void cashReceiptHasNoNtpn() {
    RenderContext ctx = new RenderContext("KWT-6503-2026-000002", 1, URL);
    String text = pdfText(new ReceiptPdf(unit).render(TestDocuments.cashReceipt(), ctx).bytes());
    assertThat(text).contains("tujuh puluh ribu rupiah", "Rp70.000", "Tunai kepada Bendahara Penerimaan");
    assertThat(text).doesNotContain("NTPN");
  }

  @Test
  void usageAgreementHasPartiesDataPurposeObligationsAndStamp() {
    RenderContext ctx = new RenderContext("SPPD-6503-2026-000001", 1, URL);
    String text = pdfText(new UsageAgreementPdf(unit).render(TestDocuments.agreement(), ctx).bytes());
    assertThat(text).contains("SURAT PERJANJIAN PENGGUNAAN DATA MIKRO", "Rabu, tanggal 25 November 2026",
        "Budi Santoso", "Kepala BPS Kabupaten Tana Tidung", "PIHAK PERTAMA", "PIHAK KEDUA",
        "Siti Rahmawati", "6503********0001", "Susenas Maret 2025 (KOR)", "R101, R102, R105, KAPITA",
        "6503 Tana Tidung", "Analisis pengeluaran per kapita", "media komputer",
        "tidak akan memperbanyak", "penelitian dan analisis", "persetujuan teknis",
        "menyerahkan hasil penelitian", "rahasia dan merupakan milik Badan Pusat Statistik",
        "Meterai Rp10.000", URL);
  }

  @Test
  void handoverListsTheProducts() {
    RenderContext ctx = new RenderContext("BAST-6503-2026-000001", 1, URL);
    String text = pdfText(new HandoverPdf(unit).render(TestDocuments.handover(), ctx).bytes());
    assertThat(text).contains("BERITA ACARA SERAH TERIMA PRODUK STATISTIK", "6503-2026-000123",
        "kuitansi nomor KWT-6503-2026-000001", "Andi Pratama", "Siti Rahmawati",
        "Data mikro Susenas Maret 2025 (12 variabel)", "Kabupaten Tana Tidung Dalam Angka 2026", "Cetak",
        "Yang menerima", "Yang menyerahkan", URL);
  }

  @Test
  void microdataSampleHasExactlyTheOrderedVariablesAndNRows() throws IOException {
    int n = 10;
    MicrodataSamplePackage pkg = new MicrodataSamplePackage(unit, TestDocuments.properties(Path.of("."), n));
    RenderContext ctx = new RenderContext("CDM-6503-2026-000001", 1, URL);
    RenderedFile file = pkg.render(TestDocuments.sample(), ctx);
    assertThat(file.fileName()).isEqualTo("CDM-6503-2026-000001.zip");
    Map<String, byte[]> entries = unzip(file.bytes());
    assertThat(entries).containsOnlyKeys("CDM-6503-2026-000001.csv", "CDM-6503-2026-000001-kamus-data.pdf");

    String csv = new String(entries.get("CDM-6503-2026-000001.csv"), StandardCharsets.UTF_8);
    List<String> lines = Arrays.asList(csv.split("\r\n"));
    assertThat(lines).hasSize(1 + n);
    assertThat(lines.get(0)).isEqualTo("KAPITA,R101,WEIGHT");
    assertThat(lines.get(1)).isEqualTo("1000001,65,1.0");
    assertThat(lines.get(3)).isEqualTo("1000003,65,\"12,5 \"\"berat\"\"\"");
    assertThat(lines.get(n)).isEqualTo("1000010,65,1.0");

    String dictionary = pdfText(entries.get("CDM-6503-2026-000001-kamus-data.pdf"));
    assertThat(dictionary).contains("Kamus data", "Susenas Maret 2025 (KOR)", "6503 Tana Tidung",
        "Jumlah variabel : 3", "Jumlah baris contoh : 10",
        "KAPITA Pengeluaran per kapita sebulan numerik 12", "R101 Kode provinsi karakter 2",
        "WEIGHT Penimbang numerik 8", URL);
  }

  @Test
  void microdataSampleOfAShortExtractHasAllItsRows() {
    MicrodataSamplePackage pkg = new MicrodataSamplePackage(unit, TestDocuments.properties(Path.of("."), 100));
    assertThat(pkg.sampleRows(TestDocuments.sample())).hasSize(25);
  }

  /**
   * What a visitor typed at the kiosk reaches the invoice, the agreement and the handover as typed: markup is text
   * (a PDF runs no markup), a right-to-left override does not swallow what follows it, and a 200-character word
   * of the institution or purpose wraps inside the page instead of running off its edge.
   */
  @Test
  void whatTheVisitorTypedIsPrintedAsTypedInsideThePage() throws IOException {
    String longWord = "W".repeat(200);
    String institution = "PT <b>Maju</b> & \u202Egnp.exe " + longWord;
    String purpose = "Penelitian <script>alert(1)</script> \u202Ekebalik " + "kata ".repeat(150) + longWord;
    var tampered = TestDocuments.invoice("820261125000123");
    InvoiceData invoice = new InvoiceData(tampered.requestNumber(), tampered.invoiceNumber(), tampered.issuedAt(),
        tampered.validUntil(), "Ani O'Brien-Putri", institution, tampered.maskedIdentity(), tampered.lines(),
        tampered.total(), tampered.legalBasis(), tampered.zeroTariff(), tampered.zeroTariffBasis(),
        tampered.billingCode(), tampered.billingExpiresAt(), tampered.paymentInstructions());
    var a = TestDocuments.agreement();
    AgreementData agreement = new AgreementData(a.requestNumber(), a.agreementNumber(), a.date(), a.bps(),
        new AgreementParty("Ani O'Brien-Putri", "Peneliti", institution, "6503********0001", "Jl. " + longWord),
        a.datasets(), purpose, a.place());
    var h = TestDocuments.handover();
    HandoverData handover = new HandoverData(h.requestNumber(), h.handoverNumber(), h.date(), h.place(),
        h.officerName(), h.officerPosition(), "Ani O'Brien-Putri", institution, h.receiptNumber(), h.items());
    for (byte[] pdf : List.of(new InvoicePdf(unit).render(invoice, CTX).bytes(),
        new UsageAgreementPdf(unit).render(agreement, CTX).bytes(), new HandoverPdf(unit).render(handover, CTX).bytes())) {
      String text = pdfText(pdf);
      assertThat(text).contains("PT <b>Maju</b> &", "Ani O'Brien-Putri");
      assertThat(text.replace(" ", "")).contains(longWord);
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
          float width = doc.getPage(p).getMediaBox().getWidth();
          float[] rightmost = {0};
          org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
            @Override
            protected void writeString(String string, List<org.apache.pdfbox.text.TextPosition> positions) {
              positions.forEach(t -> rightmost[0] = Math.max(rightmost[0], t.getXDirAdj() + t.getWidthDirAdj()));
            }
          };
          stripper.setStartPage(p + 1);
          stripper.setEndPage(p + 1);
          stripper.getText(doc);
          assertThat(rightmost[0]).as("text of page " + (p + 1) + " ends inside the page").isLessThanOrEqualTo(width);
        }
        // kept to look at: target/screenshots/documents/typed-*.png
        java.nio.file.Path dir = java.nio.file.Path.of("target/screenshots/documents");
        java.nio.file.Files.createDirectories(dir);
        javax.imageio.ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 60, ImageType.RGB), "png",
            dir.resolve("typed-" + pdf.length + ".png").toFile());
      }
    }
  }

  private static void assertFontsEmbedded(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDPage page = doc.getPage(0);
      int fonts = 0;
      for (var name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        assertThat(font.getName()).contains("LiberationSans");
        fonts++;
      }
      assertThat(fonts).isPositive();
    }
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }
}
