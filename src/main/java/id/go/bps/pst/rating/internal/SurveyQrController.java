package id.go.bps.pst.rating.internal;

import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.identity.AccessControl;
import id.go.bps.pst.identity.PstGroups;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A printable page for the supervisor with the QR code of the stand-alone survey ({@code /skm}), to
 * put up at the counter. The QR code is drawn as inline SVG (crisp on paper).
 */
@Controller
class SurveyQrController {

  private final AccessControl access;
  private final UnitProperties unit;
  private final String surveyUrl;

  SurveyQrController(AccessControl access, UnitProperties unit,
      @Value("${pst.public-base-url:http://localhost:8080}") String publicBaseUrl) {
    this.access = access;
    this.unit = unit;
    this.surveyUrl = (publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
        : publicBaseUrl) + "/skm";
  }

  @GetMapping("/laporan/skm/kode-qr")
  String page(Model model) {
    access.requireAnyGroup(PstGroups.SUPERVISOR, PstGroups.AUDITOR);
    model.addAttribute("unit", unit);
    model.addAttribute("url", surveyUrl);
    model.addAttribute("qrSvg", svg(surveyUrl));
    return "rating/qr";
  }

  /** The QR code of the text as an SVG document (common.web.QrSvg). */
  static String svg(String text) {
    return id.go.bps.pst.common.web.QrSvg.of(text, "Kode QR survei kepuasan");
  }
}
