package id.go.bps.pst.process;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with HTTP 400 and a message naming what is missing, a deployment through the engine's REST
 * API (what Camunda Modeler's "Deploy" calls) that the application cannot run ({@link ModelCheck}).
 */
class DeploymentGuard extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(DeploymentGuard.class);
  private static final Pattern CREATE = Pattern.compile("/engine-rest(?:/engine/[^/]+)?/deployment/create/?");

  private final ModelCheck check;

  DeploymentGuard(ModelCheck check) {
    this.check = check;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!"POST".equals(request.getMethod()) || !CREATE.matcher(path).matches() || request.getContentType() == null
        || !request.getContentType().toLowerCase().startsWith("multipart/")) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    Map<String, byte[]> resources = new LinkedHashMap<>();
    try {
      MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(body, request.getContentType()));
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        if (part.getFileName() != null) {
          resources.put(part.getFileName(), part.getInputStream().readAllBytes());
        }
      }
    } catch (MessagingException unreadable) {
      chain.doFilter(new TaskCompletionGuard.CachedBodyRequest(request, body), response); // the engine answers
      return;
    }
    List<String> problems = check.problems(resources);
    if (!problems.isEmpty()) {
      LOG.warn("Refused deployment of {}: {}", resources.keySet(), problems);
      TaskCompletionGuard.write(response, 400, "InvalidRequestException",
          "Penerapan ditolak: " + String.join(" ", problems));
      return;
    }
    chain.doFilter(new TaskCompletionGuard.CachedBodyRequest(request, body), response);
  }
}
