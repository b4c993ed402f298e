package id.go.bps.pst.document.internal;

import id.go.bps.pst.common.IdentityMask;

import id.go.bps.pst.common.UnitProperties;
import static id.go.bps.pst.common.IndonesianFormat.date;
import static id.go.bps.pst.common.IndonesianFormat.dateTime;
import static id.go.bps.pst.common.IndonesianFormat.grouped;
import static id.go.bps.pst.common.IndonesianFormat.rupiah;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import id.go.bps.pst.document.InvoiceData;
import id.go.bps.pst.document.InvoiceLine;
import id.go.bps.pst.document.Terbilang;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The invoice (tagihan) PDF: lines with explanations, total in figures and words, how to pay. */
@Component
public class InvoicePdf {

  private final UnitProperties unit;

  public InvoicePdf(UnitProperties unit) {
    this.unit = unit;
  }

  public RenderedFile render(InvoiceData d, RenderContext ctx) {
    PdfComposer pdf = new PdfComposer(unit(), "Invoice " + ctx.number(), ctx);
    pdf.title("Invoice (Tagihan)");
    pdf.fields(List.of(
        new String[] {"Nomor permintaan", d.requestNumber()},
        new String[] {"Tanggal invoice", date(d.issuedAt(), unit().zoneId())},
        new String[] {"Berlaku sampai", date(d.validUntil())},
        new String[] {"Nama pengguna layanan", d.visitorName()},
        new String[] {"Instansi", d.institution()},
        new String[] {"Nomor identitas", IdentityMask.maskOrDash(d.maskedIdentity())}));

    pdf.heading("Rincian produk");
    pdf.add(linesTable(pdf, d));
    pdf.fields(List.<String[]>of(new String[] {"Terbilang", Terbilang.rupiah(d.total()), "bold"}));
    if (d.legalBasis() != null) {
      pdf.paragraph("Dasar hukum: " + d.legalBasis());
    }
    payment(pdf, d);
    return new RenderedFile(pdf.finish(), RenderedFile.safeName(ctx.number()) + ".pdf", RenderedFile.PDF);
  }

  private PdfPTable linesTable(PdfComposer pdf, InvoiceData d) {
    PdfPTable t = pdf.table(new float[] {5, 49, 10, 17, 19},
        List.of("No", "Produk dan keterangan", "Jumlah", "Harga satuan", "Jumlah harga"),
        new boolean[] {false, false, true, true, true});
    int no = 1;
    for (InvoiceLine line : d.lines()) {
      t.addCell(pdf.cell(Integer.toString(no++), pdf.regular(), false));
      PdfPCell desc = pdf.cell(null, pdf.regular(), false);
      desc.addElement(new Paragraph(line.description(), pdf.regular()));
      if (line.explanation() != null && !line.explanation().isBlank()) {
        desc.addElement(new Paragraph(line.explanation(), PdfFonts.shared().regular(8.5f)));
      }
      t.addCell(desc);
      t.addCell(pdf.cell(grouped(line.quantity()), pdf.regular(), true));
      t.addCell(pdf.cell(rupiah(line.unitPrice()), pdf.regular(), true));
      t.addCell(pdf.cell(rupiah(line.amount()), pdf.regular(), true));
    }
    PdfPCell label = new PdfPCell(new Phrase("Total", pdf.bold()));
    label.setColspan(4);
    label.setPadding(4);
    label.setHorizontalAlignment(Element.ALIGN_RIGHT);
    t.addCell(label);
    t.addCell(pdf.cell(rupiah(d.total()), pdf.bold(), true));
    return t;
  }

  private void payment(PdfComposer pdf, InvoiceData d) {
    pdf.heading("Cara pembayaran");
    if (d.zeroTariff()) {
      pdf.paragraph("Permintaan ini dikenakan tarif Rp0 (nol rupiah) berdasarkan " + d.zeroTariffBasis()
          + ". Tidak ada pembayaran yang perlu dilakukan.");
      return;
    }
    List<String> ways = new ArrayList<>();
    ways.add("Tunai kepada Bendahara Penerimaan " + unit().name() + " di unit Pelayanan Statistik Terpadu "
        + "(PST); bendahara menerbitkan kuitansi sebagai bukti pembayaran.");
    if (d.billingCode() != null) {
      ways.add("Setoran melalui bank atau pos persepsi dengan kode billing " + d.billingCode()
          + " (berlaku sampai " + dateTime(d.billingExpiresAt(), unit().zoneId()) + "), melalui teller, ATM, "
          + "internet banking, mobile banking atau mesin EDC. Simpan bukti setor yang memuat NTPN. "
          + "Kode billing yang kedaluwarsa tidak dapat dipakai; mintalah kode billing baru kepada petugas.");
    } else {
      ways.add("Setoran melalui bank atau pos persepsi (teller, ATM, internet banking, mobile banking, EDC): "
          + "petugas PST membuatkan kode billing apabila Anda memilih cara ini.");
    }
    pdf.numbered(ways);
    if (d.billingCode() != null) {
      pdf.fields(List.of(
          new String[] {"Kode billing", d.billingCode(), "bold"},
          new String[] {"Kode billing berlaku sampai", dateTime(d.billingExpiresAt(), unit().zoneId())}));
    }
    if (d.paymentInstructions() != null && !d.paymentInstructions().isBlank()) {
      pdf.paragraph(d.paymentInstructions());
    }
  }

  /** The unit of the document being issued (its request's), or the configured default. */
  private UnitProperties unit() {
    return DocumentUnit.or(unit);
  }
}
