package id.go.bps.pst.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bps.pst.document.UploadRefusedException;
import id.go.bps.pst.document.internal.UploadChecks.FileType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The name of an uploaded file, without Spring: cleaned to a safe base name, refused only when nothing is left. */
class UploadChecksTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "laporan..final.pdf | laporan.final.pdf",
      "C:\\Users\\ani\\KTP.pdf | KTP.pdf",
      "a:b.pdf | a_b.pdf",
      "../../etc/passwd | passwd.pdf",
      "/home/ani/Surat Pengantar (final).PDF | Surat Pengantar (final).pdf",
      "~$draft.docx.pdf | __draft.docx.pdf",
      "scan:01?.jpeg | scan_01_.pdf",
      ".bashrc | bashrc.pdf",
      "KTP ani  .pdf | KTP ani.pdf",
      "Kartu_Keluarga-2026.pdf | Kartu_Keluarga-2026.pdf",
      "Ijazah Ñoño é.pdf | Ijazah Ñoño é.pdf",
      "\uD83D\uDCC4.pdf | berkas.pdf"})
  void aNameIsCleanedToASafeBaseName(String typed, String stored) {
    assertThat(UploadChecks.sanitiseName(typed, FileType.PDF)).isEqualTo(stored);
  }

  @ParameterizedTest
  @ValueSource(strings = {"../", "C:\\", "...", " . ", "a/b/"})
  void aNameOfWhichNothingIsLeftIsRefused(String typed) {
    assertThatThrownBy(() -> UploadChecks.sanitiseName(typed, FileType.PNG))
        .isInstanceOfSatisfying(UploadRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(UploadRefusedException.Reason.BAD_NAME));
  }

  @org.junit.jupiter.api.Test
  void noNameAtAllIsBerkas() {
    assertThat(UploadChecks.sanitiseName(null, FileType.JPEG)).isEqualTo("berkas.jpg");
    assertThat(UploadChecks.sanitiseName("  ", FileType.PNG)).isEqualTo("berkas.png");
  }

  /**
   * A 2 MB PDF whose page draws one image of 30.000 × 30.000 pixels (the pixels compress to nothing): rendering the
   * page image must not decode the image whole (2,7 GB for RGB, beyond a Java array: an OutOfMemoryError, which ends
   * the server under {@code -XX:+ExitOnOutOfMemoryError} as in docker/compose.yaml, even when caught). Probed
   * 2026-12-03: PDFBox renders the page image of the usual size in a third of a second (held).
   */
  @org.junit.jupiter.api.Test
  void aPdfWithAHugeImageIsNotDecodedWhole() throws Exception {
    byte[] pdf = pdfWithImage(30_000, 30_000);
    assertThat(pdf.length).isLessThan(10 * 1024 * 1024);
    assertThat(UploadChecks.detect(pdf)).isEqualTo(FileType.PDF);
    long started = System.nanoTime();
    UploadChecks.Rendered rendered = UploadChecks.render(pdf, FileType.PDF, 40_000_000L);
    assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(20));
    java.awt.image.BufferedImage page = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(rendered.png()));
    assertThat(Math.max(page.getWidth(), page.getHeight())).isLessThanOrEqualTo(UploadChecks.PREVIEW_SIZE);
    assertThat(rendered.pages()).isOne();
  }

  /** A one-page PDF drawing a Flate-compressed RGB image of the given size, all white. */
  static byte[] pdfWithImage(int width, int height) throws Exception {
    java.io.ByteArrayOutputStream compressed = new java.io.ByteArrayOutputStream();
    java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION);
    try (java.util.zip.DeflaterOutputStream out = new java.util.zip.DeflaterOutputStream(compressed, deflater, 1 << 16)) {
      byte[] row = new byte[width * 3];
      java.util.Arrays.fill(row, (byte) 0xff);
      for (int y = 0; y < height; y++) {
        out.write(row);
      }
    }
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(
          org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
      doc.addPage(page);
      org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image =
          new org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject(doc,
              new java.io.ByteArrayInputStream(compressed.toByteArray()), org.apache.pdfbox.cos.COSName.FLATE_DECODE,
              width, height, 8, org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB.INSTANCE);
      try (org.apache.pdfbox.pdmodel.PDPageContentStream content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        content.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
