package id.go.bps.pst.document.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/**
 * Footer on every page: the QR code to the verification page, the same URL in text, the document number,
 * version and page number. Drawn below the bottom margin, so it never pushes content to a new page.
 */
final class VerificationFooter extends PdfPageEventHelper {

  /** Height reserved for the footer below the content area, in points. */
  static final float HEIGHT = 70;

  private static final float QR_SIZE = 58;

  private final PdfFonts fonts;
  private final RenderContext ctx;
  private Image qr;

  VerificationFooter(PdfFonts fonts, RenderContext ctx) {
    this.fonts = fonts;
    this.ctx = ctx;
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    if (qr == null) {
      qr = QrCodes.image(writer.getDirectContent(), ctx.verificationUrl(), QR_SIZE);
    }
    PdfPTable t = new PdfPTable(new float[] {QR_SIZE + 8, 400});
    t.setTotalWidth(document.right() - document.left());
    t.setLockedWidth(true);
    PdfPCell qrCell = new PdfPCell(qr, false);
    qrCell.setBorder(Rectangle.TOP);
    qrCell.setBorderColor(Color.GRAY);
    qrCell.setPaddingTop(4);
    t.addCell(qrCell);
    PdfPCell text = new PdfPCell();
    text.setBorder(Rectangle.TOP);
    text.setBorderColor(Color.GRAY);
    text.setPaddingTop(2);
    text.addElement(new Paragraph("Dokumen ini dibuat secara elektronik. Periksa keasliannya dengan "
        + "memindai kode QR atau membuka alamat berikut:", fonts.regular(8)));
    text.addElement(new Paragraph(ctx.verificationUrl(), fonts.bold(8)));
    text.addElement(new Paragraph("Nomor dokumen " + ctx.number() + ", versi " + ctx.version()
        + "  |  Halaman " + writer.getPageNumber(), fonts.regular(8)));
    t.addCell(text);
    t.writeSelectedRows(0, -1, document.left(), document.bottom() - 4, writer.getDirectContent());
  }
}
