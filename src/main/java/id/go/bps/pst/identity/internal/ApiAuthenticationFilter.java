package id.go.bps.pst.identity.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bps.pst.identity.AccessControl;
import id.go.bps.pst.identity.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import id.go.bps.pst.identity.PstGroups;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Requires an authenticated Camunda user for every request under {@code /api/}, except the
 * configured public paths. Accepts HTTP Basic (checked with {@link IdentityService#checkPassword},
 * which applies the engine's login throttling) or the session of a user logged in to the Camunda
 * webapps. While the request runs, the engine's authentication is set to that user, so engine
 * calls obey the user's authorizations; it is cleared afterwards.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

  static final String API_PREFIX = "/api/";
  /** Staff report pages (reconciliation, queue, audit): login required like /api. */
  static final String STAFF_PAGES_PREFIX = "/laporan/";
  /**
   * Spring Boot Actuator: every endpoint needs a login of one of {@link #ACTUATOR_GROUPS}, except the
   * health probes for the load balancer, which anyone may read (without details: Boot shows details
   * only to a request whose user is in a role of {@code management.endpoint.health.roles}).
   */
  static final String ACTUATOR_PREFIX = "/actuator";
  static final List<String> ACTUATOR_GROUPS = List.of(PstGroups.SUPERVISOR, PstGroups.CAMUNDA_ADMIN);
  static final List<PathPattern> PUBLIC_ACTUATOR_PATHS = Stream.of("/actuator/health", "/actuator/health/**")
      .map(PathPatternParser.defaultInstance::parse).toList();

  private final ProcessEngine engine;
  private final ObjectMapper objectMapper;
  private final List<PathPattern> publicPaths;
  private final String realm;

  ApiAuthenticationFilter(ProcessEngine engine, ObjectMapper objectMapper, IdentityProperties properties) {
    this.engine = engine;
    this.objectMapper = objectMapper;
    this.publicPaths = properties.publicApiPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
    this.realm = properties.realm();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = pathWithinApplication(request);
    if (path.equals(ACTUATOR_PREFIX) || path.startsWith(ACTUATOR_PREFIX + "/")) {
      actuator(request, response, chain, path);
      return;
    }
    if (!requiresAuthentication(path)) {
      chain.doFilter(request, response);
      return;
    }
    if (isCrossSiteWrite(request)) {
      writeJson(objectMapper, response, HttpServletResponse.SC_FORBIDDEN,
          "Anda tidak berwenang: permintaan dari situs lain ditolak.");
      return;
    }
    String header = request.getHeader("Authorization");
    Optional<String> userId;
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      userId = basicUser(header.substring(6).trim());
      if (userId.isEmpty()) {
        writeUnauthorized(response, "Nama pengguna atau kata sandi salah.");
        return;
      }
    } else {
      userId = WebappSessionUsers.userId(request, engine);
      if (userId.isEmpty()) {
        writeUnauthorized(response, "Anda belum masuk. Silakan masuk dengan akun petugas Anda.");
        return;
      }
    }
    IdentityService identityService = engine.getIdentityService();
    CurrentUser user = loadUser(identityService, userId.get());
    Optional<String> refused = RouteAuthorization.refusal(request.getMethod(), path, user);
    if (refused.isPresent()) {
      writeJson(objectMapper, response, HttpServletResponse.SC_FORBIDDEN, refused.get());
      return;
    }
    request.setAttribute(AccessControl.REQUEST_ATTRIBUTE, user);
    identityService.setAuthentication(user.userId(), List.copyOf(user.groups()), user.tenants());
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /**
   * Actuator requests: group check only, without the engine authentication of /api (health and metrics
   * count across the whole engine). The user is handed on as the request's principal with the groups
   * as roles, which is what Boot's actuator reads when it decides to show health details.
   */
  private void actuator(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String path)
      throws ServletException, IOException {
    PathContainer container = PathContainer.parsePath(path);
    boolean publicProbe = PUBLIC_ACTUATOR_PATHS.stream().anyMatch(pattern -> pattern.matches(container));
    String header = request.getHeader("Authorization");
    boolean basic = header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    Optional<String> userId = basic ? basicUser(header.substring(6).trim()) : WebappSessionUsers.userId(request, engine);
    if (basic && userId.isEmpty()) {
      writeUnauthorized(response, "Nama pengguna atau kata sandi salah.");
      return;
    }
    if (userId.isEmpty()) {
      if (publicProbe) {
        chain.doFilter(request, response);
      } else {
        writeUnauthorized(response, "Anda belum masuk. Silakan masuk dengan akun koordinator atau admin.");
      }
      return;
    }
    CurrentUser user = loadUser(engine.getIdentityService(), userId.get());
    if (!publicProbe && !user.isMemberOfAny(ACTUATOR_GROUPS.toArray(String[]::new))) {
      writeJson(objectMapper, response, HttpServletResponse.SC_FORBIDDEN,
          "Anda tidak berwenang: pemantauan hanya untuk koordinator PST (supervisor) dan admin.");
      return;
    }
    chain.doFilter(new HttpServletRequestWrapper(request) {
      @Override
      public Principal getUserPrincipal() {
        return user::userId;
      }

      @Override
      public String getRemoteUser() {
        return user.userId();
      }

      @Override
      public boolean isUserInRole(String role) {
        return user.isMemberOfAny(role);
      }
    }, response);
  }

  boolean requiresAuthentication(String path) {
    boolean api = path.startsWith(API_PREFIX) || path.equals("/api");
    boolean staffPage = path.startsWith(STAFF_PAGES_PREFIX) || path.equals("/laporan");
    if (!api && !staffPage) {
      return false;
    }
    PathContainer container = PathContainer.parsePath(path);
    return publicPaths.stream().noneMatch(pattern -> pattern.matches(container));
  }

  /**
   * A state-changing request that a browser sent from another site (CSRF: the browser would add
   * the webapp session cookie or cached Basic credentials by itself). Non-browser clients send
   * neither {@code Sec-Fetch-Site} nor {@code Origin} and are not affected.
   */
  static boolean isCrossSiteWrite(HttpServletRequest request) {
    String method = request.getMethod();
    if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method)) {
      return false;
    }
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null) {
      return "cross-site".equalsIgnoreCase(fetchSite);
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return false;
    }
    String host = request.getHeader("Host");
    try {
      return host == null || !host.equalsIgnoreCase(java.net.URI.create(origin).getRawAuthority());
    } catch (IllegalArgumentException malformedOrigin) {
      return true;
    }
  }

  /** The container-normalised path (decoded, without path parameters or ".."), as Spring MVC sees it. */
  private static String pathWithinApplication(HttpServletRequest request) {
    String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
    String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
    return servletPath + pathInfo;
  }

  /** The user whose Basic credentials are valid; empty when they are malformed or wrong. */
  private Optional<String> basicUser(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String userId = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    return engine.getIdentityService().checkPassword(userId, password) ? Optional.of(userId) : Optional.empty();
  }

  private static CurrentUser loadUser(IdentityService identityService, String userId) {
    Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
    List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
        .list().stream().map(Tenant::getId).toList();
    return new CurrentUser(userId, groups, tenants);
  }

  private void writeUnauthorized(HttpServletResponse response, String message) throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
    writeJson(objectMapper, response, HttpServletResponse.SC_UNAUTHORIZED, message);
  }

  /** The refusal as problem details (RFC 9457), the error shape of all our /api routes. */
  static void writeJson(ObjectMapper objectMapper, HttpServletResponse response, int status, String message)
      throws IOException {
    org.springframework.http.ProblemDetail body =
        id.go.bps.pst.common.web.ProblemDetails.of(org.springframework.http.HttpStatus.valueOf(status), message);
    response.setStatus(status);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), body);
  }
}
