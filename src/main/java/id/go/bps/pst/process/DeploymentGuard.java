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
 * API (what Camunda Modeler's "Deploy" calls) that the application cannot run ({@link ModelCheck}). Before any
 * check, a caller without Camunda's {@code CREATE} permission on deployments (only administrators,
 * {@code camunda-admin}, have it) gets 403: the engine would refuse them anyway, and a model's problems are
 * not theirs to read.
 */
class DeploymentGuard extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(DeploymentGuard.class);
  private static final Pattern CREATE = Pattern.compile("/engine-rest(?:/engine/[^/]+)?/deployment/create/?");

  static final String NOT_ADMIN = "Hanya administrator (camunda-admin) yang dapat menerapkan model.";

  private final ModelCheck check;
  private final org.camunda.bpm.engine.ProcessEngine engine;

  DeploymentGuard(ModelCheck check, org.camunda.bpm.engine.ProcessEngine engine) {
    this.check = check;
    this.engine = engine;
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
    var user = id.go.bps.pst.identity.EngineApiUsers.userId(request, engine);
    if (user.isPresent() && !mayDeploy(user.get(), List.copyOf(id.go.bps.pst.identity.EngineApiUsers.groups(request, engine)))) {
      LOG.warn("Refused deployment by {}: no CREATE permission on deployments", user.get());
      TaskCompletionGuard.write(response, 403, "AuthorizationException", NOT_ADMIN);
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    Map<String, byte[]> resources = new LinkedHashMap<>();
    String tenant = null;
    try {
      MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(body, request.getContentType()));
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        if (part.getFileName() != null) {
          resources.put(part.getFileName(), part.getInputStream().readAllBytes());
        } else if (TENANT_PART.equals(partName(part))) {
          tenant = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        }
      }
    } catch (MessagingException unreadable) {
      chain.doFilter(new TaskCompletionGuard.CachedBodyRequest(request, body), response); // the engine answers
      return;
    }
    if (tenant != null && !tenant.isEmpty()) {
      LOG.warn("Refused deployment of {} for tenant {}: definitions are shared by every unit", resources.keySet(),
          tenant.replaceAll("[^A-Za-z0-9_-]", "?"));
      TaskCompletionGuard.write(response, 400, "InvalidRequestException", perUnit(tenant));
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

  /** The multipart field Camunda Modeler sends when its "Tenant ID" is filled in. */
  static final String TENANT_PART = "tenant-id";

  /**
   * Why a deployment for one unit is refused: the sale's models, decisions and forms are shared by every unit (each
   * sale still belongs to its unit's tenant); a unit's own version would be accepted by the engine and then either
   * never used (the kiosk, the counter page and REST start the shared process) or started from Tasklist without the
   * decisions and forms it calls, which exist only shared.
   */
  static String perUnit(String tenant) {
    String shown = tenant.length() > 20 ? tenant.substring(0, 20) + "…" : tenant;
    return "Penerapan ditolak: penerapan untuk satu unit (Tenant ID «" + shown.replaceAll("[<>{}]", "?")
        + "») tidak didukung. Model, tabel keputusan dan formulir berlaku bersama untuk semua unit; setiap "
        + "permintaan tetap tercatat di unitnya. Kosongkan isian Tenant ID di Camunda Modeler lalu terapkan lagi. "
        + "Yang dapat berbeda per unit: katalog produk, produk yang tidak dijual, hari libur, pengirim surel "
        + "(README \"Units (tenants)\").";
  }

  private static String partName(BodyPart part) throws MessagingException {
    String[] disposition = part.getHeader("Content-Disposition");
    if (disposition == null || disposition.length == 0) {
      return null;
    }
    try {
      return new jakarta.mail.internet.ContentDisposition(disposition[0]).getParameter("name");
    } catch (jakarta.mail.internet.ParseException unreadable) {
      return null;
    }
  }

  /** Camunda's own check of a deployment: {@code CREATE} on {@code DEPLOYMENT}. */
  private boolean mayDeploy(String user, List<String> groups) {
    return id.go.bps.pst.identity.WithoutAuthentication.call(engine.getIdentityService(),
        () -> engine.getAuthorizationService().isUserAuthorized(user, groups,
            org.camunda.bpm.engine.authorization.Permissions.CREATE,
            org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT));
  }
}
