package id.go.bps.pst.identity.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bps.pst.common.web.ProblemDetails;
import id.go.bps.pst.identity.PstGroups;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security for the whole application: who is calling (authentication), which routes they may use (roles),
 * CSRF and security headers. Two filter chains:
 * <ol>
 * <li>{@code /camunda/**} (Tasklist, Cockpit, Admin) and {@code /engine-rest/**}: Camunda keeps its own login
 * (the webapps' login page and session; HTTP Basic through Camunda's filter for the REST API), its own CSRF filter
 * (the webapps' {@code X-XSRF-TOKEN}) and its own Content-Security-Policy; Spring Security adds only the headers
 * Camunda does not set (frame options, referrer policy, HSTS on HTTPS).</li>
 * <li>everything else, our routes: HTTP Basic or the Camunda webapp login ({@link CamundaUsers},
 * {@link WebappSessionAuthenticationFilter}), the roles of {@link #ROUTES}, Spring's CSRF tokens, Spring's default
 * headers plus a Content-Security-Policy, and refusals as Indonesian problem details.</li>
 * </ol>
 * Nothing of Spring Security is kept in the session: each request is authenticated anew from its Basic header or
 * the webapp's login, so a logout in Tasklist ends the login on our pages too.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

  /**
   * Route roles that hold before any controller runs (the controllers check their own roles too, with
   * {@code AccessControl}); the complete table per role is in the README, "Security and input rules", and
   * {@code AuthorizationTableTest} walks it. Members of {@code camunda-admin} pass every rule.
   */
  record Route(List<String> patterns, List<String> groups, String refusal) {

    RequestMatcher matcher() {
      return or(patterns);
    }

    String[] roles() {
      return Stream.concat(groups.stream(), Stream.of(PstGroups.CAMUNDA_ADMIN)).distinct().toArray(String[]::new);
    }
  }

  static final List<String> STAFF = List.of(PstGroups.PETUGAS, PstGroups.BENDAHARA, PstGroups.SUPERVISOR,
      PstGroups.AUDITOR);

  /** The probes for the load balancer: anyone, without details (Boot shows details to the roles it is told). */
  static final List<String> PUBLIC_ACTUATOR = List.of("/actuator/health", "/actuator/health/**");

  static final List<Route> ROUTES = List.of(
      new Route(List.of("/actuator", "/actuator/**"), List.of(PstGroups.SUPERVISOR),
          "Anda tidak berwenang: pemantauan hanya untuk koordinator PST (supervisor) dan admin."),
      new Route(List.of("/api/admin/**"), List.of(PstGroups.SUPERVISOR),
          "Anda tidak berwenang: fungsi admin (misalnya memuat ulang katalog) hanya untuk koordinator PST dan admin."),
      new Route(List.of("/api/documents/**", "/api/requests/{number}/documents"), STAFF,
          "Anda tidak berwenang: dokumen permintaan hanya untuk petugas PST; pengguna layanan membukanya dari tautan portal."));

  /** Routes that need a login (beyond those of {@link #ROUTES}); every other path is public. */
  static final List<String> STAFF_ROUTES = List.of("/api", "/api/**", "/laporan", "/laporan/**");

  static final String NOT_SIGNED_IN = "Anda belum masuk. Silakan masuk dengan akun petugas Anda.";
  static final String NOT_SIGNED_IN_ACTUATOR = "Anda belum masuk. Silakan masuk dengan akun koordinator atau admin.";
  static final String CSRF_REFUSED = "Anda tidak berwenang: permintaan tanpa token formulir yang sah (halaman "
      + "kedaluwarsa atau dikirim dari situs lain) ditolak. Muat ulang halaman lalu kirim lagi.";

  /**
   * What our pages may load: only this site; inline scripts and styles stay allowed because the Thymeleaf pages
   * use them (small page scripts, {@code onsubmit} handlers), {@code data:} images for the QR codes.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
      + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Bean
  CamundaUsers camundaUsers(ProcessEngine engine) {
    return new CamundaUsers(engine.getIdentityService());
  }

  /**
   * HTTP Basic for the Camunda REST API, Camunda's own filter. Without it the starter leaves {@code /engine-rest}
   * open to anonymous callers; with it each call runs as the authenticated user and obeys authorizations.
   */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("pst-engine-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Bean
  @Order(1)
  SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
    return http
        .securityMatcher(or(List.of("/camunda/**", "/engine-rest/**")))
        .authorizeHttpRequests(routes -> routes.anyRequest().permitAll())
        // the webapps send their own X-XSRF-TOKEN, checked by Camunda's CsrfPreventionFilter; /engine-rest is
        // HTTP Basic without cookies
        .csrf(AbstractHttpConfigurer::disable)
        .headers(headers -> headers
            .contentTypeOptions(c -> c.disable())
            .xssProtection(x -> x.disable())
            .cacheControl(c -> c.disable())
            .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
        .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .requestCache(c -> c.disable())
        .logout(AbstractHttpConfigurer::disable)
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pstRoutes(HttpSecurity http, ProcessEngine engine, CamundaUsers users,
      ObjectMapper objectMapper, IdentityProperties properties) throws Exception {
    AuthenticationManager manager = new ProviderManager(users);
    RequestMatcher publicApi = or(properties.publicApiPaths());
    RequestMatcher actuator = or(List.of("/actuator", "/actuator/**"));
    RequestMatcher staffRoutes = request -> or(STAFF_ROUTES).matches(request) && !publicApi.matches(request);
    RequestMatcher needsLogin = request -> !or(PUBLIC_ACTUATOR).matches(request) && !publicApi.matches(request)
        && (or(STAFF_ROUTES).matches(request) || actuator.matches(request));
    ProblemAnswers answers = new ProblemAnswers(objectMapper, properties.realm(), actuator,
        request -> needsLogin.matches(request) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
            && WebappSessionUsers.userId(request, engine).isEmpty());

    http
        .authenticationManager(manager)
        .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .requestCache(c -> c.disable())
        .logout(AbstractHttpConfigurer::disable)
        .httpBasic(basic -> basic.realmName(properties.realm()).authenticationEntryPoint(answers))
        .addFilterAfter(new WebappSessionAuthenticationFilter(engine, manager), BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(engine.getIdentityService(), staffRoutes),
            AuthorizationFilter.class)
        .exceptionHandling(e -> e.authenticationEntryPoint(answers).accessDeniedHandler(answers))
        .csrf(csrf -> csrf.ignoringRequestMatchers(
            // public API paths (catalogue, quotes, the bank's payment notification): they act for nobody's login,
            // so a forged request gains nothing a direct one would not; the payment notification is a machine
            // call signed with HMAC (payment module) and carries no cookie or token of ours
            publicApi,
            // the visitor's portal and the counter's visitor screen: their capability is the signed token in the
            // path (/portal/{token}, /loket/layar/{pairing}), not a cookie; a site that knows the link can post
            // directly, one that does not cannot forge the request
            or(List.of("/portal/*/**", "/loket/layar/*/**")),
            // API clients with HTTP Basic (scripts, integrations): no cookie, nothing a browser adds by itself.
            // A browser's request carries Sec-Fetch-Site or (cross-site) Origin and needs the token.
            WebSecurity::basicApiClient,
            // the container's error page for a request that was checked already (its method stays POST)
            request -> request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
        .authorizeHttpRequests(routes -> {
          routes.requestMatchers(or(PUBLIC_ACTUATOR)).permitAll();
          routes.requestMatchers(publicApi).permitAll();
          for (Route route : ROUTES) {
            routes.requestMatchers(route.matcher()).hasAnyRole(route.roles());
          }
          routes.requestMatchers(or(STAFF_ROUTES)).authenticated();
          routes.anyRequest().permitAll();
        });
    return http.build();
  }

  /**
   * A client with HTTP Basic credentials whose request does not come from another site: API clients (scripts,
   * integrations) send neither fetch metadata nor Origin; a browser says where the request comes from
   * ({@code Sec-Fetch-Site}, or {@code Origin} in older browsers), and only our own origin passes without a token.
   */
  static boolean basicApiClient(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null && !"same-origin".equalsIgnoreCase(fetchSite) && !"none".equalsIgnoreCase(fetchSite)) {
      return false;
    }
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    if (origin == null) {
      return true;
    }
    String host = request.getHeader(HttpHeaders.HOST);
    try {
      return host != null && host.equalsIgnoreCase(java.net.URI.create(origin).getRawAuthority());
    } catch (IllegalArgumentException malformedOrigin) {
      return false;
    }
  }

  static RequestMatcher or(List<String> patterns) {
    List<RequestMatcher> matchers = new ArrayList<>();
    for (String pattern : patterns) {
      matchers.add(PathPatternRequestMatcher.withDefaults().matcher(pattern));
    }
    return matchers.size() == 1 ? matchers.get(0) : new OrRequestMatcher(matchers);
  }

  /**
   * The refusals: 401 with the Basic challenge and 403, as Indonesian problem details (RFC 9457) for the API and
   * for a browser (the Basic challenge lets it ask for a login, as before); a refused form token on a page is
   * Boot's Indonesian error page.
   */
  static final class ProblemAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper objectMapper;
    private final String realm;
    private final RequestMatcher actuator;
    private final RequestMatcher anonymousOnLoginRoute;

    ProblemAnswers(ObjectMapper objectMapper, String realm, RequestMatcher actuator,
        RequestMatcher anonymousOnLoginRoute) {
      this.objectMapper = objectMapper;
      this.realm = realm;
      this.actuator = actuator;
      this.anonymousOnLoginRoute = anonymousOnLoginRoute;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
        throws IOException {
      String message = e instanceof BadCredentialsException ? CamundaUsers.BAD_CREDENTIALS
          : actuator.matches(request) ? NOT_SIGNED_IN_ACTUATOR : NOT_SIGNED_IN;
      if (!(e instanceof BadCredentialsException) && "GET".equals(request.getMethod()) && wantsPage(request)
          && request.getRequestURI().startsWith(request.getContextPath() + "/laporan")) {
        // a person opening a report page (a bookmark): the webapp's login page, not the browser's password box
        loginPage(request, response);
        return;
      }
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
      write(response, HttpStatus.UNAUTHORIZED, message);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
        org.springframework.security.access.AccessDeniedException e) throws IOException {
      if (e instanceof CsrfException && anonymousOnLoginRoute.matches(request)) {
        // the CSRF check runs before authentication: a caller without any login hears "log in" first, as
        // on every other route that needs one
        commence(request, response, new InsufficientAuthenticationException(NOT_SIGNED_IN));
        return;
      }
      if (e instanceof CsrfException) {
        if (wantsPage(request)) {
          response.sendError(HttpServletResponse.SC_FORBIDDEN, CSRF_REFUSED);
        } else {
          write(response, HttpStatus.FORBIDDEN, CSRF_REFUSED);
        }
        return;
      }
      String message = ROUTES.stream().filter(r -> r.matcher().matches(request)).findFirst().map(Route::refusal)
          .orElse("Anda tidak berwenang membuka halaman ini.");
      write(response, HttpStatus.FORBIDDEN, message);
    }

    /**
     * 401 as a page: staff sign in once in the Camunda webapp (the same login serves these pages), then come back.
     * No {@code WWW-Authenticate}: a browser would otherwise ask with its own password box (scripts still use
     * Basic: they do not ask for HTML).
     */
    private static void loginPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
      String path = request.getRequestURI().substring(request.getContextPath().length())
          + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
      String back = org.springframework.web.util.HtmlUtils.htmlEscape(path);
      String login = org.springframework.web.util.HtmlUtils.htmlEscape(request.getContextPath()
          + "/camunda/app/welcome/default/#!/login");
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setContentType(MediaType.TEXT_HTML_VALUE);
      response.getWriter().write("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
          + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Belum masuk</title>"
          + "<style>body{font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}"
          + "a.button{display:inline-block;padding:.5rem 1rem;background:#b5152b;color:#fff;text-decoration:none;"
          + "border-radius:4px}</style></head><body><h1>Anda belum masuk</h1><p>Halaman ini hanya untuk petugas, "
          + "bendahara, koordinator dan auditor PST. Masuk dengan akun Anda di aplikasi Camunda, lalu buka kembali "
          + "halaman ini.</p><p><a class=\"button\" id=\"login\" href=\"" + login + "\">Masuk</a></p>"
          + "<p>Sesudah masuk: <a id=\"back\" href=\"" + back + "\">" + back + "</a></p></body></html>");
    }

    /** A form posted by a browser page (not our JSON API, not a script asking for JSON). */
    private static boolean wantsPage(HttpServletRequest request) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      String accept = request.getHeader(HttpHeaders.ACCEPT);
      return !path.startsWith("/api/") && (accept == null || accept.contains(MediaType.TEXT_HTML_VALUE));
    }

    private void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
      response.setStatus(status.value());
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      objectMapper.writeValue(response.getOutputStream(), ProblemDetails.of(status, message));
    }
  }
}
