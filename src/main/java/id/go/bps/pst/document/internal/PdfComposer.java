package id.go.bps.pst.document.internal;

import id.go.bps.pst.common.UnitProperties;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Builds one A4 PDF in the unit's house style: letterhead, title, label/value blocks, tables, signature
 * blocks, and on every page the verification footer (QR code plus the printed URL). One instance per
 * document.
 */
final class PdfComposer {

  private static final Color HEADER_FILL = new Color(230, 230, 230);

  private final PdfFonts fonts = PdfFonts.shared();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
  private final Document document;
  private final PdfWriter writer;

  private final RenderContext ctx;

  PdfComposer(UnitProperties unit, String title, RenderContext ctx) {
    this.ctx = ctx;
    document = new Document(PageSize.A4, 56, 56, 36, 30 + VerificationFooter.HEIGHT);
    writer = PdfWriter.getInstance(document, out);
    writer.setCompressionLevel(com.lowagie.text.pdf.PdfStream.BEST_SPEED);
    writer.setPageEvent(new VerificationFooter(fonts, ctx));
    document.addTitle(title);
    document.addAuthor(unit.name());
    document.addCreator("Penjualan Produk Statistik");
    document.open();
    letterhead(unit);
  }

  Font regular() {
    return fonts.regular(10);
  }

  Font bold() {
    return fonts.bold(10);
  }

  private void letterhead(UnitProperties unit) {
    add(centered("BADAN PUSAT STATISTIK", fonts.bold(11), 0));
    add(centered(unit.name().toUpperCase(java.util.Locale.ROOT), fonts.bold(14), 0));
    add(centered(unit.address(), fonts.regular(9), 0));
    add(centered("Telepon " + unit.phone() + "  |  Surel " + unit.email(), fonts.regular(9), 0));
    PdfPTable rule = new PdfPTable(1);
    rule.setWidthPercentage(100);
    rule.setSpacingAfter(8);
    PdfPCell line = new PdfPCell(new Phrase(" ", fonts.regular(2)));
    line.setBorder(Rectangle.BOTTOM);
    line.setBorderWidthBottom(1.5f);
    rule.addCell(line);
    add(rule);
  }

  /** Centred bold title with the document number and version below it. */
  void title(String title) {
    add(centered(title.toUpperCase(java.util.Locale.ROOT), fonts.bold(13), 0));
    // a later version may only add data (e.g. the billing code), so it names what it replaces,
    // not why
    String versionText = ctx.version() > 1
        ? "  (versi " + ctx.version() + ", menggantikan versi " + (ctx.version() - 1) + ")" : "";
    add(centered("Nomor: " + ctx.number() + versionText, fonts.regular(10), 8));
  }

  void heading(String text) {
    Paragraph p = new Paragraph(text, fonts.bold(10.5f));
    p.setSpacingBefore(6);
    p.setSpacingAfter(3);
    add(p);
  }

  void paragraph(String text) {
    paragraph(text, regular());
  }

  void paragraph(String text, Font font) {
    Paragraph p = new Paragraph(text, font);
    p.setLeading(font.getSize() * 1.35f);
    p.setSpacingAfter(3);
    p.setAlignment(Element.ALIGN_JUSTIFIED);
    add(p);
  }

  /** Numbered list, one paragraph per item. */
  void numbered(List<String> items) {
    PdfPTable t = new PdfPTable(new float[] {4, 96});
    t.setWidthPercentage(100);
    for (int i = 0; i < items.size(); i++) {
      t.addCell(plain((i + 1) + ".", regular()));
      t.addCell(plain(items.get(i), regular()));
    }
    add(t);
  }

  /** Label : value rows without borders. */
  void fields(List<String[]> rows) {
    PdfPTable t = new PdfPTable(new float[] {30, 2, 68});
    t.setWidthPercentage(100);
    t.setSpacingAfter(4);
    for (String[] row : rows) {
      t.addCell(plain(row[0], regular()));
      t.addCell(plain(":", regular()));
      t.addCell(plain(row[1] == null ? "-" : row[1], row.length > 2 ? bold() : regular()));
    }
    add(t);
  }

  /** A bordered table with a shaded header row; {@code alignRight} marks numeric columns. */
  PdfPTable table(float[] widths, List<String> header, boolean[] alignRight) {
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    t.setSpacingBefore(2);
    t.setSpacingAfter(6);
    t.setHeaderRows(1);
    for (int i = 0; i < header.size(); i++) {
      PdfPCell c = new PdfPCell(new Phrase(header.get(i), fonts.bold(9)));
      c.setBackgroundColor(HEADER_FILL);
      c.setPadding(4);
      c.setHorizontalAlignment(alignRight[i] ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
      t.addCell(c);
    }
    return t;
  }

  PdfPCell cell(String text, Font font, boolean alignRight) {
    PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
    c.setPadding(4);
    c.setHorizontalAlignment(alignRight ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
    return c;
  }

  void add(Element element) {
    document.add(element);
  }

  /**
   * Signature blocks side by side. Each block: heading lines, blank space (or the duty-stamp box),
   * then the name in bold.
   */
  void signatures(List<SignatureBlock> blocks) {
    signatures(null, blocks);
  }

  /**
   * Signature blocks preceded by a closing sentence in the same unbreakable table, so that a page break
   * never leaves the signatures alone on the next page.
   */
  void signatures(String lead, List<SignatureBlock> blocks) {
    PdfPTable t = new PdfPTable(blocks.size());
    t.setWidthPercentage(100);
    t.setSpacingBefore(lead == null ? 10 : 2);
    t.setKeepTogether(true);
    if (lead != null) {
      PdfPCell leadCell = new PdfPCell();
      leadCell.setBorder(Rectangle.NO_BORDER);
      leadCell.setColspan(blocks.size());
      leadCell.setPaddingBottom(8);
      Paragraph p = new Paragraph(lead, regular());
      p.setAlignment(Element.ALIGN_JUSTIFIED);
      leadCell.addElement(p);
      t.addCell(leadCell);
    }
    for (SignatureBlock b : blocks) {
      PdfPCell c = new PdfPCell();
      c.setBorder(Rectangle.NO_BORDER);
      for (String line : b.headingLines()) {
        c.addElement(centered(line, regular(), 0));
      }
      if (b.dutyStamp()) {
        PdfPTable stamp = new PdfPTable(1);
        stamp.setWidthPercentage(45);
        PdfPCell box = new PdfPCell(new Phrase("Meterai\nRp10.000", fonts.regular(8)));
        box.setFixedHeight(44);
        box.setHorizontalAlignment(Element.ALIGN_CENTER);
        box.setVerticalAlignment(Element.ALIGN_MIDDLE);
        box.setBorderColor(Color.GRAY);
        stamp.addCell(box);
        stamp.setSpacingBefore(4);
        stamp.setSpacingAfter(4);
        c.addElement(stamp);
      } else {
        Paragraph space = new Paragraph(" ", regular());
        space.setSpacingBefore(36);
        c.addElement(space);
      }
      c.addElement(centered(b.name(), bold(), 0));
      if (b.footnote() != null) {
        c.addElement(centered(b.footnote(), fonts.regular(9), 0));
      }
      t.addCell(c);
    }
    add(t);
  }

  byte[] finish() {
    document.close();
    return out.toByteArray();
  }

  static PdfPCell plain(String text, Font font) {
    PdfPCell c = new PdfPCell(new Phrase(text, font));
    c.setBorder(Rectangle.NO_BORDER);
    c.setPaddingBottom(3);
    return c;
  }

  private static Paragraph centered(String text, Font font, float spacingAfter) {
    Paragraph p = new Paragraph(text, font);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingAfter(spacingAfter);
    return p;
  }

  /** One signature block: heading lines (place/date, role), the signer's name, optional footnote. */
  record SignatureBlock(List<String> headingLines, String name, String footnote, boolean dutyStamp) {
  }
}
