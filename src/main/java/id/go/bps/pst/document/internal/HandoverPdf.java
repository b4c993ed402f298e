package id.go.bps.pst.document.internal;

import id.go.bps.pst.common.UnitProperties;
import static id.go.bps.pst.common.IndonesianFormat.date;
import static id.go.bps.pst.common.IndonesianFormat.grouped;
import static id.go.bps.pst.common.IndonesianFormat.weekday;

import com.lowagie.text.pdf.PdfPTable;
import id.go.bps.pst.document.HandoverData;
import id.go.bps.pst.document.HandoverItem;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The handover record (berita acara serah terima) of the products collected by the visitor. */
@Component
public class HandoverPdf {

  private final UnitProperties unit;

  public HandoverPdf(UnitProperties unit) {
    this.unit = unit;
  }

  public RenderedFile render(HandoverData d, RenderContext ctx) {
    PdfComposer pdf = new PdfComposer(unit(), "Berita Acara Serah Terima " + ctx.number(), ctx);
    pdf.title("Berita Acara Serah Terima Produk Statistik");
    LocalDate day = d.date().atZone(unit().zoneId()).toLocalDate();
    String place = d.place() != null ? d.place() : unit().city();
    String receipt = d.receiptNumber() != null ? " dan kuitansi nomor " + d.receiptNumber() : "";
    pdf.paragraph("Pada hari ini, " + weekday(day) + ", tanggal " + date(day) + ", bertempat di "
        + unit().name() + ", " + place + ", telah dilakukan serah terima produk statistik untuk permintaan "
        + "nomor " + d.requestNumber() + receipt + ", antara:");
    pdf.fields(List.of(
        new String[] {"Yang menyerahkan", d.officerName()},
        new String[] {"Jabatan", d.officerPosition() != null ? d.officerPosition() : "Petugas PST"},
        new String[] {"Yang menerima", d.receiverName()},
        new String[] {"Instansi", d.receiverInstitution()}));
    pdf.paragraph("dengan rincian produk sebagai berikut:");
    pdf.add(items(pdf, d.items()));
    pdf.paragraph("Yang menerima telah memeriksa produk tersebut dan menerimanya dalam keadaan baik serta "
        + "sesuai dengan permintaan.");
    pdf.signatures(List.of(
        new PdfComposer.SignatureBlock(List.of("Yang menerima,"), d.receiverName(), null, false),
        new PdfComposer.SignatureBlock(List.of("Yang menyerahkan,"), d.officerName(), unit().name(), false)));
    return new RenderedFile(pdf.finish(), RenderedFile.safeName(ctx.number()) + ".pdf", RenderedFile.PDF);
  }

  private PdfPTable items(PdfComposer pdf, List<HandoverItem> items) {
    PdfPTable t = pdf.table(new float[] {5, 45, 15, 10, 25}, List.of("No", "Produk", "Format", "Jumlah",
        "Keterangan"), new boolean[] {false, false, false, true, false});
    int no = 1;
    for (HandoverItem item : items) {
      t.addCell(pdf.cell(Integer.toString(no++), pdf.regular(), false));
      t.addCell(pdf.cell(item.description(), pdf.regular(), false));
      t.addCell(pdf.cell(item.format(), pdf.regular(), false));
      t.addCell(pdf.cell(grouped(item.quantity()), pdf.regular(), true));
      t.addCell(pdf.cell(item.note(), pdf.regular(), false));
    }
    return t;
  }

  /** The unit of the document being issued (its request's), or the configured default. */
  private UnitProperties unit() {
    return DocumentUnit.or(unit);
  }
}
