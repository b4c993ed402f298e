package id.go.bps.pst.document.internal;

import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.common.IndonesianFormat;
import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.DocumentService;
import id.go.bps.pst.document.DocumentVerification;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public page behind the QR code: number, date, amount, status and the holder's name only. */
@Controller
public class VerificationController {

  private final DocumentService documents;
  private final UnitProperties unit;
  private final org.springframework.beans.factory.ObjectProvider<id.go.bps.pst.common.UnitDirectory> units;
  private final org.springframework.beans.factory.ObjectProvider<id.go.bps.pst.common.web.VisitorText> text;

  public VerificationController(DocumentService documents, UnitProperties unit,
      org.springframework.beans.factory.ObjectProvider<id.go.bps.pst.common.UnitDirectory> units,
      org.springframework.beans.factory.ObjectProvider<id.go.bps.pst.common.web.VisitorText> text) {
    this.text = text;
    this.documents = documents;
    this.unit = unit;
    this.units = units;
  }

  @GetMapping("/verifikasi/{code}")
  public String verify(@PathVariable String code, Model model, HttpServletResponse response) {
    model.addAttribute("unitName", unit.name());
    Optional<DocumentVerification> found = documents.verify(code);
    if (found.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      return "document/not-found";
    }
    DocumentVerification v = found.get();
    // the document's own unit (its request's), as on its letterhead; the default unit for older records
    java.time.ZoneId zone = unit.zoneId();
    id.go.bps.pst.common.UnitDirectory directory = units.getIfAvailable();
    var own = directory == null ? java.util.Optional.<id.go.bps.pst.common.Unit>empty() : directory.find(v.unitCode());
    if (own.isPresent()) {
      model.addAttribute("unitName", own.get().name());
      zone = own.get().zoneId();
    }
    id.go.bps.pst.common.web.VisitorText words = text.getIfAvailable();
    java.util.Locale locale = words == null ? null : words.locale();
    model.addAttribute("kind", words == null ? v.kind().label() : words.label(v.kind()));
    model.addAttribute("number", v.number());
    model.addAttribute("version", v.version());
    model.addAttribute("date", v.documentDate() == null ? ""
        : IndonesianFormat.date(v.documentDate().atZone(zone).toLocalDate(), locale));
    boolean money = v.kind() == DocumentKind.INVOICE || v.kind() == DocumentKind.RECEIPT;
    model.addAttribute("amount", money && v.amount() != null ? IndonesianFormat.rupiah(v.amount()) : null);
    model.addAttribute("holderName", v.holderName());
    model.addAttribute("status", v.status().name());
    model.addAttribute("statusText", words == null ? statusText(v)
        : words.text("verify.status." + v.status().name(), v.replacedByVersion()));
    return "document/verification";
  }

  static String statusText(DocumentVerification v) {
    return switch (v.status()) {
      case VALID -> "Sah";
      case REPLACED -> "Diganti oleh versi " + v.replacedByVersion();
      case CANCELLED -> "Dibatalkan";
    };
  }
}
