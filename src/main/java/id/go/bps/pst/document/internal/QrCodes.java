package id.go.bps.pst.document.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.Map;

/** Draws QR codes (ZXing) as vector graphics into a PDF: sharp at any zoom, no raster images. */
final class QrCodes {

  private QrCodes() {
  }

  /**
   * The mask pattern every code uses. ZXing otherwise tries all eight masks and scores each against the
   * standard's penalty rules (to avoid areas that look like finder patterns): three quarters of a code's
   * encoding time, and a third of a document's rendering, for codes that are printed large (a short URL,
   * error correction M) and decode with any mask. {@code DocumentRenderingTest} decodes the printed code.
   */
  static final int MASK_PATTERN = 2;

  private static final Map<EncodeHintType, Object> HINTS = Map.of(
      EncodeHintType.MARGIN, 1,
      EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
      EncodeHintType.CHARACTER_SET, "UTF-8",
      EncodeHintType.QR_MASK_PATTERN, MASK_PATTERN);

  static BitMatrix matrix(String text) {
    try {
      return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode a QR code for this text", e);
    }
  }

  static Image image(PdfContentByte canvas, String text, float size) {
    BitMatrix m = matrix(text);
    int n = m.getWidth();
    float cell = size / n;
    PdfTemplate t = canvas.createTemplate(size, size);
    t.setColorFill(Color.BLACK);
    for (int y = 0; y < n; y++) {
      int x = 0;
      while (x < n) {
        if (!m.get(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < n && m.get(x, y)) {
          x++;
        }
        t.rectangle(start * cell, size - (y + 1) * cell, (x - start) * cell, cell);
      }
    }
    t.fill();
    return Image.getInstance(t);
  }
}
