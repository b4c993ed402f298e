package id.go.bps.pst.document.internal;

import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.document.AgreementData;
import id.go.bps.pst.document.AgreementDataset;
import id.go.bps.pst.document.AgreementParty;
import id.go.bps.pst.document.DocumentProperties;
import id.go.bps.pst.document.HandoverData;
import id.go.bps.pst.document.HandoverItem;
import id.go.bps.pst.document.InvoiceData;
import id.go.bps.pst.document.InvoiceLine;
import id.go.bps.pst.document.PaymentMethod;
import id.go.bps.pst.document.ReceiptData;
import id.go.bps.pst.document.SampleData;
import id.go.bps.pst.document.VariableInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Test data and helpers shared by the document tests. */
public final class TestDocuments {

  public static final String REQUEST = "6503-2026-000123";
  public static final Instant ISSUED = Instant.parse("2026-11-25T01:30:00Z");

  private TestDocuments() {
  }

  public static UnitProperties unit() {
    return new UnitProperties("6503", "BPS Kabupaten Tana Tidung", "Asia/Makassar", "Tideng Pale",
        "Jl. Perintis, Tideng Pale, Kabupaten Tana Tidung, Kalimantan Utara", "ipds6503@bps.go.id",
        "0812-5565-0671", null, null, null);
  }

  public static DocumentProperties properties(Path dir, int sampleRows) {
    return new DocumentProperties(dir, sampleRows, "filesystem");
  }

  public static InvoiceData invoice(String billingCode) {
    return new InvoiceData(REQUEST, null, ISSUED, LocalDate.of(2026, 12, 25),
        "Siti Rahmawati", "Universitas Borneo Tarakan", "6503********0001",
        List.of(
            new InvoiceLine("Data mikro Susenas Maret 2025, Kabupaten Tana Tidung (pilih variabel)",
                "12 variabel x Rp5.000 per variabel, 1 kabupaten", 1, 60_000, 60_000),
            new InvoiceLine("Publikasi Kabupaten Tana Tidung Dalam Angka 2026 (cetak)",
                "2 eksemplar x Rp55.000", 2, 55_000, 110_000)),
        170_000, "Peraturan Pemerintah Nomor 7 Tahun 2015", false, null,
        billingCode, billingCode == null ? null : Instant.parse("2026-12-02T01:30:00Z"), null);
  }

  public static InvoiceData zeroTariffInvoice() {
    return new InvoiceData(REQUEST, null, ISSUED, LocalDate.of(2026, 12, 25),
        "Siti Rahmawati", "Universitas Borneo Tarakan", "6503********0001",
        List.of(new InvoiceLine("Data mikro Sakernas Agustus 2025", "Tarif Rp0 untuk penelitian skripsi",
            1, 0, 0)),
        0, "Peraturan Pemerintah Nomor 7 Tahun 2015", true,
        "Pasal 4 PP 7/2015: kegiatan pendidikan (skripsi)", null, null, null);
  }

  public static ReceiptData bankReceipt() {
    return new ReceiptData(null, REQUEST, "Siti Rahmawati", 170_000,
        "Pembelian produk statistik permintaan " + REQUEST, PaymentMethod.BANK, "0A1B2C3D4E5F6G7H",
        null, ISSUED, "Rina Wulandari", null);
  }

  public static ReceiptData cashReceipt() {
    return new ReceiptData(null, REQUEST, "Siti Rahmawati", 70_000,
        "Data mikro Susenas Maret 2025", PaymentMethod.CASH, null, "Tideng Pale", ISSUED, "Rina Wulandari", null);
  }

  public static AgreementData agreement() {
    return new AgreementData(REQUEST, null, ISSUED,
        new AgreementParty("Budi Santoso", "Kepala BPS Kabupaten Tana Tidung", null, null, null),
        new AgreementParty("Siti Rahmawati", "Mahasiswa", "Universitas Borneo Tarakan", "6503********0001",
            "Tarakan"),
        List.of(new AgreementDataset("Susenas Maret 2025 (KOR)", List.of("R101", "R102", "R105", "KAPITA"),
            List.of("6503 Tana Tidung"))),
        "Analisis pengeluaran per kapita rumah tangga untuk skripsi tentang kemiskinan di Kalimantan Utara.",
        null);
  }

  public static HandoverData handover() {
    return new HandoverData(REQUEST, null, ISSUED, null, "Andi Pratama", "Petugas PST",
        "Siti Rahmawati", "Universitas Borneo Tarakan", "KWT-6503-2026-000001",
        List.of(new HandoverItem("Data mikro Susenas Maret 2025 (12 variabel)", "CSV", 1, "Dikirim lewat tautan"),
            new HandoverItem("Kabupaten Tana Tidung Dalam Angka 2026", "Cetak", 2, null)));
  }

  /** An extract of 25 rows with 6 columns; the order asks for 3 of them in a different order. */
  public static SampleData sample() {
    List<String> header = List.of("URUT", "R101", "R102", "R105", "KAPITA", "WEIGHT");
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      rows.add(List.of(Integer.toString(i), "65", "03", i % 2 == 0 ? "1" : "2",
          Integer.toString(1_000_000 + i), i == 3 ? "12,5 \"berat\"" : "1.0"));
    }
    return new SampleData(REQUEST, null, "Susenas Maret 2025 (KOR)",
        List.of(new VariableInfo("KAPITA", "Pengeluaran per kapita sebulan", "numerik", 12),
            new VariableInfo("R101", "Kode provinsi", "karakter", 2),
            new VariableInfo("WEIGHT", "Penimbang", "numerik", 8)),
        List.of("6503 Tana Tidung"), header, rows);
  }

  public static String pdfText(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
