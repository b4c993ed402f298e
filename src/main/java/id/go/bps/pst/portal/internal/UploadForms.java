package id.go.bps.pst.portal.internal;

import id.go.bps.pst.document.UploadProperties;
import id.go.bps.pst.document.UploadRefusedException;
import id.go.bps.pst.document.UploadedFile;
import id.go.bps.pst.process.VisitorUploads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** What the visitor's surfaces and the officer's page share about uploads: reading the form, the JSON rows. */
@Component
class UploadForms {

  private final VisitorUploads uploads;
  private final UploadProperties properties;

  UploadForms(VisitorUploads uploads, UploadProperties properties) {
    this.uploads = uploads;
    this.properties = properties;
  }

  /** Stores the submitted file for one document type; refused with an Indonesian message when there is none. */
  UploadedFile store(String requestNumber, String code, MultipartFile file, String uploadedBy) {
    if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
      throw new UploadRefusedException(UploadRefusedException.Reason.EMPTY, "Pilih berkas yang akan diunggah.");
    }
    try {
      return uploads.upload(requestNumber, code == null ? "" : code, file.getOriginalFilename(), file.getBytes(),
          uploadedBy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean open(String requestNumber) {
    return uploads.open(requestNumber);
  }

  /** "Unggahan berhasil" text for a slot after a successful upload. */
  String done(String requestNumber, String code) {
    return uploads.slot(requestNumber, code).filter(s -> s.current() != null)
        .map(s -> s.name() + " berhasil diunggah (versi " + s.current().version() + "). Petugas PST akan memeriksanya.")
        .orElse(null);
  }

  /** The limit as people read it, e.g. "10 MB". */
  String limitText() {
    long mb = properties.maxSize().toMegabytes();
    return mb >= 1 ? mb + " MB" : properties.maxSize().toKilobytes() + " KB";
  }

  /** The slots as JSON rows for the visitor screen (no links to files: the visitor sees status only). */
  List<Map<String, Object>> rows(String requestNumber) {
    return uploads.slots(requestNumber).stream().map(s -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("code", s.code());
      row.put("name", s.name());
      row.put("hint", s.hint());
      row.put("required", s.required());
      row.put("status", s.statusCode());
      row.put("statusLabel", s.statusLabel());
      if (s.current() != null) {
        row.put("version", s.current().version());
        row.put("fileName", s.current().fileName());
        row.put("reason", id.go.bps.pst.common.web.PlainText.of(s.current().reviewReason())); // as people read it, no tags
      }
      return row;
    }).toList();
  }
}
