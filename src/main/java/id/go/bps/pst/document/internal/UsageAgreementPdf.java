package id.go.bps.pst.document.internal;

import id.go.bps.pst.common.IdentityMask;

import id.go.bps.pst.common.UnitProperties;
import static id.go.bps.pst.common.IndonesianFormat.date;
import static id.go.bps.pst.common.IndonesianFormat.weekday;

import com.lowagie.text.pdf.PdfPTable;
import id.go.bps.pst.document.AgreementData;
import id.go.bps.pst.document.AgreementDataset;
import id.go.bps.pst.document.AgreementParty;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The microdata usage agreement (SPPD): parties, data, purpose, obligations, signatures, duty stamp. */
@Component
public class UsageAgreementPdf {

  /** The points of the BPS agreement (see reference/payment-and-documents.md). */
  static final List<String> OBLIGATIONS = List.of(
      "PIHAK PERTAMA menyerahkan data tersebut kepada PIHAK KEDUA dalam media komputer.",
      "PIHAK KEDUA tidak akan memperbanyak atau memberikan salinan data tersebut kepada orang atau "
          + "organisasi lain.",
      "PIHAK KEDUA hanya menggunakan data tersebut untuk keperluan penelitian dan analisis sebagaimana "
          + "dinyatakan dalam abstraksi penggunaan data.",
      "Penggunaan data untuk keperluan lain memerlukan persetujuan teknis terlebih dahulu dari Kepala "
          + "Badan Pusat Statistik.",
      "PIHAK KEDUA diharapkan menyerahkan hasil penelitian atau analisis yang menggunakan data tersebut "
          + "kepada PIHAK PERTAMA.",
      "Data tersebut tetap bersifat rahasia dan merupakan milik Badan Pusat Statistik.");

  private final UnitProperties unit;

  public UsageAgreementPdf(UnitProperties unit) {
    this.unit = unit;
  }

  public RenderedFile render(AgreementData d, RenderContext ctx) {
    PdfComposer pdf = new PdfComposer(unit(), "Surat Perjanjian Penggunaan Data " + ctx.number(), ctx);
    pdf.title("Surat Perjanjian Penggunaan Data Mikro");
    LocalDate day = d.date().atZone(unit().zoneId()).toLocalDate();
    String place = d.place() != null ? d.place() : unit().city();
    pdf.paragraph("Pada hari ini, " + weekday(day) + ", tanggal " + date(day) + ", di " + place
        + ", yang bertanda tangan di bawah ini:");
    party(pdf, d.bps(), false);
    pdf.paragraph("selanjutnya disebut PIHAK PERTAMA; dan");
    party(pdf, d.recipient(), true);
    pdf.paragraph("selanjutnya disebut PIHAK KEDUA.");
    pdf.paragraph("Kedua pihak sepakat atas penggunaan data mikro berikut, untuk permintaan nomor "
        + d.requestNumber() + ":");
    pdf.add(datasets(pdf, d.datasets()));
    pdf.heading("Abstraksi penggunaan data");
    pdf.paragraph(d.dataUseAbstract());
    pdf.heading("Ketentuan");
    pdf.numbered(OBLIGATIONS);
    // the closing sentence travels with the signatures, so the signature block never stands alone on a page
    pdf.signatures("Perjanjian ini dibuat dalam rangkap dua, masing-masing bermeterai cukup dan mempunyai "
        + "kekuatan hukum yang sama.", List.of(
        new PdfComposer.SignatureBlock(List.of("PIHAK PERTAMA,", nz(d.bps().position())),
            d.bps().name(), d.bps().maskedIdentity(), false),
        new PdfComposer.SignatureBlock(List.of("PIHAK KEDUA,", nz(d.recipient().institution())),
            d.recipient().name(), null, true)));
    return new RenderedFile(pdf.finish(), RenderedFile.safeName(ctx.number()) + ".pdf", RenderedFile.PDF);
  }

  private void party(PdfComposer pdf, AgreementParty p, boolean visitor) {
    if (visitor) {
      pdf.fields(List.of(
          new String[] {"Nama", p.name()},
          new String[] {"Pekerjaan/Jabatan", p.position()},
          new String[] {"Instansi", p.institution()},
          new String[] {"Nomor identitas", IdentityMask.maskOrDash(p.maskedIdentity())},
          new String[] {"Alamat", p.address()}));
    } else {
      pdf.fields(List.of(
          new String[] {"Nama", p.name()},
          new String[] {"NIP", p.maskedIdentity() == null ? "" : p.maskedIdentity().replaceFirst("^NIP ", "")},
          new String[] {"Jabatan", p.position()},
          new String[] {"Instansi", p.institution() != null ? p.institution() : unit().name()}));
    }
  }

  private PdfPTable datasets(PdfComposer pdf, List<AgreementDataset> datasets) {
    PdfPTable t = pdf.table(new float[] {5, 35, 35, 25}, List.of("No", "Data", "Variabel", "Wilayah"),
        new boolean[] {false, false, false, false});
    int no = 1;
    for (AgreementDataset ds : datasets) {
      t.addCell(pdf.cell(Integer.toString(no++), pdf.regular(), false));
      t.addCell(pdf.cell(ds.title(), pdf.regular(), false));
      t.addCell(pdf.cell(ds.variables().isEmpty() ? "Seluruh variabel" : String.join(", ", ds.variables()),
          PdfFonts.shared().regular(9), false));
      t.addCell(pdf.cell(ds.regions().isEmpty() ? "Seluruh wilayah" : String.join(", ", ds.regions()),
          PdfFonts.shared().regular(9), false));
    }
    return t;
  }

  private static String nz(String s) {
    return s == null ? " " : s;
  }

  /** The unit of the document being issued (its request's), or the configured default. */
  private UnitProperties unit() {
    return DocumentUnit.or(unit);
  }
}
