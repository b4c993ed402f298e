package id.go.bps.pst.document.internal;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts the application ships (Liberation Sans, SIL OFL 1.1, see fonts/LICENSE-LiberationFonts.txt),
 * embedded in every PDF so documents render the same on any machine. Loaded once; BaseFont is reusable.
 */
public final class PdfFonts {

  private static final PdfFonts SHARED = new PdfFonts();

  private final BaseFont regular;
  private final BaseFont bold;

  private PdfFonts() {
    this.regular = load("LiberationSans-Regular.ttf");
    this.bold = load("LiberationSans-Bold.ttf");
  }

  public static PdfFonts shared() {
    return SHARED;
  }

  public Font regular(float size) {
    return new Font(regular, size, Font.NORMAL);
  }

  public Font bold(float size) {
    return new Font(bold, size, Font.NORMAL);
  }

  public Font italic(float size) {
    // Only regular and bold are shipped; italic is simulated by OpenPDF (skewed), still embedded.
    return new Font(regular, size, Font.ITALIC);
  }

  private static BaseFont load(String file) {
    try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the classpath: fonts/" + file);
      }
      BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
      // the embedded subset is compressed anew in every document: at zlib's default level that was most of
      // a document's CPU time; the fastest level makes the file about a tenth larger
      font.setCompressionLevel(PdfStream.BEST_SPEED);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load font " + file, e);
    }
  }
}
