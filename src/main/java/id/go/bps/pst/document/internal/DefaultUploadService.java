package id.go.bps.pst.document.internal;

import id.go.bps.pst.document.DocumentNotFoundException;
import id.go.bps.pst.document.DocumentStore;
import id.go.bps.pst.document.UploadProperties;
import id.go.bps.pst.document.UploadRefusedException;
import id.go.bps.pst.document.UploadRefusedException.Reason;
import id.go.bps.pst.document.UploadService;
import id.go.bps.pst.document.UploadStatus;
import id.go.bps.pst.document.UploadedFile;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores uploads in the {@link DocumentStore} under {@code uploads/<request>/<type>/v<n>-<sha>-<random>.<ext>} (the
 * visitor's file name is never part of a key), with the page image beside it. Checks run before anything
 * is written; a refused file leaves no row and no bytes.
 */
@Service
class DefaultUploadService implements UploadService {

  private static final Logger LOG = LoggerFactory.getLogger(DefaultUploadService.class);
  private static final String CODE = "[A-Z][A-Z0-9_]{1,39}";
  private static final String REQUEST = "[A-Za-z0-9-]{1,32}";

  private final UploadRecordRepository uploads;
  private final DocumentStore store;
  private final UploadProperties properties;
  private final Clock clock;

  DefaultUploadService(UploadRecordRepository uploads, DocumentStore store, UploadProperties properties, Clock clock) {
    this.uploads = uploads;
    this.store = store;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  @Transactional
  public UploadedFile upload(String requestNumber, String documentCode, String documentName, String originalFileName,
      byte[] bytes, String uploadedBy) {
    if (requestNumber == null || !requestNumber.matches(REQUEST) || documentCode == null || !documentCode.matches(CODE)) {
      throw new UploadRefusedException(Reason.UNKNOWN_TYPE, "Jenis dokumen tidak dikenal untuk permintaan ini.");
    }
    if (bytes == null || bytes.length == 0) {
      throw new UploadRefusedException(Reason.EMPTY,
          "Berkas kosong (0 byte) tidak dapat diterima. Pilih berkas dokumen yang berisi, lalu unggah lagi.");
    }
    long max = properties.maxSize().toBytes();
    if (bytes.length > max) {
      throw new UploadRefusedException(Reason.TOO_LARGE, "Berkas terlalu besar (" + megabytes(bytes.length)
          + "); paling besar " + megabytes(max) + ". Perkecil resolusi pindaian atau simpan sebagai PDF yang lebih kecil.");
    }
    UploadChecks.FileType type = UploadChecks.detect(bytes);
    String fileName = UploadChecks.sanitiseName(originalFileName, type);
    String sha = Sha256.hex(bytes);
    List<UploadRecord> versions = uploads.findByRequestNumberAndDocumentCodeOrderByVersionAsc(requestNumber, documentCode);
    for (UploadRecord v : versions) {
      if (v.getSha256().equals(sha)) {
        throw new UploadRefusedException(Reason.DUPLICATE, "Berkas yang sama persis sudah diunggah untuk "
            + documentName + " (versi " + v.getVersion() + ", " + v.getStatus().label() + "), jadi tidak disimpan dua kali."
            + (v.getStatus() == UploadStatus.REJECTED ? " Versi itu ditolak: unggah berkas yang sudah diperbaiki." : ""));
      }
    }
    UploadChecks.Rendered rendered = UploadChecks.render(bytes, type, properties.maxPixels());
    int version = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).getVersion() + 1;
    // a random part keeps keys unique even if a database is restored without its files, or the reverse
    String key = "uploads/" + requestNumber + "/" + documentCode + "/v" + version + "-" + sha.substring(0, 16) + "-"
        + java.util.UUID.randomUUID().toString().substring(0, 8);
    UploadRecord record = new UploadRecord(requestNumber, documentCode, truncate(documentName, 200), version, fileName,
        type.mediaType, bytes.length, sha, key + "." + type.extension, key + "-halaman.png", rendered.pages(),
        truncate(uploadedBy, 64), clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    try {
      uploads.saveAndFlush(record);
    } catch (DataIntegrityViolationException concurrent) {
      throw new UploadRefusedException(Reason.CONFLICT,
          "Berkas lain untuk dokumen yang sama sedang diunggah bersamaan. Muat ulang halaman dan coba lagi.");
    }
    store.put(record.getStorageKey(), bytes);
    store.put(record.getPreviewKey(), rendered.png());
    LOG.info("upload stored: request {} type {} version {} ({} bytes, {})", requestNumber, documentCode, version,
        bytes.length, type);
    return record.toFile();
  }

  @Override
  @Transactional
  public UploadedFile decide(String requestNumber, long uploadId, boolean accept, String reason, String officer) {
    UploadRecord record = uploads.findByIdAndRequestNumber(uploadId, requestNumber)
        .orElseThrow(() -> new DocumentNotFoundException("Berkas tidak ditemukan pada permintaan ini."));
    List<UploadRecord> versions = uploads.findByRequestNumberAndDocumentCodeOrderByVersionAsc(requestNumber,
        record.getDocumentCode());
    if (versions.get(versions.size() - 1).getVersion() != record.getVersion()) {
      throw new UploadRefusedException(Reason.NOT_ALLOWED,
          "Hanya versi terbaru yang dapat diterima atau ditolak; sudah ada versi yang lebih baru.");
    }
    String why = reason == null ? "" : reason.strip();
    if (!accept && why.length() < 5) {
      throw new UploadRefusedException(Reason.NOT_ALLOWED,
          "Tulis alasan penolakan (paling sedikit 5 karakter) agar pengguna layanan tahu apa yang harus diperbaiki.");
    }
    if (why.length() > 500) {
      throw new UploadRefusedException(Reason.NOT_ALLOWED, "Alasan paling panjang 500 karakter.");
    }
    record.decide(accept ? UploadStatus.ACCEPTED : UploadStatus.REJECTED, why.isEmpty() ? null : why,
        truncate(officer, 64), clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    return record.toFile();
  }

  @Override
  @Transactional(readOnly = true)
  public List<UploadedFile> current(String requestNumber) {
    Map<String, UploadRecord> latest = new LinkedHashMap<>();
    for (UploadRecord r : uploads.findByRequestNumberOrderByIdAsc(requestNumber)) {
      latest.merge(r.getDocumentCode(), r, (a, b) -> b.getVersion() > a.getVersion() ? b : a);
    }
    return latest.values().stream().map(UploadRecord::toFile).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<UploadedFile> history(String requestNumber) {
    List<UploadedFile> all = new ArrayList<>(uploads.findByRequestNumberOrderByIdAsc(requestNumber).stream()
        .map(UploadRecord::toFile).toList());
    all.sort(Comparator.comparing(UploadedFile::uploadedAt).thenComparing(UploadedFile::id));
    return all;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<UploadedFile> find(String requestNumber, long uploadId) {
    return uploads.findByIdAndRequestNumber(uploadId, requestNumber).map(UploadRecord::toFile);
  }

  @Override
  @Transactional(readOnly = true)
  public byte[] content(String requestNumber, long uploadId) {
    return store.get(record(requestNumber, uploadId).getStorageKey());
  }

  @Override
  @Transactional(readOnly = true)
  public byte[] preview(String requestNumber, long uploadId) {
    return store.get(record(requestNumber, uploadId).getPreviewKey());
  }

  @Override
  @Transactional
  public int removeUploadedBefore(Instant cutoff) {
    List<UploadRecord> expired = uploads.findByUploadedAtBefore(cutoff);
    for (UploadRecord r : expired) {
      store.delete(r.getStorageKey());
      store.delete(r.getPreviewKey());
      uploads.delete(r);
    }
    if (!expired.isEmpty()) {
      LOG.info("retention: removed {} uploaded files stored before {}", expired.size(), cutoff);
    }
    return expired.size();
  }

  private UploadRecord record(String requestNumber, long uploadId) {
    return uploads.findByIdAndRequestNumber(uploadId, requestNumber)
        .orElseThrow(() -> new DocumentNotFoundException("Berkas tidak ditemukan pada permintaan ini."));
  }

  static String megabytes(long bytes) {
    return String.format(Locale.forLanguageTag("id-ID"), "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private static String truncate(String s, int max) {
    String v = s == null ? "" : s;
    return v.length() <= max ? v : v.substring(0, max);
  }
}
