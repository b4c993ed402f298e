package id.go.bps.pst.process;

import id.go.bps.pst.common.UnitDirectory;
import id.go.bps.pst.document.DocumentNotFoundException;
import id.go.bps.pst.document.DocumentService;
import id.go.bps.pst.identity.AccessControl;
import id.go.bps.pst.identity.CurrentUser;
import id.go.bps.pst.identity.StaffUnits;
import id.go.bps.pst.order.OrderService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps staff inside their unit on pages and APIs that do not yet ask for the unit themselves (runs after
 * Spring Security's filter chain, which authenticates the {@link CurrentUser}):
 * <ul>
 * <li>{@code /api/requests/{number}/…} (documents, downloads) and {@code /api/documents/{id}/…}: only staff
 * who may read the request's unit; another unit's request or document is "not found";</li>
 * <li>{@code /laporan/berkas/{number}/…}, a request's file page (uploads): the same rule.</li>
 * </ul>
 * The reports under {@code /laporan} choose their unit(s) themselves ({@code identity.ReportScopes}).
 */
class UnitBoundaryFilter extends OncePerRequestFilter {

  /** Registered as a bean of a configuration (not a component), so web slice tests leave it out. */
  @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
  static class Registration {
    @org.springframework.context.annotation.Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<UnitBoundaryFilter> unitBoundaryFilter(
        OrderService orders, StaffUnits staffUnits, UnitDirectory units, DocumentService documents,
        AccessControl access) {
      var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
          new UnitBoundaryFilter(orders, staffUnits, units, documents, access));
      registration.addUrlPatterns("/api/requests/*", "/api/documents/*", "/laporan/berkas/*");
      // after Spring Security's filter chain (identity module), which authenticates the user
      registration.setOrder(org.springframework.boot.autoconfigure.security.SecurityProperties.DEFAULT_FILTER_ORDER + 10);
      return registration;
    }
  }

  private static final Pattern REQUEST_API = Pattern.compile("^/api/requests/([^/]+)(/.*)?$");
  private static final Pattern FILE_PAGE = Pattern.compile("^/laporan/berkas/([^/]+)(/.*)?$");
  private static final Pattern DOCUMENT_API = Pattern.compile("^/api/documents/(\\d{1,18})(/.*)?$");

  private final OrderService orders;
  private final StaffUnits staffUnits;
  private final UnitDirectory units;
  private final DocumentService documents;
  private final AccessControl access;

  UnitBoundaryFilter(OrderService orders, StaffUnits staffUnits, UnitDirectory units, DocumentService documents,
      AccessControl access) {
    this.access = access;
    this.documents = documents;
    this.orders = orders;
    this.staffUnits = staffUnits;
    this.units = units;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = path(request);
    return !(path.startsWith("/api/requests/") || path.startsWith("/api/documents/")
        || path.startsWith("/laporan/berkas/"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    CurrentUser user = access.currentUser().orElse(null);
    if (user == null) {
      chain.doFilter(request, response); // not signed in: the controllers refuse as before
      return;
    }
    String path = path(request);
    Matcher api = REQUEST_API.matcher(path);
    if (!api.matches()) {
      api = FILE_PAGE.matcher(path); // a request's file page: the same rule as the request API
    }
    Matcher document = DOCUMENT_API.matcher(path);
    if (document.matches()) {
      String number;
      try {
        number = documents.open(Long.parseLong(document.group(1))).metadata().requestNumber();
      } catch (DocumentNotFoundException unknown) {
        number = null; // the controller answers "not found"
      }
      boolean otherUnit = number != null
          && orders.find(number).map(r -> !staffUnits.canRead(user, r.unitCode())).orElse(false);
      if (otherUnit) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND, "Dokumen tidak ditemukan di unit Anda.");
        return;
      }
    } else if (api.matches()) {
      String number = api.group(1);
      // an unknown number is answered exactly as another unit's, so the answer does not tell which numbers exist
      boolean otherUnitOrUnknown = orders.find(number).map(r -> !staffUnits.canRead(user, r.unitCode())).orElse(true);
      if (otherUnitOrUnknown) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND, "Permintaan " + number + " tidak ditemukan di unit Anda.");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static String path(HttpServletRequest request) {
    String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
    String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
    return servletPath + pathInfo;
  }
}
