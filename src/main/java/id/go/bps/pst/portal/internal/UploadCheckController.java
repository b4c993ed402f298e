package id.go.bps.pst.portal.internal;

import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.document.DocumentNotFoundException;
import id.go.bps.pst.document.UploadRefusedException;
import id.go.bps.pst.document.UploadService;
import id.go.bps.pst.document.UploadedFile;
import id.go.bps.pst.identity.AccessControl;
import id.go.bps.pst.identity.CurrentUser;
import id.go.bps.pst.identity.PstGroups;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.SaleRequest;
import id.go.bps.pst.process.VisitorUploads;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The officer's page for the files of one request ({@code /laporan/berkas/{number}}, staff login): each
 * document type against its requirement with the page image of its current file, accept or reject (with a
 * reason) the current version, upload a scan of paper brought to the counter, and every version with who,
 * when and SHA-256. The original is only ever served as a download (attachment, nosniff, sandboxed); staff
 * look at the PNG page image rendered when the file was stored. Officers and the supervisor act; the treasurer (proof of transfer) and auditors read.
 * The page also lists the documents issued for the request (invoice, receipt, ...) to open and print: the
 * treasurer prints the receipt from here once its job has made it after "Buat dan berikan kuitansi".
 */
@Controller
class UploadCheckController {

  static final String BASE = "/laporan/berkas/";
  private static final String[] ACTORS = {PstGroups.PETUGAS, PstGroups.SUPERVISOR};
  /** The treasurer reads too: she verifies the proof of a transfer from abroad (task "Verifikasi bukti transfer"). */
  private static final String[] READERS = {PstGroups.PETUGAS, PstGroups.BENDAHARA, PstGroups.SUPERVISOR,
      PstGroups.AUDITOR};

  private final AccessControl access;
  private final OrderService orders;
  private final VisitorUploads uploads;
  private final UploadService files;
  private final UploadForms forms;
  private final UnitProperties unit;
  private final id.go.bps.pst.document.DocumentService documents;

  UploadCheckController(AccessControl access, OrderService orders, VisitorUploads uploads, UploadService files,
      UploadForms forms, UnitProperties unit, id.go.bps.pst.document.DocumentService documents) {
    this.documents = documents;
    this.access = access;
    this.orders = orders;
    this.uploads = uploads;
    this.files = files;
    this.forms = forms;
    this.unit = unit;
  }

  @GetMapping(BASE + "{requestNumber}")
  String page(@PathVariable String requestNumber, @RequestParam(name = "pesan", required = false) String notice,
      Model model) {
    CurrentUser user = access.requireAnyGroup(READERS);
    fill(model, requestNumber, user);
    if (notice != null) {
      model.addAttribute("notice", switch (notice) {
        case "diunggah" -> "Berkas tersimpan.";
        case "diterima" -> "Berkas diterima.";
        case "ditolak" -> "Berkas ditolak; pengguna layanan melihat alasannya di portal dan di layar loket.";
        default -> null;
      });
    }
    return "portal/uploads-check";
  }

  /** The PNG page image of a file (never the file itself inline). */
  @GetMapping(BASE + "{requestNumber}/{uploadId}/halaman.png")
  ResponseEntity<byte[]> pageImage(@PathVariable String requestNumber, @PathVariable long uploadId) {
    access.requireAnyGroup(READERS);
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_PNG)
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .cacheControl(CacheControl.noStore())
        .body(files.preview(requestNumber, uploadId));
  }

  /** The original file, as a download only. */
  @GetMapping(BASE + "{requestNumber}/{uploadId}/unduh")
  ResponseEntity<byte[]> download(@PathVariable String requestNumber, @PathVariable long uploadId) {
    access.requireAnyGroup(READERS);
    UploadedFile file = files.find(requestNumber, uploadId)
        .orElseThrow(() -> new DocumentNotFoundException("Berkas tidak ditemukan pada permintaan ini."));
    String name = requestNumber + "-" + file.documentCode().toLowerCase(java.util.Locale.ROOT) + "-v" + file.version()
        + "-" + file.fileName();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .cacheControl(CacheControl.noStore())
        .body(files.content(requestNumber, uploadId));
  }

  /** The officer uploads a scan of a paper document brought to the counter. */
  @PostMapping(path = BASE + "{requestNumber}/unggah", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String upload(@PathVariable String requestNumber, @RequestParam(name = "jenis", required = false) String code,
      @RequestParam(name = "berkas", required = false) MultipartFile file, HttpServletResponse response, Model model) {
    CurrentUser officer = access.requireAnyGroup(ACTORS);
    requireRequest(requestNumber);
    try {
      forms.store(requestNumber, code, file, officer.userId());
      return redirect(requestNumber, "diunggah", code);
    } catch (UploadRefusedException e) {
      return refused(e, requestNumber, officer, code, response, model);
    }
  }

  /** Accept or reject (with a reason) the current version of a document type. */
  @PostMapping(BASE + "{requestNumber}/{uploadId}/keputusan")
  String decide(@PathVariable String requestNumber, @PathVariable long uploadId,
      @RequestParam(name = "keputusan", required = false) String decision,
      @RequestParam(name = "alasan", required = false) String reason, HttpServletResponse response, Model model) {
    CurrentUser officer = access.requireAnyGroup(ACTORS);
    requireRequest(requestNumber);
    String code = files.find(requestNumber, uploadId).map(UploadedFile::documentCode).orElse(null);
    try {
      if (!"TERIMA".equals(decision) && !"TOLAK".equals(decision)) {
        throw new UploadRefusedException(UploadRefusedException.Reason.NOT_ALLOWED, "Pilih terima atau tolak.");
      }
      if (id.go.bps.pst.document.UploadService.TRANSFER_PROOF.equals(code)) {
        // the treasurer's to judge, with the amount received, in the task that records the payment
        throw new UploadRefusedException(UploadRefusedException.Reason.NOT_ALLOWED, "Bukti transfer diperiksa oleh "
            + "bendahara pada tugas «Verifikasi bukti transfer», bersama jumlah yang diterima; keputusannya dicatat "
            + "di sana, bukan di halaman berkas.");
      }
      boolean accept = "TERIMA".equals(decision);
      uploads.decide(requestNumber, uploadId, accept, reason, officer.userId());
      return redirect(requestNumber, accept ? "diterima" : "ditolak", code);
    } catch (UploadRefusedException e) {
      return refused(e, requestNumber, officer, code, response, model);
    }
  }

  @ExceptionHandler(DocumentNotFoundException.class)
  String notFound(HttpServletResponse response, Model model) {
    response.setStatus(404);
    model.addAttribute("title", "Tidak ditemukan");
    model.addAttribute("message", "Berkas ini tidak ada pada permintaan ini.");
    return "portal/refused";
  }

  private String refused(UploadRefusedException e, String requestNumber, CurrentUser user, String code,
      HttpServletResponse response, Model model) {
    response.setStatus(e.httpStatus() == 409 ? 409 : e.httpStatus() == 413 ? 413 : 400);
    fill(model, requestNumber, user);
    model.addAttribute("error", e.getMessage());
    model.addAttribute("errorCode", code);
    return "portal/uploads-check";
  }

  private static String redirect(String requestNumber, String notice, String code) {
    return "redirect:" + BASE + requestNumber + "?pesan=" + notice
        + (code == null ? "" : "#berkas-" + URLEncoder.encode(code, StandardCharsets.UTF_8));
  }

  private SaleRequest requireRequest(String requestNumber) {
    return orders.find(requestNumber).orElseThrow(
        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Permintaan " + requestNumber + " tidak ditemukan."));
  }

  private void fill(Model model, String requestNumber, CurrentUser user) {
    SaleRequest request = requireRequest(requestNumber);
    model.addAttribute("request", request);
    model.addAttribute("unit", unit);
    model.addAttribute("base", BASE + requestNumber);
    model.addAttribute("slots", uploads.slots(requestNumber));
    model.addAttribute("versions", files.history(requestNumber));
    model.addAttribute("documents", documents.find(requestNumber));
    model.addAttribute("canAct", user.isMemberOfAny(ACTORS) || user.isMemberOfAny(PstGroups.CAMUNDA_ADMIN));
    model.addAttribute("open", uploads.open(requestNumber));
    model.addAttribute("uploadLimit", forms.limitText());
  }
}
