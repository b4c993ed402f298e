package id.go.bps.pst.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bps.pst.SharedContextTest;
import id.go.bps.pst.document.DocumentProperties;
import id.go.bps.pst.document.UploadRefusedException;
import id.go.bps.pst.document.UploadRefusedException.Reason;
import id.go.bps.pst.document.UploadService;
import id.go.bps.pst.document.UploadStatus;
import id.go.bps.pst.document.UploadedFile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The checks on uploads, on the real store and database: wrong type by content, too large, empty, path
 * tricks in the name, the same file twice; each refused with an Indonesian message and nothing stored.
 * On the shared context, with the application's default limits (10 MB, 40 million pixels) and request
 * numbers no other test (or earlier run on MariaDB) uses.
 */
class UploadServiceTest extends SharedContextTest {

  private static final AtomicInteger SEQ = new AtomicInteger();

  @Autowired UploadService uploads;
  @Autowired DocumentProperties documentProperties;

  private static String newRequest() {
    return "6503-U" + Long.toString(System.nanoTime(), 36).toUpperCase() + "-" + SEQ.incrementAndGet();
  }

  @Test
  void storesPdfWithVersionShaUploaderAndPageImage() throws Exception {
    String request = newRequest();
    byte[] pdf = pdf("Surat pengantar instansi");
    UploadedFile v1 = uploads.upload(request, "INTRODUCTION_LETTER", "Surat pengantar instansi",
        "Surat Pengantar (final).PDF", pdf, "pengguna layanan (portal)");

    assertThat(v1.version()).isEqualTo(1);
    assertThat(v1.fileName()).isEqualTo("Surat Pengantar (final).pdf");
    assertThat(v1.contentType()).isEqualTo("application/pdf");
    assertThat(v1.sha256()).isEqualTo(sha256(pdf));
    assertThat(v1.sizeBytes()).isEqualTo(pdf.length);
    assertThat(v1.uploadedBy()).isEqualTo("pengguna layanan (portal)");
    assertThat(v1.status()).isEqualTo(UploadStatus.UPLOADED);
    assertThat(v1.pageCount()).isEqualTo(1);
    assertThat(uploads.content(request, v1.id())).isEqualTo(pdf);
    BufferedImage page = ImageIO.read(new ByteArrayInputStream(uploads.preview(request, v1.id())));
    assertThat(page.getHeight()).isBetween(900, 1000); // A4 portrait, longest side scaled to 1000 px
    assertThat(page.getWidth()).isLessThan(page.getHeight());

    // a scan as JPEG by an officer: version 2 of the same type; the current one is version 2
    byte[] jpeg = image("jpg", 1600, 1200);
    UploadedFile v2 = uploads.upload(request, "INTRODUCTION_LETTER", "Surat pengantar instansi", "scan 01.jpeg",
        jpeg, "petugas1");
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.fileName()).isEqualTo("scan 01.jpg");
    assertThat(v2.contentType()).isEqualTo("image/jpeg");
    BufferedImage scan = ImageIO.read(new ByteArrayInputStream(uploads.preview(request, v2.id())));
    assertThat(scan.getWidth()).isEqualTo(1000);
    assertThat(uploads.current(request)).extracting(UploadedFile::version).containsExactly(2);
    assertThat(uploads.history(request)).extracting(UploadedFile::version, UploadedFile::uploadedBy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "pengguna layanan (portal)"),
            org.assertj.core.groups.Tuple.tuple(2, "petugas1"));
    // never across requests
    assertThat(uploads.find(newRequest(), v1.id())).isEmpty();
  }

  @Test
  void executableRenamedPdfIsRefusedAndNothingStored() {
    String request = newRequest();
    byte[] exe = new byte[4096];
    exe[0] = 'M';
    exe[1] = 'Z';
    assertRefused(request, "surat.pdf", exe, Reason.WRONG_TYPE, "bukan PDF, JPEG, atau PNG");
    // an HTML page or a script named .png is refused just the same
    assertRefused(request, "foto.png", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
        Reason.WRONG_TYPE, "bukan PDF, JPEG, atau PNG");
  }

  @Test
  void tooLargeIsRefusedAndNothingStored() throws Exception {
    String request = newRequest();
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(pdf("besar"), 0, big, 0, 5);
    assertRefused(request, "besar.pdf", big, Reason.TOO_LARGE, "Berkas terlalu besar (10,0 MB); paling besar 10,0 MB");
  }

  @Test
  void anImageOfTooManyPixelsIsRefusedBeforeItIsDecoded() {
    // 8000 x 6000 = 48 million pixels, above the default 40 million; the file itself is small (two colours)
    assertRefused(newRequest(), "poster.png", twoColourPng(8000, 6000), Reason.UNREADABLE,
        "Gambar terlalu besar (8000 × 6000 piksel)");
  }

  /**
   * The probe of 2026-12-03 (all held): an SVG or HTML page with a script, a zip (the first bytes of a zip bomb or an
   * Office file) and an HTML page behind a "%PDF-" header are refused, whatever their names say; a real PDF with an
   * HTML page appended and a double extension is kept as a PDF under a name ending in ".pdf" (staff see its page
   * image; the original is only a download in a sandbox); a JPEG that declares 30.000 × 30.000 pixels is refused from
   * its header, before any decoding.
   */
  @Test
  void scriptsZipsPolyglotsAndHugeHeadersAreRefusedOrKeptHarmless() throws Exception {
    String request = newRequest();
    byte[] svg = ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script>"
        + "</svg>").getBytes(StandardCharsets.UTF_8);
    assertRefused(request, "KTP.svg", svg, Reason.WRONG_TYPE, "bukan PDF, JPEG, atau PNG");
    assertRefused(request, "KTP.png", svg, Reason.WRONG_TYPE, "bukan PDF, JPEG, atau PNG");
    assertRefused(request, "KTP.pdf.html", "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
        Reason.WRONG_TYPE, "bukan PDF, JPEG, atau PNG");
    byte[] zip = new byte[2048];
    zip[0] = 'P';
    zip[1] = 'K';
    zip[2] = 3;
    zip[3] = 4;
    assertRefused(request, "data.pdf", zip, Reason.WRONG_TYPE, "bukan PDF, JPEG, atau PNG");
    assertRefused(request, "surat.pdf", "%PDF-1.4\n<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
        Reason.UNREADABLE, "tidak dapat dibuka");
    assertRefused(request, "poster.jpg", jpegDeclaring(30_000, 30_000), Reason.UNREADABLE, "Gambar terlalu besar");

    byte[] polyglot = java.util.Arrays.copyOf(pdf("Surat pengantar"), pdf("Surat pengantar").length + 64);
    byte[] html = "\n<html><script>alert(1)</script></html>\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(html, 0, polyglot, polyglot.length - 64, Math.min(64, html.length));
    UploadedFile kept = uploads.upload(request, "INTRODUCTION_LETTER", "Surat pengantar instansi", "surat.pdf.html",
        polyglot, "pengguna layanan (portal)");
    assertThat(kept.contentType()).isEqualTo("application/pdf");
    assertThat(kept.fileName()).endsWith(".pdf").doesNotContain("/");
    assertThat(ImageIO.read(new ByteArrayInputStream(uploads.preview(request, kept.id())))).isNotNull();
  }

  /** A small real JPEG whose frame header (SOF0) is changed to declare the given size. */
  private static byte[] jpegDeclaring(int width, int height) {
    byte[] jpeg = image("jpg", 64, 48);
    for (int i = 0; i + 8 < jpeg.length; i++) {
      if ((jpeg[i] & 0xff) == 0xFF && (jpeg[i + 1] & 0xff) == 0xC0) {
        jpeg[i + 5] = (byte) (height >> 8);
        jpeg[i + 6] = (byte) height;
        jpeg[i + 7] = (byte) (width >> 8);
        jpeg[i + 8] = (byte) width;
        return jpeg;
      }
    }
    throw new IllegalStateException("no SOF0 frame header");
  }

  @Test
  void emptyIsRefusedAndNothingStored() {
    assertRefused(newRequest(), "kosong.pdf", new byte[0], Reason.EMPTY, "Berkas kosong");
  }

  @Test
  void damagedPdfIsRefusedAndNothingStored() {
    assertRefused(newRequest(), "rusak.pdf", "%PDF-1.7\nthis is not a PDF at all".getBytes(StandardCharsets.UTF_8),
        Reason.UNREADABLE, "tidak dapat dibuka");
  }

  /**
   * A name with a path, "..", a colon or control characters is cleaned, not refused (visitors upload
   * "laporan..final.pdf" and "C:\\Users\\ani\\KTP.pdf" from ordinary computers): the stored name is a safe base name
   * and the file lands under the request's own folder whatever the name said; a name of which nothing is left is
   * refused and nothing is stored.
   */
  @Test
  void pathTricksInTheNameAreCleanedAndTheFileStaysInItsFolder() throws Exception {
    String request = newRequest();
    String[][] cases = {
        {"../../etc/passwd.pdf", "passwd.pdf"},
        {"..\\..\\windows\\win.ini.pdf", "win.ini.pdf"},
        {"/etc/shadow.pdf", "shadow.pdf"},
        {"surat/../../x.pdf", "x.pdf"},
        {"C:surat.pdf", "C_surat.pdf"},
        {"C:\\Users\\ani\\KTP.pdf", "KTP.pdf"},
        {"a:b.pdf", "a_b.pdf"},
        {"laporan..final.pdf", "laporan.final.pdf"},
        {"surat.pdf\u0000.exe", "surat.pdf.pdf"},
        {".htaccess", "htaccess.pdf"},
        {"surat\r\n.pdf", "surat.pdf"}};
    int version = 0;
    for (String[] c : cases) {
      UploadedFile stored = uploads.upload(request, "INTRODUCTION_LETTER", "Surat pengantar instansi", c[0],
          pdf("isi " + version), "pengguna layanan (portal)");
      assertThat(stored.fileName()).as(c[0]).isEqualTo(c[1]);
      assertThat(stored.version()).isEqualTo(++version);
    }
    Path folder = documentProperties.storageDirectory().resolve("uploads").resolve(request).toAbsolutePath().normalize();
    assertThat(filesOf(request)).hasSize(2 * cases.length) // each file with its page image
        .allSatisfy(f -> assertThat(f.toAbsolutePath().normalize()).startsWith(folder));

    String other = newRequest();
    for (String name : new String[] {"../", "C:\\", "...", " . "}) {
      assertRefused(other, name, pdf("isi"), Reason.BAD_NAME, "Nama berkas tidak dapat dibaca");
    }
  }

  @Test
  void theSameFileTwiceIsKeptOnce() throws Exception {
    String request = newRequest();
    byte[] png = image("png", 400, 300);
    UploadedFile first = uploads.upload(request, "IDENTITY_CARD", "Kartu identitas", "ktp.png", png, "petugas1");
    assertThatThrownBy(() -> uploads.upload(request, "IDENTITY_CARD", "Kartu identitas", "ktp-lagi.png", png,
        "pengguna layanan (portal)"))
        .isInstanceOfSatisfying(UploadRefusedException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.DUPLICATE);
          assertThat(e.httpStatus()).isEqualTo(409);
          assertThat(e.getMessage()).contains("sudah diunggah untuk Kartu identitas (versi 1, diunggah)");
        });
    assertThat(uploads.history(request)).extracting(UploadedFile::id).containsExactly(first.id());
    assertThat(filesOf(request)).hasSize(2); // the file and its page image, once

    // the same file again after a rejection: still refused, with a hint
    uploads.decide(request, first.id(), false, "Foto buram, tidak terbaca", "petugas1");
    assertThatThrownBy(() -> uploads.upload(request, "IDENTITY_CARD", "Kartu identitas", "ktp.png", png, "x"))
        .hasMessageContaining("Versi itu ditolak: unggah berkas yang sudah diperbaiki");
  }

  @Test
  void onlyTheCurrentVersionIsDecidedAndARejectionNeedsAReason() throws Exception {
    String request = newRequest();
    UploadedFile v1 = uploads.upload(request, "SIGNED_AGREEMENT", "Perjanjian", "p.pdf", pdf("v1"), "petugas1");
    assertThatThrownBy(() -> uploads.decide(request, v1.id(), false, " ", "petugas1"))
        .hasMessageContaining("Tulis alasan penolakan");
    UploadedFile rejected = uploads.decide(request, v1.id(), false, "Belum bermeterai", "petugas1");
    assertThat(rejected.status()).isEqualTo(UploadStatus.REJECTED);
    assertThat(rejected.reviewReason()).isEqualTo("Belum bermeterai");
    assertThat(rejected.reviewedBy()).isEqualTo("petugas1");
    UploadedFile v2 = uploads.upload(request, "SIGNED_AGREEMENT", "Perjanjian", "p.pdf", pdf("v2"), "petugas1");
    assertThatThrownBy(() -> uploads.decide(request, v1.id(), true, null, "petugas1"))
        .hasMessageContaining("Hanya versi terbaru");
    assertThat(uploads.decide(request, v2.id(), true, null, "petugas2").status()).isEqualTo(UploadStatus.ACCEPTED);
  }

  @Test
  void retentionRemovesOldUploadsWithTheirFiles() throws Exception {
    String request = newRequest();
    UploadedFile file = uploads.upload(request, "IDENTITY_CARD", "Kartu identitas", "k.pdf", pdf("k"), "petugas1");
    uploads.removeUploadedBefore(file.uploadedAt());
    assertThat(uploads.history(request)).hasSize(1); // uploaded at the cutoff itself: kept
    assertThat(uploads.removeUploadedBefore(Instant.now().plusSeconds(60))).isGreaterThanOrEqualTo(1);
    assertThat(uploads.history(request)).isEmpty();
    assertThat(filesOf(request)).isEmpty();
  }

  private void assertRefused(String request, String name, byte[] bytes, Reason reason, String message) {
    assertThatThrownBy(() -> uploads.upload(request, "INTRODUCTION_LETTER", "Surat pengantar instansi", name, bytes,
        "pengguna layanan (portal)"))
        .as(name)
        .isInstanceOfSatisfying(UploadRefusedException.class, e -> {
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.getMessage()).contains(message);
        });
    assertThat(uploads.history(request)).isEmpty();
    assertThat(filesOf(request)).isEmpty();
  }

  private java.util.List<Path> filesOf(String request) {
    Path dir = documentProperties.storageDirectory().resolve("uploads").resolve(request);
    if (!Files.exists(dir)) {
      return java.util.List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static byte[] pdf(String text) {
    return id.go.bps.pst.document.TestUploads.pdf(text);
  }

  static byte[] image(String format, int width, int height) {
    return id.go.bps.pst.document.TestUploads.image(format, width, height);
  }

  /** A real PNG of one bit per pixel: large in pixels, a few kilobytes as a file, cheap to make. */
  private static byte[] twoColourPng(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
    java.awt.Graphics2D g = image.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(java.awt.Color.BLACK);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
