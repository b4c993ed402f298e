package id.go.bps.pst.common.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The links of the language switch ({@code templates/common/lang.html}): the same page again with
 * {@code lang=en} or {@code lang=id}, its other query parameters kept. A page answering a form post links to the
 * GET page its template names (a post is never repeated); an error page to the address that failed, when that
 * was a GET. Links are relative to the host (no Host header is echoed).
 */
@Component("languageSwitch")
public class LanguageSwitch {

  /** The current page (a GET) with {@code lang}; null when the current request is not a GET. */
  public String url(String lang) {
    HttpServletRequest request = current();
    if (request == null || !"GET".equals(request.getMethod())) {
      return null;
    }
    Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = failed instanceof String uri ? uri : request.getRequestURI();
    return with(path, request.getQueryString(), lang);
  }

  /**
   * {@code target} (a path with an optional query, e.g. {@code /pengaduan/lacak?kode=...}) with {@code lang};
   * the current page when target is null.
   */
  public String url(String target, String lang) {
    if (target == null || target.isBlank()) {
      return url(lang);
    }
    int q = target.indexOf('?');
    return q < 0 ? with(target, null, lang) : with(target.substring(0, q), target.substring(q + 1), lang);
  }

  static String with(String path, String query, String lang) {
    List<String> kept = new ArrayList<>();
    if (query != null) {
      for (String pair : query.split("&")) {
        if (!pair.isEmpty() && !pair.equals("lang") && !pair.startsWith("lang=")) {
          kept.add(pair);
        }
      }
    }
    kept.add("lang=" + URLEncoder.encode("en".equals(lang) ? "en" : "id", StandardCharsets.UTF_8));
    return path + "?" + String.join("&", kept);
  }

  private static HttpServletRequest current() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest() : null;
  }
}
