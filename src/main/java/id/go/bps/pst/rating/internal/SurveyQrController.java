package id.go.bps.pst.rating.internal;

import id.go.bps.pst.common.Unit;
import id.go.bps.pst.common.UnitDirectory;
import id.go.bps.pst.identity.ReportScope;
import id.go.bps.pst.identity.ReportScopes;
import org.springframework.web.bind.annotation.RequestParam;
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
  private final ReportScopes scopes;
  private final UnitDirectory units;
  private final String surveyUrl;

  SurveyQrController(AccessControl access, ReportScopes scopes, UnitDirectory units,
      @Value("${pst.public-base-url:http://localhost:8080}") String publicBaseUrl) {
    this.access = access;
    this.scopes = scopes;
    this.units = units;
    this.surveyUrl = (publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
        : publicBaseUrl) + "/skm";
  }

  @GetMapping("/laporan/skm/kode-qr")
  String page(@RequestParam(name = "unit", required = false) String unitCode, Model model) {
    ReportScope scope = scopes.of(access.requireAnyGroup(PstGroups.SUPERVISOR, PstGroups.AUDITOR), unitCode);
    Unit unit = scope.heading();
    // the default unit's survey keeps its short address; another unit's names the unit
    String url = unit.equals(units.defaultUnit()) ? surveyUrl : surveyUrl + "?unit=" + unit.code();
    model.addAttribute("unit", unit);
    model.addAttribute("url", url);
    model.addAttribute("qrSvg", svg(url));
    return "rating/qr";
  }

  /** The QR code of the text as an SVG document (common.web.QrSvg). */
  static String svg(String text) {
    return id.go.bps.pst.common.web.QrSvg.of(text, "Kode QR survei kepuasan");
  }
}
