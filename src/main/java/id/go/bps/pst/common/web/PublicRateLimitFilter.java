package id.go.bps.pst.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bps.pst.common.web.PublicRateLimits.Rule;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits of the public, anonymous endpoints that cost us work or could be used to probe for people: the
 * kiosk's lookup and registration, the anonymous quote and the public complaint form. Over the limit the
 * answer is 429 with {@code Retry-After} and an Indonesian message: problem details under {@code /api},
 * a small page otherwise. The client is the servlet's remote address (behind a proxy set
 * {@code server.forward-headers-strategy=native}), an IPv6 address counted by its /64 network
 * ({@link ClientAddresses}).
 */
public class PublicRateLimitFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(PublicRateLimitFilter.class);

  private final PublicRateLimits limits;
  private final ObjectMapper objectMapper;

  public PublicRateLimitFilter(PublicRateLimits limits, ObjectMapper objectMapper) {
    this.limits = limits;
    this.objectMapper = objectMapper;
  }

  static Optional<Rule> rule(String method, String path) {
    if (!"POST".equals(method)) {
      return Optional.empty();
    }
    return switch (path) {
      case "/kiosk/cari", "/kiosk/kode" -> Optional.of(Rule.KIOSK_LOOKUP);
      case "/kiosk" -> Optional.of(Rule.KIOSK_REGISTRATION);
      case "/api/quotes" -> Optional.of(Rule.QUOTE);
      case "/pengaduan", "/pengaduan/lacak/tanggapan" -> Optional.of(Rule.COMPLAINT);
      default -> Optional.empty();
    };
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // the container-normalised path (decoded, without ";" path parameters), as Spring MVC matches it
    String path = (request.getServletPath() == null ? "" : request.getServletPath())
        + (request.getPathInfo() == null ? "" : request.getPathInfo());
    Optional<Rule> rule = rule(request.getMethod(), path.endsWith("/") && path.length() > 1
        ? path.substring(0, path.length() - 1) : path);
    Optional<Duration> wait = rule.flatMap(r -> limits.tryAcquire(r, ClientAddresses.key(request.getRemoteAddr())));
    if (wait.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
    String message = "Terlalu banyak permintaan dari perangkat ini. Silakan coba lagi dalam " + minutes + " menit.";
    LOG.warn("Rate limit {} reached on {} {}", rule.get(), request.getMethod(),
        InputProblemHandler.withoutSecrets(path));
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds())));
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (path.startsWith("/api/")) {
      ProblemDetail problem = ProblemDetails.of(HttpStatus.TOO_MANY_REQUESTS, message);
      problem.setInstance(java.net.URI.create(path));
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      objectMapper.writeValue(response.getOutputStream(), problem);
    } else {
      response.setContentType(MediaType.TEXT_HTML_VALUE);
      response.getWriter().write("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"UTF-8\">"
          + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
          + "<title>Terlalu banyak permintaan</title></head><body style=\"font-family:sans-serif;max-width:40rem;"
          + "margin:2rem auto\"><h1>Terlalu banyak permintaan</h1><p id=\"problem\">" + message + "</p>"
          + "<p><a href=\"javascript:history.back()\">Kembali</a></p></body></html>");
    }
  }
}
