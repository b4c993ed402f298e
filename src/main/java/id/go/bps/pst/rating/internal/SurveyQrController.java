package id.go.bps.pst.rating.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.identity.AccessControl;
import id.go.bps.pst.identity.PstGroups;
import java.util.Map;
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

  /** The QR code of the text as an SVG document (one path of unit squares, 4 modules quiet zone). */
  static String svg(String text) {
    BitMatrix m;
    try {
      m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
    } catch (WriterException e) {
      throw new IllegalStateException("QR code cannot hold " + text.length() + " characters", e);
    }
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        if (m.get(x, y)) {
          path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
        + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"Kode QR survei kepuasan\">"
        + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
  }
}
