package id.go.bps.pst.document.internal;

import id.go.bps.pst.document.UploadRefusedException;
import id.go.bps.pst.document.UploadRefusedException.Reason;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The checks on an uploaded file: its type by content (magic bytes, then parsed), its name, and the PNG
 * page image staff see instead of the file. Pure functions, no storage.
 */
final class UploadChecks {

  /** A type we accept, with the extension and media type we store it under. */
  enum FileType {
    PDF("pdf", "application/pdf"), JPEG("jpg", "image/jpeg"), PNG("png", "image/png");

    final String extension;
    final String mediaType;

    FileType(String extension, String mediaType) {
      this.extension = extension;
      this.mediaType = mediaType;
    }
  }

  /** The page image and the number of pages of a checked file. */
  record Rendered(byte[] png, int pages) {}

  /** Longest side of a page image, in pixels. */
  static final int PREVIEW_SIZE = 1000;

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

  private UploadChecks() {}

  /** The type by the first bytes; refused unless PDF, JPEG or PNG, whatever the name says. */
  static FileType detect(byte[] bytes) {
    if (startsWith(bytes, PDF_MAGIC)) {
      return FileType.PDF;
    }
    if (startsWith(bytes, PNG_MAGIC)) {
      return FileType.PNG;
    }
    if (startsWith(bytes, JPEG_MAGIC)) {
      return FileType.JPEG;
    }
    throw new UploadRefusedException(Reason.WRONG_TYPE,
        "Jenis berkas tidak diterima: isi berkas bukan PDF, JPEG, atau PNG (nama berkas tidak menentukan jenisnya). "
            + "Pindai atau simpan dokumen sebagai PDF, JPEG, atau PNG, lalu unggah lagi.");
  }

  /**
   * A safe display name, cleaned rather than refused: only the base name is kept (whatever a browser or a tool
   * sent before the last {@code /} or {@code \\}, e.g. {@code C:\\Users\\ani\\KTP.pdf} → {@code KTP.pdf}), control
   * characters go, every other character than letters, digits, space and {@code . _ - ( )} becomes {@code _}
   * ({@code a:b.pdf} → {@code a_b.pdf}), runs of dots become one ({@code laporan..final} → {@code laporan.final}), leading
   * dots go, at most 90 characters, ending in the extension of the detected type. The name is only ever
   * shown and offered as a download's name, never part of a path (see {@code DefaultUploadService}). No name at all
   * is {@code berkas.<ext>}; a name of which nothing is left after cleaning (e.g. {@code ../} or {@code ...}) is
   * refused, so that the visitor renames the file rather than wonder what was stored.
   */
  static String sanitiseName(String original, FileType type) {
    String name = original == null ? "" : original.strip();
    if (name.isEmpty()) {
      return "berkas." + type.extension;
    }
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("\\p{Cntrl}", "")
        .replaceAll("[^\\p{L}\\p{M}\\p{N} ._()-]", "_") // colons, quotes, emoji, anything else
        .replaceAll("\\.{2,}", ".")
        .replaceAll("\\s+", " ")
        .replaceAll("^[\\s.]+", "")
        .strip();
    int dot = name.lastIndexOf('.');
    String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[\\s.]+$", "");
    if (base.codePointCount(0, base.length()) > 90) {
      // by code points: a cut never splits a character outside the BMP (an emoji) into half a pair
      base = base.substring(0, base.offsetByCodePoints(0, 90)).strip();
    }
    if (base.isEmpty()) {
      throw new UploadRefusedException(Reason.BAD_NAME,
          "Nama berkas tidak dapat dibaca: setelah tanda yang tidak boleh dipakai dalam nama berkas dibuang, tidak ada "
              + "nama yang tersisa. Ganti nama berkas (misalnya surat-permohonan.pdf), lalu unggah lagi.");
    }
    if (base.chars().allMatch(c -> c == '_' || c == ' ')) {
      base = "berkas"; // only signs that cannot be part of a name, e.g. an emoji
    }
    return base + "." + type.extension;
  }

  /** Parses the file and renders its page image; refused when it cannot be read (damaged, encrypted, too big). */
  static Rendered render(byte[] bytes, FileType type, long maxPixels) {
    try {
      return type == FileType.PDF ? renderPdf(bytes) : renderImage(bytes, maxPixels);
    } catch (UploadRefusedException e) {
      throw e;
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      throw new UploadRefusedException(Reason.UNREADABLE, (type == FileType.PDF ? "Berkas PDF" : "Gambar")
          + " tidak dapat dibuka: mungkin rusak atau tidak lengkap. Simpan atau pindai ulang dokumen, lalu unggah lagi.");
    }
  }

  private static Rendered renderPdf(byte[] bytes) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "",
        null, null, MemoryUsageSetting.setupMainMemoryOnly(64L * 1024 * 1024).streamCache)) {
      if (pdf.isEncrypted()) {
        throw new UploadRefusedException(Reason.UNREADABLE,
            "Berkas PDF yang dilindungi kata sandi atau dienkripsi tidak dapat diterima. Simpan tanpa kata sandi, lalu unggah lagi.");
      }
      int pages = pdf.getNumberOfPages();
      if (pages < 1) {
        throw new UploadRefusedException(Reason.UNREADABLE, "Berkas PDF tidak berisi halaman.");
      }
      PDRectangle box = pdf.getPage(0).getCropBox();
      float longest = Math.max(box.getWidth(), box.getHeight());
      float scale = Math.min(2f, PREVIEW_SIZE / Math.max(longest, 1f));
      BufferedImage image = new PDFRenderer(pdf).renderImage(0, scale, ImageType.RGB);
      return new Rendered(png(image), pages);
    }
  }

  private static Rendered renderImage(byte[] bytes, long maxPixels) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IOException("no reader");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels > maxPixels) {
          throw new UploadRefusedException(Reason.UNREADABLE, String.format(Locale.ROOT,
              "Gambar terlalu besar (%d × %d piksel). Kecilkan resolusi pindaian, lalu unggah lagi.",
              reader.getWidth(0), reader.getHeight(0)));
        }
        BufferedImage image = reader.read(0);
        int longest = Math.max(image.getWidth(), image.getHeight());
        double scale = Math.min(1.0, (double) PREVIEW_SIZE / longest);
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage scaled = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        try {
          g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
          g.drawImage(image, 0, 0, w, h, java.awt.Color.WHITE, null);
        } finally {
          g.dispose();
        }
        return new Rendered(png(scaled), 1);
      } finally {
        reader.dispose();
      }
    }
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
